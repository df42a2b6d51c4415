// Round 48's misses and false alarms. Missed: a yield floor vowed in a sales chat, a steady yield stated as a fact,
// principal and interest repaid in full by a guarantor, a named group's immunity raised by a food, "various"
// discomfort symptoms eased, one patch for every ache, cells repaired after the harm is named, a bare "不成功，100%退费"
// slogan, 最经典. False alarms: a questionnaire's wish (尽可能保证本金安全) and its 绝对否定项, breast-feeding advice
// calling it the first choice, and investor education whose own words are the risk warning. Every sentence is written
// for these tests; each family has look-alikes. The read written after the round follows at the end: the same claims
// in other word orders (the rise of immunity told after it, the symptoms named before their relief, the repayment
// before the principal), and look-alikes (a question whether such a product exists, a customer's wish, a payment
// refunded the way it came). Round 49 follows: a result promised without surgery, a treatment's safety and success
// asserted in words, an investor repaid in full when a platform fails, returns enjoyed without effort; "best to wait a
// week" is advice, and a click to confirm an order is no call to buy. Then the read after round 49 (the same claims in
// looser words; a doctor's caution and a patient's question; a notice's tracking link) and round 50 (a clinic's
// "thorough" removal, several times the return, the cooling-off period's refund).
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings } from "./fixtures.ts";

