// Claims that round 25's published text made in words the rules had no pattern for, and the listings, business
// accounts and identifiers mistaken for claims. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { approvedWording } from "../../src/compliance/claims/approved-wording.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";
import { flaggedAs } from "./fixtures.ts";

describe("a seller vouching for the money (round 25)", () => {
  it("the safety of the funds, principal advanced on default, steady gains foretold", async () => {
    for (const text of [
      "本平台层层风控，保证每位出借人的资金安全",
      "逾期项目由平台风险准备金本息垫付，出借人无忧",
      "预计下季度行情回暖，组合会有稳定收益",
      "我们从源头把关，确保会员的黄金资产安全",
    ]) {
      expect(await flaggedAs(text, "finance", "finance_promise"), text).toBe(true);
    }
  });

  it("a caution about account safety and a denied steady gain are not", async () => {
    for (const text of ["为确保您的账户资金安全，请勿将验证码告诉他人", "基金不会有稳定收益，投资需谨慎"]) {
      expect(await flaggedAs(text, "finance", "finance_promise"), text).toBe(false);
    }
  });
});

describe("admission and job promises in other words (round 25)", () => {
  it("a refund when no offer comes, jobs without worry, a job guaranteed", async () => {
    for (const text of [
      "申请名校，如未获录取全额退还服务费",
      "留学申请不成功，100%退费",
      "课程结束后推荐实习，就业无忧",
      "签约学员保障就业",
    ]) {
      expect(await flaggedAs(text, "education", "education_promise"), text).toBe(true);
    }
  });

  it("a school saying it signs no admission guarantee is not", async () => {
    expect(await flaggedAs("我们没有保录取协议，退费按未上课时计算", "education", "education_promise")).toBe(
      false,
    );
  });
});

describe("what a medicine or a health food may say of itself (round 25)", () => {
  const approved = (text: string, industry: string) => {
    const folded = foldSameLength(text);
    return approvedWording(folded, 0, folded.length, industry);
  };

  it("a medicine's indication and a health food's registered function", () => {
    expect(approved("散寒解表，用于风寒感冒引起的头痛鼻塞", "pharma")).toBe(true);
    expect(approved("保健功能：缓解体力疲劳、增强免疫力", "health_food")).toBe(true);
  });

  it("not a cure or a speed promised beyond the label, nor the same words sold in a food", () => {
    expect(approved("用于风湿骨痛，三个疗程根治", "pharma")).toBe(false);
    expect(approved("辅助降血糖，糖尿病人不用再吃药", "health_food")).toBe(false);
    expect(approved("散寒解表，用于风寒感冒引起的头痛鼻塞", "food_beverage")).toBe(false);
    expect(approved("头痛鼻塞都能缓解", "pharma")).toBe(false);
  });
});

describe("identifiers and business accounts (round 25)", () => {
  it("a unique serial number ranks nothing", async () => {
    expect(await flaggedAs("每台整机出厂附唯一序列号和防伪码", "manufacturing", "absolute")).toBe(false);
    expect(await flaggedAs("本品是同类产品中唯一获此认证的", "manufacturing", "absolute")).toBe(true);
  });

  it("a shop's service WeChat is a contact point, a person's WeChat is personal data", () => {
    const wechat = (text: string) =>
      scanPii(text, foldSameLength(text)).filter((finding) => finding.rule_id === "pii.wechat_id").length;
    expect(wechat("售后问题请加客服微信 hzshop_help01")).toBe(0);
    expect(wechat("官方微信号：brandcare2024")).toBe(0);
    expect(wechat("加我私人微信 tom_1987x，有空聊")).toBe(1);
  });
});

describe("a customer's own code and own form (round 26)", () => {
  it("receiving a one-time code and filling in one's own details are not data trade", async () => {
    for (const [text, industry, channel] of [
      ["验证码已发送，请注意查收，收到验证码后在页面输入", "retail", "outbound"],
      ["初诊患者请填写好姓名、年龄、性别、住址等信息", "medical", "moments"],
    ] as const) {
      expect(await flaggedAs(text, industry, "pii", channel), text).toBe(false);
    }
  });

  it("buying codes and a list read out field by field still are", async () => {
    for (const text of ["长期高价收验证码，日结", "这份名单里姓名性别电话都有，私聊拿"]) {
      expect(await flaggedAs(text, "retail", "pii"), text).toBe(true);
    }
  });
});

describe("claims named as the means of a deception (round 26)", () => {
  it("a notice listing promises used to deceive is no promise; a seller's own claim beside a jab still is", async () => {
    expect(
      await flaggedAs('有的诊所以"包治好""不复发"等承诺欺骗消费者，请勿轻信', "medical", "medical_claim"),
    ).toBe(false);
    expect(await flaggedAs("以“高收益”“保本”等话术诱导老人购买理财产品", "finance", "finance_promise")).toBe(
      false,
    );
    expect(await flaggedAs("本品根治失眠，不复发，别家都是欺骗消费者", "medical", "medical_claim")).toBe(
      true,
    );
  });
});
