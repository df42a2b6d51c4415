// Claims that the first batch of round 23's published text made in words the rules had no pattern for, and the
// disclaimers and licence lines mistaken for offers. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedFindings, requiredFindings } from "./fixtures.ts";

async function flaggedAs(
  text: string,
  industry: string,
  label: string,
  channel = "moments",
): Promise<boolean> {
  return flaggedFindings(await checkLine(text, industry, channel)).some((finding) => finding.label === label);
}

describe("finance promises in other words (round 23)", () => {
  it("a floor under the return, a guarded principal, losses carried by the seller, a surprise gain", async () => {
    for (const [text, industry] of [
      ["这款产品的年化收益最低也有6.5%", "finance"],
      ["平台多重措施保障您的本金和利息收益", "finance"],
      ["跟着我买，亏了算公司的", "finance"],
      ["加盟第一年我竟然赚了28万", "retail"],
      ["冷门暴利项目，名额有限", "retail"],
      ["这套邮票保守估计能卖到8万", "jewelry"],
    ] as const) {
      expect(await flaggedAs(text, industry, "finance_promise"), text).toBe(true);
    }
  });

  it("a loan's lowest rate, a caution quoting a promise, a question about the principal are not", async () => {
    for (const text of [
      "信用贷年化利率最低3.2%，以审批结果为准",
      "“亏了我来补”这种话，正规机构不会说",
      "客户问我能否保证本金，我说不能，产品有亏损可能",
    ]) {
      expect(await flaggedAs(text, "finance", "finance_promise"), text).toBe(false);
    }
  });

  it("a disclaimer of guarantees, a statement of high risk and a licence line owe no further risk line", () => {
    for (const text of [
      "本平台未以任何方式向出借人承诺本金不受损失",
      "外汇保证金交易具有高风险性，可能损失全部本金",
      "一般来说，预期回报越高的基金，风险也越大",
      "本公司为证监会核准的投资咨询机构，执业资格证书编号ZX0000",
    ]) {
      expect(requiredFindings(text, "finance", "moments"), text).toEqual([]);
    }
    expect(requiredFindings("稳健理财，年化4.8%，欢迎咨询", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
  });
});

describe("medical and absolute claims in other words (round 23)", () => {
  it("a success rate, one treatment for life, prevention and cure by a cream, hair and intelligence from food", async () => {
    for (const [text, industry] of [
      ["我院种植牙十年留存率达97%", "medical"],
      ["一次鼻综合手术，受益一辈子", "medical"],
      ["婴儿护臀膏，用于尿布疹的防治", "mother_baby"],
      ["黑豆桑葚粉，天天喝乌发", "food_beverage"],
      ["这款米粉有助于宝宝智力全面发育", "mother_baby"],
      ["无糖豆浆，适于糖尿病患者饮用", "food_beverage"],
    ] as const) {
      expect(await flaggedAs(text, industry, "medical_claim"), text).toBe(true);
    }
    for (const [text, industry] of [
      ["果园病虫害防治以物理方法为主", "food_beverage"],
      ["染发剂请先做皮肤测试", "beauty"],
    ] as const) {
      expect(await flaggedAs(text, industry, "medical_claim"), text).toBe(false);
    }
  });

  it("a number one written with a zero, and the most convenient channel, are absolute", async () => {
    expect(await flaggedAs("月子中心N0.1之选", "mother_baby", "absolute")).toBe(true);
    expect(await flaggedAs("为您提供最便捷的挂号通道", "medical", "absolute")).toBe(true);
  });
});