describe("round 48's missed claims", () => {
  it("a yield floor vowed, a steady yield asserted, principal and interest repaid in full", async () => {
    await expectBlocks(
      [
        "放心存我们这儿，我保证年化收益不会低于5%",
        "签了补充协议，承诺回报至少6%",
        "这款产品三年来收益持续稳定，闭着眼存就行",
        "逾期了也不怕，担保公司会把本金和利息全额赔付给您",
      ],
      [
        "该万能账户的最低保证利率为年1.75%，超出部分不确定。理财有风险，投资需谨慎",
        "我们不能保证年化收益不低于业绩比较基准。理财有风险，投资需谨慎",
        "您追求收益稳定还是愿意承担波动？请完成风险测评",
        "这只基金收益稳定吗？过往业绩不代表未来表现，理财有风险",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("immunity raised for a named group, various discomfort eased, one patch for every ache, cells repaired", async () => {
    await expectBlocks(
      [
        "每天一杯，提高老年人免疫力",
        "这支鼻腔喷雾能改善各种鼻腔不适症状",
        "腰疼贴腰，哪里痛就贴哪里",
        "精华能修复被紫外线损伤的细胞",
      ],
      [
        "老年人免疫力偏弱，换季请注意保暖",
        "如鼻腔不适症状持续，请及时就医",
        "贴纸贴哪里都不留胶印",
        "紫外线会损伤皮肤细胞，出门记得防晒",
      ],
      "beauty",
      "medical_claim",
    );
  });

  it("a bare pledge of a full refund if the service fails", async () => {
    await expectBlocks(
      ["留学申请全程托管，不成功百分百退费", "考编冲刺营：不成功100%退款"],
      ["支付不成功，100%退款将在三个工作日内原路返回", "未上课时可按规定退费，详见报名协议"],
      "education",
      "education_promise",
    );
  });

  it("最经典 as a rank", async () => {
    await expectBlocks(
      ["本店招牌牛肉面，是全城最经典的味道"],
      ["经典款风衣回归，多色可选"],
      "food_beverage",
      "absolute",
    );
  });
});

describe("round 48's false alarms", () => {
  it("a questionnaire's wish and its disqualifying answer", async () => {
    for (const text of [
      "A. 尽可能保证本金安全，能接受较低收益",
      "您是否了解非保本产品的风险？（绝对否定项：选否则不适合购买）",
    ]) {
      const rules = flaggedFindings(await checkLine(text, "finance", "private")).filter(
        (f) => f.source === "rule",
      );
      expect(rules.map((f) => f.rule_id)).toEqual([]);
    }
  });

  it("breast-feeding called the first choice", async () => {
    const verdict = await checkLine("六个月内，母乳喂养是首选，奶粉作补充", "mother_baby");
    expect(flaggedFindings(verdict).map((f) => f.rule_id)).toEqual([]);
  });

  it("an investor's share of the risk, in its own words, is the warning a finance text owes", () => {
    for (const text of [
      "新一期理财欢迎到网点咨询，高收益往往伴随着高风险",
      "购买理财产品的客户需要承担投资过程中可能出现的风险",
    ]) {
      expect(requiredFindings(text, "finance", "group")).toEqual([]);
    }
    expect(requiredFindings("本周理财新品年化4%，欢迎咨询", "finance", "group")).toEqual([
      "required.risk_warning:block",
    ]);
  });
});

describe("the read after round 48", () => {
  it("the same claims in other word orders", async () => {
    await expectBlocks(
      ["这款理财收益一直很稳，放心买", "年金险的回报始终平稳", "借款人逾期由平台先行垫付本息"],
      [
        "有没有保证年化不低于5%的产品？没有，理财有风险",
        "您说想要回报稳定一些，那我先讲清楚风险。理财有风险，投资需谨慎",
      ],
      "finance",
      "finance_promise",
    );
    await expectBlocks(
      [
        "中老年奶粉，喝了一个月免疫力提高了",
        "这款身体乳还能提升女性自身免疫力",
        "精油按摩对久坐的各种不适症状都有明显缓解",
        "这款口服液可以修复因饮酒受损的肝细胞",
      ],
      ["免疫力低下的人换季容易感冒，请注意休息", "久坐的各种不适症状若未见改善，请就医检查"],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(
      ["签证签不下来100%退还服务费"],
      ["您的订单支付未成功，已扣款项将100%原路退回"],
      "education",
      "education_promise",
    );
  });
});

describe("round 49's missed claims and false alarms", () => {
  it("a result without surgery, a treatment's safety and success in words", async () => {
    await expectBlocks(
      ["不动刀不打针，半小时祛除泪沟", "微创种植，安全无痛，成功率极高"],
      ["肌瘤能否不开刀治疗，请遵医生建议", "种植牙的成功率高吗？与骨量和口腔卫生有关，请面诊评估"],
      "medical",
      "medical_claim",
    );
  });

  it("an investor repaid in full when a platform fails, and returns enjoyed without effort", async () => {
    await expectBlocks(
      ["万一平台倒闭，出借人可获先行赔付", "买入后什么都不用管，坐享收益就行"],
      [
        "平台倒闭时出借资金不会获得任何赔付，理财有风险，投资需谨慎",
        "退休后安享晚年，理财有风险，投资需谨慎",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("advice to take a week, and a click to confirm an order", async () => {
    const advice = await checkLine("换粮最好用至少5天慢慢过渡，避免肠胃不适", "pets");
    expect(flaggedFindings(advice).map((f) => f.rule_id)).toEqual([]);
    expect(
      requiredFindings(
        "【快修车】您购买的轮胎已到门店，请点击链接确认安装时间。如有疑问请致电客服",
        "auto",
        "sms",
      ).filter((id) => id.startsWith("required.sms_opt_out")),
    ).toEqual([]);
  });
});

describe("the read after round 49, and round 50", () => {
  it("no surgery and a repayment by the platform, in looser words", async () => {
    await expectBlocks(
      ["腰间盘突出不必动刀，敷我们的膏药就能慢慢治好", "结节不用开刀，喝一个月就化掉了"],
      ["结节要不要开刀，请听专科医生的意见", "医生建议暂时不动刀，先观察半年"],
      "health_food",
      "medical_claim",
    );
    await expectBlocks(
      ["借款人万一还不上，平台会先垫给您", "把钱放进来，坐等高息到账就行", "跟着操作，获取多倍的收益"],
      [
        "借款人逾期时平台不会先行垫付本息，理财有风险，投资需谨慎",
        "本产品不提供保本保息，理财有风险，投资需谨慎",
        "不建议把黄金当作稳赚的投资，投资有风险",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("a doctor's caution is no safety claim; a clinic's thorough removal is an effect asserted", async () => {
    await expectBlocks(
      ["激光祛斑，一次彻底清除色斑"],
      ["任何手术都并非零风险，术前请如实告知病史", "没有绝对安全的麻醉，术前评估很重要"],
      "medical",
      "medical_claim",
    );
  });

  it("a cooling-off refund and a notice's tracking link", async () => {
    const coolingOff = await checkLine(
      "合同生效后的犹豫期内，您如对保单不满意，可以无条件退保，保险公司退还已交保费",
      "insurance",
    );
    expect(flaggedFindings(coolingOff).filter((f) => f.source === "rule")).toEqual([]);
    expect(
      requiredFindings(
        "【好家居】您购买的沙发已发出，点击链接查看物流 https://t.cn/Ab12Cd",
        "retail",
        "sms",
      ).filter((id) => id.startsWith("required.sms_opt_out")),
    ).toEqual([]);
  });

  it("a gift while it lasts is an offer, and an offer owes the opt-out", () => {
    expect(
      requiredFindings("【花漾美妆】恭喜您获得粉底体验装一份，七天内到专柜领取，赠完即止", "beauty", "sms"),
    ).toContain("required.sms_opt_out:block");
  });
});

describe("a question answered by saying no such thing exists", () => {
  it("the answer may name where it is not found before denying it", async () => {
    await expectBlocks(
      ["回报始终平稳？当然，我们的产品从不亏"],
      [
        "回报始终平稳？市场上没有这样的产品，净值有涨有跌。理财有风险，投资需谨慎",
        "年化收益不低于8%？不可能，过往业绩不代表未来。理财有风险，投资需谨慎",
      ],
      "finance",
      "finance_promise",
    );
  });
});
