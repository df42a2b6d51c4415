// Kinds of real copy the engine misread in round 13 (from r24 to r30, sets of published wording kept outside
// the repository): a compliant SMS notice or tip blocked for the signature the gateway adds, a deposit held
// to an investment's risk line, a loan offered as 周转金, and a collector threatening to post a debtor's
// face. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings, ruleBlocks } from "./fixtures.ts";

describe("generalization fixes (round 13)", () => {
  it("a signature and an opt-out line block commercial SMS only; on a tip or a notice they are reminders", async () => {
    expect(requiredFindings("新买的暖奶器第一次用前记得先空烧消毒十分钟哦", "mother_baby", "sms")).toEqual([
      "required.sms_signature:warn",
      "required.sms_opt_out:warn",
    ]);
    expect(
      requiredFindings("您上周购买的学步鞋已过七天无理由退换期，售后问题随时联系我们", "mother_baby", "sms"),
    ).toEqual(["required.sms_signature:warn"]);
    const tip = await checkLine("新买的暖奶器第一次用前记得先空烧消毒十分钟哦", "mother_baby", "sms");
    expect(tip.verdict).toBe("needs_attention");
    // an offer, a sales figure or a loan is commercial: both still block
    expect(requiredFindings("学步鞋会员日全场八折，到店有礼", "mother_baby", "sms")).toEqual([
      "required.sms_signature:block",
      "required.sms_opt_out:block",
    ]);
    expect(
      requiredFindings("您好，本行可为您预留一笔20万元周转金，随借随还，有需要请回复1", "finance", "sms"),
    ).toEqual([
      "required.loan_disclosure:block",
      "required.sms_signature:block",
      "required.sms_opt_out:block",
    ]);
  });

  it("a deposit owes its rate terms, not an investment's risk line; 理财 still does", () => {
    expect(
      requiredFindings("本行三年期大额存单今日发行，利息按月支付，欢迎到网点咨询", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings("本行三年期理财今日发售，业绩比较基准3.2%，欢迎咨询", "finance", "moments"),
    ).toEqual(["required.risk_warning:block"]);
  });

  it("a collector threatening to post a debtor's face where they live", async () => {
    expect(
      ruleBlocks(await checkLine("再拖着不还，你的照片就张贴到你老家村口", "finance", "sms"), "harassment"),
    ).toBe(true);
    expect(
      ruleBlocks(await checkLine("不处理的话就让你好好出出名", "finance", "private"), "harassment"),
    ).toBe(true);
    // a shop wishing a customer's business fame is not a threat
    expect(
      ruleBlocks(await checkLine("三招让你的小店出名，欢迎报名学习", "retail", "moments"), "harassment"),
    ).toBe(false);
  });
});
