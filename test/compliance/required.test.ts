import { describe, expect, it } from "vitest";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";

const ids = (input: Parameters<typeof checkRequiredElements>[0]) =>
  checkRequiredElements(input).map((finding) => `${finding.rule_id}:${finding.severity}`);

describe("required elements", () => {
  it("asks finance posts for a risk warning", () => {
    expect(
      ids({ text: "新发一款固收+基金，业绩比较基准4%，欢迎咨询。", industry: "finance", channel: "moments" }),
    ).toEqual(["required.risk_warning:block"]);
    expect(
      ids({
        text: "新发一款基金，欢迎咨询。理财有风险，投资需谨慎。",
        industry: "finance",
        channel: "moments",
      }),
    ).toEqual([]);
    expect(
      ids({ text: "本周六网点反诈宣传，教大家识别诈骗电话。", industry: "finance", channel: "group" }),
    ).toEqual([]);
  });

  it("asks outbound openings for the brand and the AI disclosure, scripts for an opt-out", () => {
    expect(ids({ text: "您好，打扰一下，想问下您最近有没有装修的打算？", channel: "outbound" })).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(
      ids({ text: "您好，我是安家家居的AI智能助手，想问下您最近有装修打算吗？", channel: "outbound" }),
    ).toEqual([]);
    const script =
      "开场：您好，我是安家家居的AI智能助手。\n客户说感兴趣：为您介绍活动。\n客户说没时间：好的，稍后再联系。";
    expect(ids({ text: script, channel: "outbound" })).toEqual(["required.outbound_opt_out:block"]);
    expect(ids({ text: `${script}\n客户拒绝：好的，不再打扰您，再见。`, channel: "outbound" })).toEqual([]);
  });

  it("blocks a missing finance disclosure on an advert, and puts it to the reviewer on a fragment that sells nothing", () => {
    // a figure, a way to buy or a call to act: an advert, which must carry the line itself
    expect(
      ids({ text: "稳健理财，业绩比较基准3.2%，欢迎认购。", industry: "finance", channel: "moments" }),
    ).toEqual(["required.risk_warning:block"]);
    expect(
      ids({ text: "急用钱？下载我们的App，三分钟放款。", industry: "finance", channel: "moments" }),
    ).toEqual(["required.loan_disclosure:block"]);
    // a page's fragment or an app's label that names a return or a loan but offers nothing: a reviewer decides
    expect(ids({ text: "黄金的利息比货币基金高一些", industry: "finance", channel: "moments" })).toEqual([
      "required.risk_warning:warn",
    ]);
    expect(
      ids({ text: "授信期限最长为三年，单笔借款期限不超过一年。", industry: "finance", channel: "moments" }),
    ).toEqual(["required.loan_disclosure:warn"]);
  });

  it("reads an account or booking notice filed as outbound as a message on a screen, not a call", () => {
    // it owes a message's signature (as advice: the channel it was filed under leaves that open), not a call's opening
    expect(
      ids({ text: "您好！您预约的周三上午洗牙已成功，请提前十分钟到店。", channel: "outbound" }),
    ).toEqual(["required.sms_signature:warn"]);
    // a question, a caller introduced or a 喂 makes it a call again
    expect(ids({ text: "您好，您的账单已逾期，请问今天能处理吗？", channel: "outbound" })).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(ids({ text: "喂，王女士，您的账单已逾期，请尽快还款", channel: "outbound" })).toEqual([
      "required.outbound_opening:block",
    ]);
    // a push to act is an offer, not a notice: 赶快兑换 sells
    expect(ids({ text: "您好，您的会员积分今晚作废，赶快兑换吧", channel: "outbound" })).toEqual([
      "required.outbound_opening:block",
    ]);
  });

  it("asks sms for a signature and 回T退订, and limits length", () => {
    expect(ids({ text: "【安家家居】周末门店满减，回T退订", channel: "sms" })).toEqual([]);
    expect(ids({ text: "周末门店满减", channel: "sms" })).toEqual([
      "required.sms_signature:block",
      "required.sms_opt_out:block",
    ]);
    expect(ids({ text: `【安家家居】${"满减".repeat(300)}回T退订`, channel: "sms" })).toEqual([
      "limit.sms_length:block",
    ]);
  });

  it("reads an opt-out in other words: a reply code that stops the messages, or a reply for those who want none", () => {
    for (const text of [
      "【安家家居】周末门店满减，如不想再收到此类短信请回复TD",
      "【安家家居】周末门店满减，回复N我们会马上停止发送",
    ])
      expect({ text, ids: ids({ text, channel: "sms" }) }).toEqual({ text, ids: [] });
    // a reply code that asks for more is no opt-out
    expect(ids({ text: "【安家家居】周末门店满减，回复TD了解详情", channel: "sms" })).toEqual([
      "required.sms_opt_out:block",
    ]);
  });

  it("owes no opt-out line on a warning SMS that asks nothing and names no price, whatever sales words it warns of", () => {
    const warning = "【某某证券】本公司员工不会私下向您推荐股票或理财产品，请谨防冒名诈骗。";
    expect(ids({ text: warning, industry: "finance", channel: "sms" })).toEqual([]);
    // a price or a call to act makes it an advert again
    expect(
      ids({ text: "【某某羊绒】谨防假冒，正品羊绒衫仅需299元", industry: "retail", channel: "sms" }),
    ).toEqual(["required.sms_opt_out:block"]);
    // ... and so do sales in its own voice, or a loan put on offer
    expect(
      ids({ text: "【某某护肤】谨防假冒，认准官方店，人气精华全场8折", industry: "retail", channel: "sms" }),
    ).toEqual(["required.sms_opt_out:block"]);
    expect(
      ids({
        text: "【某某银行】请认准官方渠道，本行新推出装修贷，额度最高30万，欢迎来网点办理。",
        industry: "finance",
        channel: "sms",
      }),
    ).toContain("required.sms_opt_out:block");
  });

  it("takes a named employer and post as the caller's brand, not a trade or a title alone", () => {
    const opening = (text: string) => ids({ text, industry: "insurance", channel: "outbound" });
    expect(opening("您好，我是安和人寿客服小陈，本次通话会录音，想跟您核对一下保单信息。")).toEqual([
      "required.outbound_ai_disclosure:block",
    ]);
    expect(opening("你好，我係永明財務嘅職員，想同你講下貸款安排。")).toEqual([
      "required.outbound_ai_disclosure:block",
    ]);
    expect(opening("您好，我是您的专属理财顾问，耽误您两分钟介绍一款新产品。")).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(opening("您好，我是续保专员小李，请问您是本人吗？")).toEqual(["required.outbound_opening:block"]);
    // a qualifier before the trade names no employer either
    expect(opening("您好，我是专业保险顾问，给您介绍一款新产品。")).toEqual([
      "required.outbound_opening:block",
    ]);
  });

  it("limits moments to 2000 characters and reminds health food of its notice", () => {
    expect(ids({ text: "好".repeat(2001), channel: "moments" })).toEqual(["limit.moments_length:block"]);
    expect(ids({ text: "这款蛋白粉帮助补充营养。", industry: "health_food" })).toEqual([
      "required.health_food_notice:warn",
    ]);
    expect(ids({ text: "这款蛋白粉帮助补充营养，本品不能代替药物。", industry: "health_food" })).toEqual([]);
  });

  it("asks only where an element is owed: offers, not lessons, warnings or account notices", () => {
    // investor education and a caution in other words need no separate warning line
    expect(
      ids({
        text: "【理财小课堂】净值型产品会随市场波动，过去的收益不等于将来的收益，买前先做风险测评。",
        industry: "finance",
        channel: "group",
      }),
    ).toEqual([]);
    expect(
      ids({
        text: "您尾号6621的账户今日已入账分红款，详情请登录手机银行查看。",
        industry: "finance",
        channel: "group",
      }),
    ).toEqual([]);
    // ... but an offer dressed as a lesson still owes it
    expect(
      ids({
        text: "【理财小课堂】今天推荐一款年化4.2%的新品，起购1万元，私我预约额度。",
        industry: "finance",
        channel: "group",
      }),
    ).toEqual(["required.risk_warning:block"]);
    // opting out is owed on commercial SMS, not on an order or appointment notice
    expect(ids({ text: "【禾苗母婴】您订购的奶粉已发货，预计明天送达。", channel: "sms" })).toEqual([]);
    expect(ids({ text: "【禾苗母婴】会员日全场8折，到店有礼。", channel: "sms" })).toEqual([
      "required.sms_opt_out:block",
    ]);
    // a repayment or overdue notice is a service notice too (its tone is the harassment head's business);
    // an installment offer is still an advertisement
    expect(
      ids({ text: "【安易分期】您本期应还520元已逾期3天，可在App内还款或申请延期。", channel: "sms" }),
    ).toEqual([]);
    expect(ids({ text: "【安易分期】分期购机免息活动，最高24期，立即下单。", channel: "sms" })).toEqual([
      "required.sms_opt_out:block",
    ]);
    // telling people not to believe or buy is a warning, and naming the risk disclosure is one; an offer is not
    expect(
      ids({
        text: "群公告：有人在群里推荐投资、众筹项目请勿相信，发现即移出。",
        industry: "finance",
        channel: "group",
      }),
    ).toEqual([]);
    expect(
      ids({
        text: "本行代销理财的风险由发行机构承担，购买时请认真听取风险揭示。",
        industry: "finance",
        channel: "moments",
      }),
    ).toEqual([]);
    expect(
      ids({ text: "众筹项目年化12%，名额有限，切勿错过。", industry: "finance", channel: "group" }),
    ).toEqual(["required.risk_warning:block"]);
    // a claims-service notice is not an insurance offer; a protection product on sale still owes its caution
    expect(
      ids({
        text: "理赔服务提示：小额医疗险可在线提交理赔材料，资料齐全一般3个工作日内结案。",
        industry: "insurance",
        channel: "moments",
      }),
    ).toEqual([]);
    expect(
      ids({ text: "百万医疗险，理赔快，保额600万，扫码投保。", industry: "insurance", channel: "moments" }),
    ).toEqual(["required.insurance_warning:block"]);
    // pointing the reader to the terms (详见条款, 投保前请阅读条款) or saying dividends are not fixed is the caution
    for (const text of [
      "百万医疗险，保额600万，月缴15元起，详见条款。",
      "意外险每份保额20万，投保前请阅读条款。",
    ])
      expect({ text, ids: ids({ text, industry: "insurance", channel: "moments" }) }).toEqual({
        text,
        ids: [],
      });
  });
});
