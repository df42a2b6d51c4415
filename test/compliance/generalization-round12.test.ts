// Kinds of real copy the engine misread in round 12 (from r16 to r23, sets of published wording kept outside
// the repository): a regulator's rule or an investor-education line names the banned promise in order to ban
// it, yet was blocked as making it, and held to a finance advert's risk line. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings, ruleBlocks } from "./fixtures.ts";

describe("generalization fixes (round 12)", () => {
  it("a norm earlier in the clause forbids the claim instead of making it", async () => {
    const blocked = async (text: string, industry: string, label: string) =>
      ruleBlocks(await checkLine(text, industry), label);
    expect(
      await blocked("销售人员不得向客户明示或者暗示保本、零风险或者保收益。", "finance", "finance_promise"),
    ).toBe(false);
    expect(
      await blocked("提醒大家：基金定投也不能保证盈利，更不能保证不亏。", "finance", "finance_promise"),
    ).toBe(false);
    expect(await blocked("宠物生病要看兽医，不宜轻信那些吹成包治百病的偏方。", "pets", "medical_claim")).toBe(
      false,
    );
    // a question or a sales push is not a norm, and the claim after it still blocks
    expect(await blocked("您问能不能保证赚钱？这款产品保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocked("不要错过！这款理财保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocked("机会不可错过，本产品保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocked("这个偏方包治百病，不宜久放。", "pets", "medical_claim")).toBe(true);
  });

  it("a rule for marketers, or a warning against unlicensed advisers, owes no risk line", () => {
    expect(
      requiredFindings("机构开展营销不得以高收益、低门槛等说法诱导投资者购买理财。", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings(
        "想要股票投资建议，请找持牌证券公司；无资质的个人在群里荐股，千万别跟。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("新发理财产品，年化收益4.5%，欢迎认购。", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
  });
});
