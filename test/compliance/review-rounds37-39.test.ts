// An independent read of rounds 37-39's changes wrote these sentences against them: claims in the seller's own voice
// that a new exception had cleared (不提供/不设/不构成 reaching a claim after their object, 不信 as a dare, 喊着 of oneself,
// rivals who cannot vouch, 免检验产品, an instruction read as a warning, a reply code that is no opt-out), and compliant
// lines a new pattern had held (a dose taken for the best effect, a myth about quitting medicine, aftercare, advice on
// digestion, a promise of discretion, a loss told as a loss, a recommendation that is no placement, a doctor's
// specialty, a wage floor, a rent rise). Each was misjudged before the narrowing that came with this test.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedAs, flaggedFindings, requiredFindings, ruleBlocksLine } from "./fixtures.ts";

describe("claims in the seller's own voice stay claims", () => {
  it("flags each", async () => {
    const claims = [
      ["finance", "moments", "本产品不设封闭期保本保息随时可取"],
      ["finance", "private", "不提供抵押也能保证100%下款"],
      ["finance", "moments", "以上不构成投资建议 跟着老师买准没错"],
      ["education", "moments", "我们不设学历门槛只要报名就能拿到证书"],
      ["beauty", "moments", "做完这个疗程“一次根治、永不复发”，不相信的可以看看客户反馈"],
      ["manufacturing", "moments", "我们厂的产品是国家免检验产品，质量放心"],
      ["medical", "moments", "三天治好痔疮的微创手术后请小心伤口不要沾水"],
      ["finance", "moments", "我们敢喊着“保本保息”，是因为有国企背书"],
      ["finance", "private", "别的机构不敢给您保证年化10%，我们敢"],
      ["finance", "private", "亏了不用您自己承担，我们全赔"],
      ["finance", "moments", "买我们的产品不意味着要冒风险 本金百分百安全"],
    ] as const;
    const missed: string[] = [];
    for (const [industry, channel, text] of claims)
      if (flaggedFindings(await checkLine(text, industry, channel)).length === 0) missed.push(text);
    expect(missed).toEqual([]);
  });

  it("asks an SMS whose reply codes do something else for its opt-out", () => {
    for (const text of [
      "【某某移动】5G流量包限时5折，回复1办理，回复0查询余额，取消请拨10086",
      "【某某视频】会员年卡限时5折抢购！已开通的连续包月业务退订请登录APP操作",
    ])
      expect({ text, ids: requiredFindings(text, "retail", "sms") }).toEqual({
        text,
        ids: expect.arrayContaining(["required.sms_opt_out:block"]),
      });
    // a policy sold on its yield owes its caution even when it points to the terms
    expect(requiredFindings("增额终身寿，年年递增，复利滚存，详见条款", "insurance", "moments")).toContain(
      "required.insurance_warning:block",
    );
  });
});

describe("compliant lines the new patterns had held", () => {
  it("flags none of them for the label the pattern reads", async () => {
    const lines = [
      ["pharma", "private", "为取得更好的疗效，请遵医嘱足疗程服用，如有不适及时就医。", "medical_claim"],
      ["health_food", "moments", "吃保健品就能摆脱降压药？别信，降压药要遵医嘱服用", "medical_claim"],
      ["medical", "private", "拔牙后1到3天可缓解疼痛，如持续疼痛请及时复诊", "medical_claim"],
      ["food_beverage", "moments", "饭后别急着躺下，散步十分钟有助消化", "medical_claim"],
      ["food_beverage", "moments", "浓茶对胃好不好？很多人都问过这个问题", "medical_claim"],
      ["finance", "outbound", "您的逾期情况我们严格保密，不会让您家人知道，请您今天内处理一下", "harassment"],
      ["finance", "moments", "跟着别人买基金并不是都能赚钱，请理性投资，盈亏自负。", "finance_promise"],
      ["finance", "moments", "很多人当初投入10万元，最后只拿回3万元，投资一定要谨慎。", "finance_promise"],
      ["education", "moments", "学校负责推荐就业岗位，是否录用由用人单位面试决定", "education_promise"],
      ["education", "moments", "别信那些快速提分的广告，学习没有捷径，踏实最重要", "education_promise"],
      ["education", "moments", "提分快不快，关键还是看孩子自己愿不愿意学", "education_promise"],
      ["education", "moments", "不是报了班就能轻松考取教师资格证，还是要靠自己刷题", "education_promise"],
      ["medical", "moments", "张主任擅长治疗冠心病、高血压等多种心血管疾病，周三全天坐诊", "medical_claim"],
    ] as const;
    const held: string[] = [];
    for (const [industry, channel, text, label] of lines)
      if (await flaggedAs(text, industry, label, channel)) held.push(text);
    expect(held).toEqual([]);
    // a wage floor and a rent rise are no investment return for a rule (the model still reads them, as before)
    for (const text of ["招聘理货员，每月保底工资4500元，包吃住", "商铺出租，租金每年固定上涨5%"])
      expect({ text, blocked: await ruleBlocksLine(text, "retail", "finance_promise") }).toEqual({
        text,
        blocked: false,
      });
  });

  it("keeps a brand named after 平台的 as a brand", () => {
    expect(
      requiredFindings("您好，我是平台的度小满客服专员，您有一笔额度待确认", "finance", "outbound"),
    ).not.toContain("required.outbound_opening:block");
  });
});
