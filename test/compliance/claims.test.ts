// The claim stage through whole checks: ambiguous terms weighed in their clause, claims no term covers,
// Article 17 across industries, and the fields a reviewer's dismissal relies on (id, confidence, source).
// The sentences are written for this test (not taken from any eval set).
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { candidatePolicy } from "../../src/compliance/claims/candidate-policy.ts";
import { clauses, windows } from "../../src/compliance/claims/clauses.ts";
import { type CheckedVerdict, type CheckInput, FINDING_SOURCES } from "../../src/compliance/types.ts";
import { findingId } from "../../src/domain/finding-id.ts";
import { testEngine } from "./fixtures.ts";

const engine = testEngine();
const check = (text: string, industry: CheckInput["industry"], channel: CheckInput["channel"] = "moments") =>
  checkText({ text, industry, channel }, engine);

/** Labels a reviewer is asked to act on: blocks and every model finding (a rule's warn is advice). */
function flagged(verdict: CheckedVerdict): string[] {
  return [
    ...new Set(
      verdict.findings
        .filter((finding) => finding.severity === "block" || finding.source === "model")
        .map((finding) => finding.label),
    ),
  ].sort();
}

describe("clauses and windows", () => {
  it("splits on punctuation, tag brackets and phrase spaces, keeps latin words whole, maps back to the original", () => {
    const text = "【新品】iPhone 15 壳子到了！限时 三天，欢迎来店：第一批有赠品";
    const parts = clauses(text);
    expect(parts.map((part) => text.slice(part.start, part.end))).toEqual([
      "新品",
      "iPhone 15",
      "壳子到了",
      "限时",
      "三天",
      "欢迎来店",
      "第一批有赠品",
    ]);
    const pairs = windows(parts).filter((window) => window.size === 2);
    expect(pairs).toHaveLength(parts.length - 1);
    expect(text.slice(pairs[0]?.start, pairs[0]?.end)).toBe("新品】iPhone 15");
  });
});

describe("ambiguous terms are weighed in their clause", () => {
  it("lets ordinals, colloquial senses, negations and warnings pass", async () => {
    const innocent: Array<[string, CheckInput["industry"]]> = [
      ["今天是开业第一天，第一位进店的顾客送一份小礼物。", "retail"],
      ["这部电影太治愈了，看完心情都好了，周末来店里做个护理放松一下。", "beauty"],
      ["我们不承诺收益，理财产品不保本，过往业绩不代表未来表现。理财有风险，投资需谨慎。", "finance"],
      ["谨防“保本高息”骗局，凡是承诺稳赚不赔的都是诈骗。", "finance"],
    ];
    for (const [text, industry] of innocent) expect(flagged(await check(text, industry)), text).toEqual([]);
  });

  it("still blocks the same words used as claims", async () => {
    expect(flagged(await check("我们家的蜂蜜销量全网第一，别家都比不上。", "food_beverage"))).toContain(
      "absolute",
    );
    expect(flagged(await check("这款理财保本保息，年化6%，放心买。", "finance"))).toContain(
      "finance_promise",
    );
  });

  it("treats only the listed ambiguous forms as candidates: an evasive spelling is intent", () => {
    const policy = candidatePolicy(engine.rulePack);
    expect(policy.isCandidate("abs.first", "第一")).toBe(true);
    expect(policy.isCandidate("abs.first", "全网第一")).toBe(false);
    expect(policy.isCandidate("abs.first", "di yi")).toBe(false);
    expect(policy.isCandidate("med.disease_claim", "降血压")).toBe(true);
  });
});

describe("Article 17 and promises made in sentences", () => {
  it("holds each product to its own rule", async () => {
    expect(
      flagged(
        await check(
          "益康牌鱼油软胶囊，保健功能：辅助降血脂。适宜人群：血脂偏高者。本品不能代替药物。",
          "health_food",
        ),
      ),
    ).toEqual([]);
    expect(
      flagged(await check("山楂荷叶茶，喝一个月血脂就降下来了，三高人群必备。", "food_beverage")),
    ).toContain("medical_claim");
    expect(
      flagged(await check("这款鱼油吃三个月，冠心病都好了，降压药也停了。本品不能代替药物。", "health_food")),
    ).toContain("medical_claim");
    expect(flagged(await check("医学级修护精华，激素脸烂脸都能修复，三天见效。", "beauty"))).toContain(
      "medical_claim",
    );
    expect(
      flagged(await check("家用净水器，喝了半年，我爸的高血压稳住了，痛风也没再犯。", "manufacturing")),
    ).toContain("medical_claim");
  });

  it("finds investment and education promises without a fixed term", async () => {
    expect(
      flagged(await check("加盟我们的奶茶店，总部保证月入两万，不够的部分公司补齐。", "food_beverage")),
    ).toContain("finance_promise");
    expect(flagged(await check("这枚生肖纪念币十年升值了80倍，现在入手稳赚。", "jewelry"))).toContain(
      "finance_promise",
    );
    expect(flagged(await check("命题组专家亲自授课，押中原题，一次上岸不是梦。", "education"))).toContain(
      "education_promise",
    );
  });
});

describe("what every finding carries", () => {
  it("has a stable unique id, a confidence, a known source and its exact span in the original", async () => {
    const text = "🔥全网第一的净水器！家里老人喝了三个月，三高慢慢下来了～ 联系我 13800138000";
    const first = await check(text, "manufacturing");
    const second = await check(text, "manufacturing");
    expect(first.findings.length).toBeGreaterThan(1);
    expect(first.findings.map((finding) => finding.id)).toEqual(second.findings.map((finding) => finding.id));
    expect(new Set(first.findings.map((finding) => finding.id)).size).toBe(first.findings.length);
    for (const finding of first.findings) {
      expect(finding.id).toMatch(/^fnd_[0-9a-f]{16}$/);
      // the same id the review flow (and the SQL finding_id()) derives for a stored finding without one
      const { source, rule_id, start, end } = finding;
      expect(finding.id).toBe(findingId({ source, rule_id, start, end }));
      expect(finding.confidence).toBeGreaterThanOrEqual(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
      expect(FINDING_SOURCES).toContain(finding.source);
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
    }
    const model = first.findings.find((finding) => finding.source === "model");
    expect(model?.reason).toBeTruthy();
  });
});

describe("who is speaking", () => {
  // a call script quotes the customer's objection before the rep's answer: the customer's words are not
  // the brand's claim, while the same words said by the rep as pressure still are
  it("does not read a script's customer turn as the brand pressing the customer", async () => {
    const script =
      "您好，我是安和保险的AI助手，想给您介绍一下家庭意外险。\n客户异议：我再考虑一下，最近手头紧\n【回应】理解，您慢慢考虑，不需要的话我们就不再打扰您。";
    const verdict = await check(script, "insurance", "outbound");
    expect(verdict.findings.filter((finding) => finding.source === "model")).toEqual([]);
    expect(verdict.verdict).toBe("pass");
  });

  it("still flags the rep pressing a customer who said no", async () => {
    const pressed = await check(
      "您上周说暂时不需要，不过名额真的只剩两个了，您再考虑一下吧，明天我再给您打过来。",
      "insurance",
      "private",
    );
    expect(flagged(pressed)).toContain("harassment");
  });
});
