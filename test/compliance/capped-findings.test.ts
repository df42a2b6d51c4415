// Findings past the per-rule cap are counted, not built (assessClaimsCapped, scanPiiCapped): a huge text must
// give the same listed findings, the same total and the same verdict as building every finding and capping
// the list afterwards, and a text under the caps exactly the same findings. Texts written for this test.
import { describe, expect, it } from "vitest";
import { capFindings, MAX_FINDINGS_PER_RULE } from "../../src/compliance/cap-findings.ts";
import { checkText } from "../../src/compliance/check-text.ts";
import { assessClaims, assessClaimsCapped } from "../../src/compliance/claims/assess-claims.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { normalize } from "../../src/compliance/normalize/normalize.ts";
import { scanPii, scanPiiCapped } from "../../src/compliance/pii/scan-pii.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import { scanRulesCapped } from "../../src/compliance/rules/scan-rules.ts";
import type { Finding } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const engine = testEngine();

const CLAIMS = [
  "喝了三个月，血压都稳住了",
  "这款理财年化收益稳稳的，闭眼入不会亏",
  "孩子上了这个课，下次考试保证提高二十分",
  "今天不下单明天就没了，错过后悔一辈子",
  "我们家的面霜用一周皱纹全没了",
];
const PII = [
  "13812345678",
  "幺三八幺二三四五六七八",
  "110101199003077777",
  "li.si@example.com",
  "微信号 wx_abc12345",
];

function repeat(parts: readonly string[], times: number): string {
  return Array.from({ length: times }, (_, index) => parts[index % parts.length]).join("，");
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule_id.localeCompare(b.rule_id);
}

const blocks = (findings: readonly Finding[]) => findings.some((finding) => finding.severity === "block");

function claimStage(text: string, perLabel: number) {
  const folded = foldSameLength(text);
  const rules = scanRulesCapped(
    engine.rulePack,
    { original: text, folded, normalized: normalize(text), industry: "health_food" },
    MAX_FINDINGS_PER_RULE,
  );
  const input = { text, folded, industry: "health_food" };
  return {
    uncapped: assessClaims(engine.claims, engine.rulePack, input, rules.findings),
    capped: assessClaimsCapped(engine.claims, engine.rulePack, input, rules.findings, perLabel),
  };
}

describe("model findings past the cap", () => {
  it("a huge text: same listed findings, total and verdict as building all and capping after", () => {
    const text = repeat(CLAIMS, 400);
    const { uncapped, capped } = claimStage(text, MAX_FINDINGS_PER_RULE);
    const models = uncapped.filter((finding) => finding.source === "model");
    const perLabel = new Map<string, number>();
    for (const finding of models) perLabel.set(finding.rule_id, (perLabel.get(finding.rule_id) ?? 0) + 1);
    // the cap really applies: some label has far more findings than are listed
    expect(Math.max(...perLabel.values())).toBeGreaterThan(5 * MAX_FINDINGS_PER_RULE);
    expect(capped.findings.length).toBeLessThan(uncapped.length);
    expect(capped.findings.length + capped.unlisted).toBe(uncapped.length);
    const after = capFindings([...uncapped].sort(byPosition));
    const before = capFindings([...capped.findings].sort(byPosition));
    expect(before.findings).toEqual(after.findings);
    expect(before.total + capped.unlisted).toBe(after.total);
    expect(blocks(capped.findings)).toBe(blocks(uncapped));
  });

  it("a text under the caps: exactly the same findings", () => {
    const text = CLAIMS.join("。");
    const { uncapped, capped } = claimStage(text, MAX_FINDINGS_PER_RULE);
    expect(uncapped.some((finding) => finding.source === "model")).toBe(true);
    expect(capped).toEqual({ findings: uncapped, unlisted: 0 });
  });
});

describe("PII findings past the cap", () => {
  it("a huge text: the first findings of each kind, and every one counted", () => {
    const text = repeat(PII, 2_000);
    const folded = foldSameLength(text);
    const all = scanPii(text, folded);
    const capped = scanPiiCapped(text, folded, MAX_FINDINGS_PER_RULE);
    expect(all.length).toBeGreaterThan(1_000);
    expect(capped.total).toBe(all.length);
    expect(capped.findings.length).toBeLessThan(60 * MAX_FINDINGS_PER_RULE);
    const kinds = [...new Set(all.map((finding) => finding.rule_id))];
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    for (const kind of kinds) {
      const first = all
        .filter((finding) => finding.rule_id === kind)
        .sort(byPosition)
        .slice(0, MAX_FINDINGS_PER_RULE);
      expect(capped.findings.filter((finding) => finding.rule_id === kind)).toEqual(first);
    }
    expect(capFindings([...capped.findings].sort(byPosition)).findings).toEqual(
      capFindings([...all].sort(byPosition)).findings,
    );
  });

  it("a text under the caps: exactly the same findings, in the same order", () => {
    const text = repeat(PII, 10);
    const folded = foldSameLength(text);
    expect(scanPiiCapped(text, folded, MAX_FINDINGS_PER_RULE)).toEqual({
      findings: scanPii(text, folded),
      total: scanPii(text, folded).length,
    });
  });
});

describe("whole checks of huge texts", () => {
  it("count every finding and list the capped ones", async () => {
    const text = `${repeat(CLAIMS, 200)}。${repeat(PII, 400)}`;
    const verdict = await checkText({ text, industry: "health_food", channel: "private" }, engine);
    const folded = foldSameLength(text);
    const { uncapped } = claimStage(text, MAX_FINDINGS_PER_RULE);
    const rules = scanRulesCapped(engine.rulePack, {
      original: text,
      folded,
      normalized: normalize(text),
      industry: "health_food",
      channel: "private",
    });
    // what checkText gave before the caps moved inside the stages: everything built, then capped
    const rulesCapped = scanRulesCapped(
      engine.rulePack,
      { original: text, folded, normalized: normalize(text), industry: "health_food", channel: "private" },
      MAX_FINDINGS_PER_RULE,
    );
    const unlistedRules = rules.total - rulesCapped.findings.length;
    const required = checkRequiredElements({ text, industry: "health_food", channel: "private" });
    const everything = [...uncapped, ...scanPii(text, folded), ...required].sort(byPosition);
    const listed = capFindings(everything);
    expect(verdict.verdict).toBe("block");
    expect(verdict.findings_total).toBe(listed.total + unlistedRules);
    expect(verdict.findings.map(({ rule_id, start, end }) => [rule_id, start, end])).toEqual(
      listed.findings.map(({ rule_id, start, end }) => [rule_id, start, end]),
    );
  });
});
