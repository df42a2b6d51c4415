// Kinds of real copy the engine misread on the first runs of round 16 (r59 to r62, sets of published wording
// kept outside the repository): diseases whose names end in no 病, 炎 or 症, a product's audience named by its
// ailments, illness said to get better, 治愈 as praise, superlatives scoped to a trade or to the public's
// verdict, savings policies set against a deposit, money that turns into more money, a caller denying being a
// machine, a collector's rude retort, refunds and contracts that promise a pass, credit dressed as money
// waiting, cosmetics claiming a drug's work, a men's clinic's euphemisms, a policy's maturity sum sold as a return;
// after r63-r66: returns guaranteed in words, stock-group slang, posters at a debtor's home, degrees in a year,
// lifelong immunity, and warnings, court reports and debunked myths that quote such claims.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedFindings, requiredFindings, ruleIds } from "./fixtures.ts";

describe("generalization fixes (round 16)", () => {
  it("treating a disease whose name ends in no 病, 炎 or 症 is a claim of Article 17", async () => {
    for (const [text, industry] of [
      ["这款处方猫粮配方温和，能改善猫咪肾衰竭，老猫也爱吃。", "pets"],
      ["每天一杯五谷粉，帮家里老人控制癫痫发作。", "food_beverage"],
      ["这款负离子枕头可以缓解耳鸣，睡得更香。", "retail"],
    ] as const) {
      const verdict = await checkLine(text, industry);
      expect(ruleIds(verdict)).toContain("med.disease_claim");
    }
  });

  it("a product's audience named by its ailments, and illness said to get better, are claims too", async () => {
    const audience = await checkLine("艾草香囊随身带，适合失眠多梦、脾虚湿重人群。", "retail");
    expect(ruleIds(audience)).toContain("med.disease_claim");
    const better = await checkLine("不管什么病症，坚持喝两个月都会好转。", "food_beverage");
    expect(ruleIds(better)).toContain("med.disease_claim");
  });

  it("a caution that names a condition or a symptom that did not improve is no claim", async () => {
    for (const text of [
      "按摩垫适合放松腰背，高血压患者使用前请咨询医生。",
      "如症状未好转，请及时到医院就诊。",
      "本品不能代替药物，出现耳鸣请及时就医。",
    ]) {
      const verdict = await checkLine(text, "retail");
      expect(ruleIds(verdict)).not.toContain("med.disease_claim");
    }
  });

  it("治愈 as praise of a dish is no cure; a cure promised in days still is", async () => {
    const praise = await checkLine("这家拉面的治愈之处，在于一口热汤里的乡愁。", "food_beverage");
    expect(ruleIds(praise)).not.toContain("med.cure_guarantee");
    const cure = await checkLine("七天治愈，无效全额退款。", "food_beverage");
    expect(ruleIds(cure)).toContain("med.cure_guarantee");
  });

  it("a superlative scoped to a trade or to the public's verdict is a superlative", async () => {
    for (const text of [
      "这台净化器的洁净空气量业界最高。",
      "口碑最好的一款保温杯，闭眼入。",
      "最多宝妈在用的辅食机。",
    ]) {
      const verdict = await checkLine(text, "retail");
      expect(ruleIds(verdict)).toContain("abs.superlative_regex");
    }
    const ownStore = await checkLine("这款是本店今年复购率最高的一款（店内数据）。", "retail");
    expect(ruleIds(ownStore)).not.toContain("abs.superlative_regex");
  });

  it("a savings policy set against a bank deposit, and money that turns into more money, are promises", async () => {
    const deposit = await checkLine("这款年金险的利率比定存高多了，闲钱放这里更划算。", "insurance");
    expect(ruleIds(deposit)).toContain("ins.misleading");
    const grows = await checkLine("跟着我们的计划操作，3000秒变4500不是梦。", "finance");
    expect(ruleIds(grows)).toContain("fin.yield_promise");
  });

  it("an outbound caller who denies being a machine hides what it is; one that says so does not", async () => {
    const denial = await checkLine("放心，我不是机器人，是按公司的流程给您介绍的。", "finance", "outbound");
    expect(ruleIds(denial)).toContain("dsc.ai_denial");
    expect(denial.findings.some((finding) => finding.label === "missing_disclosure")).toBe(true);
    const honest = await checkLine(
      "您好，我是安顺银行的智能语音助手，我不是真人坐席。",
      "finance",
      "outbound",
    );
    expect(ruleIds(honest)).not.toContain("dsc.ai_denial");
  });

  it("a collector's rude retort is harassment", async () => {
    const verdict = await checkLine("你还不还钱？你家里的事关我屁事！", "finance", "outbound");
    expect(ruleIds(verdict)).toContain("har.outbound");
  });

  it("a refund for missing a tier and a contract to see a student through to the certificate are promises", async () => {
    const refund = await checkLine(
      "若孩子最终未考上省重点高中，学费将在一个月内全部退回。",
      "education",
      "private",
    );
    expect(ruleIds(refund)).toContain("edu.score_promise");
    const contract = await checkLine(
      "本机构负责帮助学员通过执业药师考试并拿到执业药师证书。",
      "education",
      "private",
    );
    expect(ruleIds(contract)).toContain("edu.score_promise");
    const reported = await checkLine(
      "有的培训机构以包过为宣传，诱导家长报名，请大家警惕。",
      "education",
      "group",
    );
    expect(ruleIds(reported)).not.toContain("edu.guarantee");
  });

  it("credit dressed as money waiting to be collected is a loan promise; a shop's coupon is not", async () => {
    const credit = await checkLine("【速借】您有36,000元待领取，点此链接提取，回T退订", "finance", "sms");
    expect(ruleIds(credit)).toContain("fin.loan_promise");
    const coupon = await checkLine("【优品超市】您有5000元优惠券待领取，回T退订", "retail", "sms");
    expect(ruleIds(coupon)).not.toContain("fin.loan_promise");
  });

  it("a cosmetic sold as anti-allergic or anti-inflammatory claims a drug's work; anti-acne is a filed function", async () => {
    const drug = await checkLine("这支面霜主打抗敏消炎，换季泛红一抹就退。", "beauty");
    expect(ruleIds(drug)).toContain("med.cosmetic_drug_claim");
    const filed = await checkLine("祛痘精华已完成功效评价，帮助减少粉刺，痘痘严重请就医。", "beauty");
    expect(ruleIds(filed)).not.toContain("med.cosmetic_drug_claim");
  });

  it("no medicine and no injections needed, gold that earns interest, a doubling plan and a collateral-free loan are promises", async () => {
    const needless = await checkLine("不用吃药、不用打针，喝着茶就把体重降下来。", "food_beverage");
    expect(ruleIds(needless)).toContain("med.disease_claim");
    const gold = await checkLine("本店开通黄金生息业务，存满100克每年多送2克。", "jewelry");
    expect(ruleIds(gold)).toContain("fin.appreciation");
    const doubling = await checkLine("下半年资金翻倍计划已启动，名额只剩三个。", "finance");
    expect(ruleIds(doubling)).toContain("fin.yield_promise");
    const points = await checkLine("会员积分翻倍计划本周开启，消费一元积两分。", "retail");
    expect(ruleIds(points)).not.toContain("fin.yield_promise");
    const loan = await checkLine("不用担保也能借款20万，当天审批。", "finance");
    expect(ruleIds(loan)).toContain("fin.loan_promise");
  });

  it("a first batch claimed across a whole trade is a superlative", async () => {
    const verdict = await checkLine("本车型为行业首批搭载固态电池的量产车。", "auto");
    expect(ruleIds(verdict)).toContain("abs.superlative_regex");
  });

  it("a men's clinic's euphemisms, a cure made light of and a list of ailments that vanish are medical claims", async () => {
    const euphemism = await checkLine("太软会尴尬，太快没面子，来本院男科，变强变持久。", "medical");
    expect(ruleIds(euphemism)).toContain("med.sexual_claim");
    const light = await checkLine("本院泌尿专科，治疗前列腺问题很简单，一次就好。", "medical");
    expect(ruleIds(light)).toContain("med.service_cure_claim");
    const vanish = await checkLine("喝上一个月，痛经、便秘也都能消除。", "food_beverage");
    expect(ruleIds(vanish)).toContain("med.disease_claim");
    const lipstick = await checkLine("这支口红持久不脱色，变美又变自信。", "beauty");
    expect(ruleIds(lipstick)).not.toContain("med.sexual_claim");
  });

  it("a policy's maturity sum sold as a return is misleading; a bank product's reported yield is not this", async () => {
    const policy = await checkLine("每年存2万，满10年到期收益36800元。", "insurance", "private");
    expect(ruleIds(policy)).toContain("ins.maturity_return");
    const report = await checkLine("本产品已到期，到期实际年化收益率为3.1%。", "finance");
    expect(ruleIds(report)).not.toContain("ins.maturity_return");
  });

  it("high returns guaranteed in words, gains without a ceiling, a sum promised back bigger and stock-group slang are promises", async () => {
    for (const text of [
      "注册平台后交给智能程序操作，保证稳定获得高回报。",
      "认购原始股，等公司上市就有高额回报。",
      "这个策略亏损有限，盈利上不封顶。",
      "每投入两千元，一年后可拿到六千元。",
      "明早九点开盘，跟上老师吃大肉。",
    ]) {
      const verdict = await checkLine(text, "finance", "group");
      expect(ruleIds(verdict)).toContain("fin.yield_promise");
    }
    const loan = await checkLine("凭身份证秒贷5万，当天到账。", "finance", "sms");
    expect(ruleIds(loan)).toContain("fin.loan_promise");
  });

  it("a warning that such promises are unlawful and a prosecutor's report of them are no offers", async () => {
    const warning = await checkLine("提醒大家：凡是承诺固定高收益的理财项目都涉嫌违规。", "finance");
    expect(flaggedFindings(warning)).toEqual([]);
    const report = await checkLine("经审理查明，被告人向投资人允诺年化收益百分之十二。", "finance");
    expect(
      requiredFindings("经审理查明，被告人向投资人允诺年化收益百分之十二。", "finance", "moments"),
    ).toEqual([]);
    expect(report.findings.some((finding) => finding.rule_id === "required.risk_warning")).toBe(false);
  });

  it("posters at a debtor's home, a degree in a year, exams made easy and lifelong immunity are claims", async () => {
    const poster = await checkLine("月底前不还，我们就到你单位门口拉横幅。", "finance", "sms");
    expect(ruleIds(poster)).toContain("har.threat");
    const degree = await checkLine("在职人员两年拿本科文凭，不用脱产。", "education");
    expect(ruleIds(degree)).toContain("edu.score_promise");
    const easy = await checkLine("我们的课程一学就会，考试轻松过关。", "education");
    expect(ruleIds(easy)).toContain("edu.score_promise");
    const immunity = await checkLine("坚持喝三个月，终身不会再得流感。", "health_food");
    expect(ruleIds(immunity)).toContain("med.disease_claim");
    const clinic = await checkLine("凡是早期患者都能在本院治愈。", "medical");
    expect(ruleIds(clinic)).toContain("med.cured_count");
  });

  it("a myth debunked and a pitch held up for readers to recognise leave their claims as advice", async () => {
    const myth = await checkLine("鱼油能治好高血压？这是流传很广的误区。", "health_food");
    expect(flaggedFindings(myth)).toEqual([]);
    const pitch = await checkLine("“喝了能治糖尿病”，类似的话术是不是很耳熟？", "food_beverage");
    expect(flaggedFindings(pitch)).toEqual([]);
  });

  it("an outbound call that opens on the pitch, or names only its trade, hides who is calling", () => {
    expect(requiredFindings("您最近有装修贷款方面的需求吗？", "finance", "outbound")).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(requiredFindings("你好，我们是做抵押贷款的，最近需要资金吗？", "finance", "outbound")).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(
      requiredFindings("您好，我是安顺银行的AI智能助手，请问您近期有资金需求吗？", "finance", "outbound"),
    ).toEqual([]);
    // a refusal answered, a threat or a customer's question in a script is no opening
    expect(requiredFindings("客户问：有没有免息的方案？", "finance", "outbound")).not.toContain(
      "required.outbound_opening:block",
    );
    expect(requiredFindings("不需要贷款？好的，那不打扰您了。", "finance", "outbound")).toEqual([]);
    expect(requiredFindings("你欠钱不还，单位知道了你这工作还要不要了？", "finance", "outbound")).toEqual([]);
  });

  it("a cure-all named as a rumour is no superlative", async () => {
    const rumour = await checkLine("群里转的“某某茶包治百病”是谣言，别再转发了。", "food_beverage", "group");
    expect(flaggedFindings(rumour)).toEqual([]);
  });
});
