// Kinds of real copy the engine misread in round 11 (from the first runs of r20 and r21, sets of published
// wording kept outside the repository): a regulator's notice or a news item on enforcement held to a
// finance advert's risk line, an insurer's illustration caveat not read as a caution, a pharmacy's ID check
// read as data trade, and refunds promised on an exam outcome standing far from the outcome. Every sentence
// is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings, ruleBlocks } from "./fixtures.ts";

describe("generalization fixes (round 11)", () => {
  it("a report of rules or enforcement sells nothing and owes no risk line", () => {
    expect(
      requiredFindings(
        "2023年5月，金融监管部门印发了《关于规范网络贷款营销的通知》，要求各平台不得发布诱导借贷的广告。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      requiredFindings(
        "今年省里开展非法荐股专项整治，依法查处了一批冒充持牌机构的直播间。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    // an offer still owes it
    expect(requiredFindings("新发理财产品，年化收益4.5%，欢迎认购。", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
  });

  it("an illustration caveat is the insurance caution", () => {
    expect(
      requiredFindings(
        "这款分红险的演示收益均为假设，实际分红受经营状况和市场波动影响。",
        "insurance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("这款增额寿每年复利增值，存十年翻一倍。", "insurance", "moments")).not.toEqual(
      [],
    );
  });

  it("a seller checking the buyer's own ID is not trading data", async () => {
    const check = await checkLine("购买这类感冒药须凭本人身份证，每人限购两盒。", "pharma");
    expect(ruleBlocks(check, "pii")).toBe(false);
    const trade = await checkLine("需要的找我，身份证号和手机号按条卖，五毛一条。", "retail", "private");
    expect(ruleBlocks(trade, "pii")).toBe(true);
  });

  it("a refund or compensation promised on an exam outcome counts however far apart they stand", async () => {
    for (const text of [
      "报名我们的面试班，若未进入面试名单，全部学费退还给您。",
      "签协议班：高考未达到500分，退还全部学费并补偿一万元。",
      "留学申请全程包办，不保录前五十名校全额退费。",
    ]) {
      expect(ruleBlocks(await checkLine(text, "education", "private"), "education_promise"), text).toBe(true);
    }
    for (const text of [
      "开课未过半可按剩余课时退费，开课前可全额退款。",
      "课程未进行的部分按剩余课时比例退还学费。",
    ]) {
      expect(ruleBlocks(await checkLine(text, "education"), "education_promise"), text).toBe(false);
    }
  });
});
