// Regressions found by the holdout-5 measurement (false positives on look-alike text): engine behaviour,
// with sentences written for the tests, not copied from the holdout.
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

async function check(text: string, industry = "retail", channel = "moments"): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, { rulePack });
}

const blocked = (verdict: Verdict, label: string) =>
  verdict.findings.some((finding) => finding.label === label && finding.severity === "block");

describe("generalization fixes (round 5)", () => {
  it("reads 最好/最佳 followed by a figure or a usage temperature as advice", async () => {
    expect(blocked(await check("开封后的酸奶最好2天内喝完。", "food_beverage"), "absolute")).toBe(false);
    expect(blocked(await check("新买的拖鞋最好用三天再判断合不合脚。", "retail"), "absolute")).toBe(false);
    expect(blocked(await check("乌龙茶最佳冲泡温度在95℃上下。", "food_beverage"), "absolute")).toBe(false);
    expect(blocked(await check("泡脚水温45℃最佳，时间别太长。", "retail"), "absolute")).toBe(false);
    expect(blocked(await check("面膜最好每周敷两次就够了。", "beauty"), "absolute")).toBe(false);
    // the claims stay blocked
    expect(blocked(await check("这是市面上最好用的拖把。", "retail"), "absolute")).toBe(true);
    expect(blocked(await check("最低价9.9元，就在今晚。", "retail"), "absolute")).toBe(true);
  });

  it("lets 唯一 pass in a caveat and 100% in a composition", async () => {
    expect(blocked(await check("这双鞋唯一的缺点是颜色少。", "retail"), "absolute")).toBe(false);
    expect(blocked(await check("果汁的糖分100%来自水果本身。", "food_beverage"), "absolute")).toBe(false);
    expect(blocked(await check("我们是本市唯一的授权门店。", "retail"), "absolute")).toBe(true);
  });

  it("lets a quoted claim pass when the sentence says it is not credible", async () => {
    expect(
      blocked(
        await check("凡是号称“一周瘦十斤”的都不可信，别轻信。", "health_food", "group"),
        "medical_claim",
      ),
    ).toBe(false);
  });

  it("catches new promise and threat forms", async () => {
    expect(
      blocked(await check("每周收益不低于3%，亏损全额赔付。", "finance", "private"), "finance_promise"),
    ).toBe(true);
    expect(
      blocked(await check("种睫毛一次永久有效，成活率100%。", "medical", "private"), "medical_claim"),
    ).toBe(true);
    expect(blocked(await check("你不接的话我们就天天给你打。", "retail", "outbound"), "harassment")).toBe(
      true,
    );
  });

  it("does not take a bare risk grade for the risk warning", () => {
    const labels = (text: string) =>
      checkRequiredElements({ text, industry: "finance", channel: "moments" }).map((f) => f.rule_id);
    expect(labels("这款R1级理财起购1元，随时可赎回。")).toContain("required.risk_warning");
    expect(labels("这款理财为R2（中低风险）产品，起购1元。")).toEqual([]);
  });
});

describe("ordinals that are not 'number one'", () => {
  it("第10页 and 第1-2天 pass; 行业第1 and 销量第一 stay blocked", async () => {
    expect(blocked(await check("具体条款见说明书第10页。", "insurance"), "absolute")).toBe(false);
    expect(blocked(await check("换粮第1-2天，新粮只占四分之一。", "pets"), "absolute")).toBe(false);
    expect(blocked(await check("我们是行业第1的品牌。", "pets"), "absolute")).toBe(true);
    expect(blocked(await check("这款猫粮销量第一。", "pets"), "absolute")).toBe(true);
  });
});
