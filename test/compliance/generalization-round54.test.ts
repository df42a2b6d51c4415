// Round 54 and the leftovers of rounds 52 and 53, each judged by what the words do. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings } from "./fixtures.ts";

function wechatIds(text: string): string[] {
  return scanPii(text, foldSameLength(text))
    .filter((finding) => finding.rule_id === "pii.wechat_id")
    .map((finding) => finding.excerpt);
}

describe("leftovers of rounds 52 and 53", () => {
  it("a supplement's effect vouched for as proven", async () => {
    await expectBlocks(
      ["老厂家的鱼油，有经得住检验的功效", "这款益生菌的效果经得起时间考验"],
      ["我们的品质经得起检验", "效果因人而异，本品不能代替药物", "功效需要经过科学验证"],
      "health_food",
      "medical_claim",
    );
  });

  it("a booking notice offering help with questions owes no opt-out; one that sells still does", () => {
    expect(
      requiredFindings(
        "王女士您好，您已成功预约周六上午的试听课。如有疑问，请加微信客服咨询或拨打客服热线。【启明教育】",
        "education",
        "sms",
      ),
    ).toEqual([]);
    expect(
      requiredFindings(
        "王女士您好，您已成功预约周六上午的试听课，现在报名立减300元。如有疑问请加微信客服。【启明教育】",
        "education",
        "sms",
      ),
    ).toContain("required.sms_opt_out:block");
  });

  it("a customer-service WeChat given in brackets is the business's, a person's own is not", () => {
    expect(wechatIds("如有问题请添加微信客服（微信号：qmjy_help01）")).toEqual([]);
    expect(wechatIds("有事直接加我（微信号：lily_0917x）")).toEqual(["lily_0917x"]);
  });

  it("the claim model does not claim what the allow list declares no claim", async () => {
    const title = await checkLine("启明职业教育在线学习平台【唯一官方网站】", "education");
    expect(flaggedFindings(title)).toEqual([]);
    const claim = await checkLine("启明职业教育是全国唯一的职业教育平台", "education");
    expect(flaggedFindings(claim).map((finding) => finding.label)).toContain("absolute");
  });
});
