// Claims that round 25's published text made in words the rules had no pattern for, and the listings, business
// accounts and identifiers mistaken for claims. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { approvedWording } from "../../src/compliance/claims/approved-wording.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";
import { flaggedAs } from "./fixtures.ts";

/** Whether approvedWording excuses a model finding that spans the whole text. */
function approved(text: string, industry: string): boolean {
  const folded = foldSameLength(text);
  return approvedWording(folded, 0, folded.length, industry);
}

/** How many WeChat ids the PII scan finds. */
function wechat(text: string): number {
  return scanPii(text, foldSameLength(text)).filter((finding) => finding.rule_id === "pii.wechat_id").length;
}

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

// Found by an independent review of the round 25-26 rules (probe sentences written by the reviewer).
describe("the edges an independent review found (rounds 25-26)", () => {
  it("cautions, failed payments, labour policy and a doubted promise stay unflagged", async () => {
    for (const [text, industry, label] of [
      ["基金不一定会有稳定收益", "finance", "finance_promise"],
      ["店内全天安保监控，确保顾客随身财产安全", "jewelry", "finance_promise"],
      ["网上支付未成功，费用将原路退款", "education", "education_promise"],
      ["落实稳就业保障就业政策，开展职业技能培训", "education", "education_promise"],
      ["就业无忧？别轻信培训机构的这类广告", "education", "education_promise"],
      ["每台整机出厂附唯一序列号", "manufacturing", "absolute"],
    ] as const) {
      expect(await flaggedAs(text, industry, label), text).toBe(false);
    }
  });

  it("a vouch after 可以 or 以实力, an identifier first claimed, a cure beside an indication are flagged", async () => {
    for (const [text, industry, label] of [
      ["我们可以保证您的资金安全，放心投", "finance", "finance_promise"],
      ["平台以实力保障资产安全，年年稳健", "finance", "finance_promise"],
      ["拿不到offer，全额退还服务费", "education", "education_promise"],
      ["本公司首创防伪码溯源技术", "manufacturing", "absolute"],
    ] as const) {
      expect(await flaggedAs(text, industry, label), text).toBe(true);
    }
  });

  it("a sentence that promises beyond the label is not approved wording, wherever the model places the claim", () => {
    for (const text of [
      "本品用于失眠，一吃就睡得香",
      "用于胃痛胃胀，比进口药效果更好",
      "主治风湿骨痛，从此告别疼痛",
    ])
      expect(approved(text, "pharma"), text).toBe(false);
  });

  it("a person's WeChat given as after-sales contact, codes collected for pay, others' details checked stay personal data", async () => {
    expect(wechat("售后加我微信 lisa_8899")).toBe(1);
    expect(wechat("家政服务阿姨微信 wangayi1975")).toBe(1);
    for (const text of ["长期收取各平台验证码，日结", "核对好这批业主的姓名、电话、住址"])
      expect(await flaggedAs(text, "retail", "pii"), text).toBe(true);
  });

  it("a seller's claim beside a jab at rivals, or a promise not to deceive, keeps its finding", async () => {
    for (const text of [
      "本店承诺根治鼻炎，不像别家用包好等说辞欺骗患者",
      "根治各类鼻炎，同等价位，承诺绝不欺骗",
    ])
      expect(await flaggedAs(text, "medical", "medical_claim"), text).toBe(true);
  });
});
