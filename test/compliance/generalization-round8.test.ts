// Kinds of real copy the engine let through (round 8): loan offers that promise approval or hide the rate,
// appreciation and track records sold as returns, intelligence and slimming claims for ordinary food, and the
// compliant side of each (a warning that quotes the claim, an honest loan offer). Every sentence is written
// for these tests.
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

async function check(text: string, industry: string, channel = "moments"): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, { rulePack });
}

const ruleBlocks = (verdict: Verdict, label: string) =>
  verdict.findings.some(
    (finding) => finding.source === "rule" && finding.label === label && finding.severity === "block",
  );
const required = (text: string, channel = "moments") =>
  checkRequiredElements({ text, industry: "finance", channel: channel as never }).map((f) => f.rule_id);

describe("generalization fixes (round 8)", () => {
  it("a loan that promises approval whatever the credit record is a finance promise", async () => {
    expect(
      ruleBlocks(await check("征信花了也没关系，我们不查征信，身份证就能办。", "finance"), "finance_promise"),
    ).toBe(true);
    expect(ruleBlocks(await check("白户秒批，最快十分钟到账。", "finance", "group"), "finance_promise")).toBe(
      true,
    );
    // a warning that names the same words is not an offer
    expect(
      ruleBlocks(
        await check("提醒各位：声称不查征信、包下款的都是骗局，请通过正规渠道申请贷款。", "finance"),
        "finance_promise",
      ),
    ).toBe(false);
  });

  it("a loan offer owes its annual rate and an approval caution, not an investment risk line", () => {
    expect(required("新客借款享7天免息，额度最高10万，手机申请当天放款。")).toEqual([
      "required.loan_disclosure",
    ]);
    expect(
      required("新客借款享7天免息，年化利率（单利）7.2%起，额度和利率以审批结果为准，请理性借贷。"),
    ).toEqual([]);
    // an investment that mentions a quota keeps the investment warning
    expect(required("本期理财额度有限，业绩比较基准3.1%，欢迎预约。")).toEqual(["required.risk_warning"]);
  });

  it("appreciation records and forecasts sold with collectibles are return promises", async () => {
    expect(
      ruleBlocks(await check("这版纪念钞十年升值了300多倍，错过真的可惜。", "jewelry"), "finance_promise"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("老普洱越陈越值钱，买来放着就是理财。", "food_beverage"), "finance_promise"),
    ).toBe(true);
    expect(ruleBlocks(await check("我们的产品年年正收益，从未亏损过。", "finance"), "finance_promise")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("收藏看个人喜好，我们不承诺升值空间巨大之类的说法。", "jewelry"),
        "finance_promise",
      ),
    ).toBe(false);
  });

  it("an investor-education post that quotes a guarantee to warn against it is not a guarantee", async () => {
    expect(
      ruleBlocks(
        await check("投资者教育｜有人承诺“保本保息”让您转账到个人账户？请立即停止并核实。", "finance"),
        "finance_promise",
      ),
    ).toBe(false);
    expect(
      ruleBlocks(await check("这款产品保本保息，年底到期一次结清。", "finance"), "finance_promise"),
    ).toBe(true);
  });

  it("ordinary food and formula may not claim intelligence, memory or slimming", async () => {
    expect(ruleBlocks(await check("孩子每天一杯，上课记性变好了。", "mother_baby"), "medical_claim")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("代餐奶昔不节食不运动，半个月掉8斤。", "food_beverage", "group"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("代餐不能替代运动，别信一周瘦十斤的说法，均衡饮食最重要。", "food_beverage"),
        "medical_claim",
      ),
    ).toBe(false);
  });
});
