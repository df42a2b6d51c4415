// Kinds of claim written as one pattern over a word list (compliance-rules/vocabulary.yaml) instead of a few
// spelled-out words: a product offered to the ill or for an illness, pain gone once a product is used, a loan
// made certain, a collectible's past rise told as a multiple. Each kind has look-alikes that must stay clean:
// cautions, a loan's honest terms, a shop's sales figures. After the first runs of r70-r72 (published wording
// kept outside the repository): notices and warnings that owe no risk line (a maturity report, a deposit
// insurance statement, a regulator's account of misconduct, anti-fraud slogans, a collector acting for a named
// lender), a negation that reaches only its own verb (不打针可以治好), and claims in new words: a pass as the
// sure result of little effort, a yearly income, a rise of tens of times, one session that works, a visit to
// the debtor's home. After r73-r75's first runs: a rumour set beside its truth, claims said to lack evidence,
// public-health advice on the best protection, a driving school numbered first, a bank's notices (a suspended
// service, no agents, no unsolicited messages), insurance said not to be savings, and a lender denying that
// "sure loan" services exist. After r76-r78's: a sound-alike inside ordinary words (精神要求 holds 神要), a legal
// term (绝对酌情权), an official designation, Hong Kong's statutory lender warning and a P2P platform's risk line,
// a risk questionnaire's options, a debunk in a hospital's post. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedFindings, requiredFindings, ruleIds } from "./fixtures.ts";

describe("claims as kinds over word lists (round 17)", () => {
  it("a food or a device offered to people with a disease, or for one, implies it acts on the disease", async () => {
    for (const [text, industry] of [
      ["这款荞麦茶适合痛风人群日常饮用，口感清爽。", "food_beverage"],
      ["家里有老寒腿的老人，冬天用这款电热毯有好处吗？对老寒腿有帮助，放心用。", "retail"],
      ["专为糖尿病朋友研发的杂粮饼干，上市就卖断货。", "food_beverage"],
      ["这款加湿器对咽炎有缓解，办公室必备。", "retail"],
    ] as const) {
      const verdict = await checkLine(text, industry);
      expect(ruleIds(verdict), text).toContain("med.disease_audience");
    }
  });

  it("a caution that names who should not use a product is the opposite of a claim", async () => {
    for (const text of [
      "按摩垫适合放松腰背，高血压患者使用前请咨询医生。",
      "本品不适合痛风人群食用。",
      "孕妇及糖尿病人群慎用。",
      "糖尿病人群饮食要控制总热量，具体请遵医嘱。",
    ]) {
      const verdict = await checkLine(text, "food_beverage");
      expect(ruleIds(verdict), text).not.toContain("med.disease_audience");
    }
  });

  it("pain said to be gone after using a product is a treatment effect; comfort is not", async () => {
    const relief = await checkLine("换了这款乳胶枕，睡了一周脖子不疼了。", "retail");
    expect(ruleIds(relief)).toContain("med.symptom_relief");
    const comfort = await checkLine("乳胶枕回弹好，睡醒脖子很放松，透气不闷热。", "retail");
    expect(ruleIds(comfort)).not.toContain("med.symptom_relief");
  });

  it("a loan made certain is a loan promise, however it is worded; a loan's honest terms are not", async () => {
    for (const text of [
      "材料交齐，保证两个工作日内放款。",
      "这笔额度找我办，肯定能批下来。",
      "走我们的渠道，铁定过审。",
    ]) {
      const verdict = await checkLine(text, "finance");
      expect(ruleIds(verdict), text).toContain("fin.loan_promise");
    }
    for (const text of [
      "审批结果以银行审核为准，我们无法保证一定放款。",
      "一定要在放款前核对合同上的年化利率。",
      "谨防所谓保证下款的中介，正规贷款不收前期费用。",
    ]) {
      const verdict = await checkLine(text, "finance");
      expect(ruleIds(verdict), text).not.toContain("fin.loan_promise");
    }
  });

  it("a collectible's past rise told as a multiple is an appreciation lure; a shop's sales growth is not", async () => {
    const lure = await checkLine("这版纪念钞的回收价这几年涨了12倍，手慢无。", "retail");
    expect(ruleIds(lure)).toContain("fin.appreciation");
    const sales = await checkLine("感谢老顾客，本月门店销量涨了3倍。", "retail");
    expect(ruleIds(sales)).not.toContain("fin.appreciation");
  });

  it("a notice or a warning owes no risk line: it offers nothing", async () => {
    for (const [text, industry, channel] of [
      [
        "“安盈稳享3号”理财计划于2024年6月30日到期，本产品已实现业绩比较基准，兑付明细如下：",
        "finance",
        "moments",
      ],
      ["本行依法参加存款保险，存款本金和利息在规定限额内受存款保险保障。", "finance", "moments"],
      [
        "部分销售人员承诺给客户高额回报，诱导老年人退保买理财，相关机构已被责令整改。",
        "insurance",
        "moments",
      ],
      ["“内幕消息”“稳赚不赔”“带你翻身”……你是否收到过类似字眼的短信？", "finance", "moments"],
      ["陌生链接，不要点；保本高息，不要信；借钱先交费，不要给。", "finance", "moments"],
    ] as const) {
      expect(requiredFindings(text, industry, channel), text).toEqual([]);
      expect(flaggedFindings(await checkLine(text, industry, channel)), text).toEqual([]);
    }
  });

  it("a collector who names the lender it acts for has named a brand; one who names no one has not", () => {
    expect(
      requiredFindings("您好，我们受某某小额贷款公司委托，和您沟通一笔逾期账款。", "finance", "outbound"),
    ).toContain("required.outbound_ai_disclosure:block");
    expect(requiredFindings("您好，您有一笔账款需要处理，方便聊两句吗？", "finance", "outbound")).toContain(
      "required.outbound_opening:block",
    );
  });

  it("a verdict on a scam, and a claim an expert says has no ground, are no claims", async () => {
    const verdict = await checkLine("凡是承诺“稳赚”的投资，绝对是骗局。", "finance");
    expect(ruleIds(verdict)).not.toContain("abs.absolutely");
    const debunk = await checkLine("医生提醒，吃南瓜能起到降糖的效果这一说法没有依据。", "food_beverage");
    // held up as a warning the hit is advice (warn), never a flag
    expect(flaggedFindings(debunk).map((finding) => finding.rule_id)).not.toContain("med.food_function");
  });

  it("a negation reaches its own verb, not the claim after it", async () => {
    const claim = await checkLine("不用打针，这款草本喷剂可以治好鼻炎。", "retail");
    expect(ruleIds(claim)).toContain("med.disease_claim");
    const claim2 = await checkLine("不打针可以治好鼻炎，老顾客都说好。", "retail");
    expect(ruleIds(claim2)).toContain("med.disease_claim");
    const denial = await checkLine("任何喷剂都不能治好鼻炎，请到医院就诊。", "retail");
    expect(ruleIds(denial)).not.toContain("med.disease_claim");
  });

  it("claims in new words: a sure pass, a yearly income, a rise of tens of times, one session, a home visit", async () => {
    expect(ruleIds(await checkLine("只要背熟这本讲义，就能顺利通过。", "education"))).toContain(
      "edu.score_promise",
    );
    expect(ruleIds(await checkLine("零基础学剪辑，教你年入百万。", "education"))).toContain(
      "fin.earning_figure",
    );
    expect(ruleIds(await checkLine("这枚纪念币以后能涨上百倍。", "retail"))).toContain("fin.appreciation");
    expect(ruleIds(await checkLine("艾灸调理，做一次就见效。", "beauty"))).toContain("med.cure_guarantee");
    expect(
      ruleIds(await checkLine("这周我们的人会去你单位收款，你自己看着办。", "finance", "private")),
    ).toContain("har.threat");
  });

  it("their look-alikes stay clean", async () => {
    expect(ruleIds(await checkLine("只要按时完成作业，就能跟上课堂进度。", "education"))).not.toContain(
      "edu.score_promise",
    );
    expect(ruleIds(await checkLine("感谢大家，今年门店营业额涨了两倍。", "retail"))).not.toContain(
      "fin.appreciation",
    );
    expect(ruleIds(await checkLine("欢迎来我们店里坐坐，新品已到。", "retail", "private"))).not.toContain(
      "har.threat",
    );
  });

  it("rumours refuted, public-health advice and numbered names are no claims", async () => {
    const rumour = await checkLine(
      "传言：喝醋能软化血管。真相：醋不能软化血管，目前缺乏科学依据，血管问题请遵医嘱。",
      "food_beverage",
    );
    expect(flaggedFindings(rumour)).toEqual([]);
    const vaccine = await checkLine("疾控提醒：按时接种疫苗是预防麻疹最有效的办法。", "medical");
    expect(flaggedFindings(vaccine)).toEqual([]);
    const school = await checkLine("城东第一驾校本周六加开夜间练车班。", "education");
    expect(ruleIds(school)).not.toContain("abs.first");
  });

  it("a bank's notices and a lesson that insurance is not savings owe no disclosure", () => {
    for (const [text, industry, channel] of [
      ["【某银行】因系统升级，本周日凌晨暂停受理转账业务，给您带来不便敬请谅解。", "finance", "sms"],
      ["本行未与任何贷款中介合作，办理贷款请到本行网点。", "finance", "moments"],
      ["【某银行】本行不会主动通过短信发送网银登录链接，请勿点击陌生链接。", "finance", "sms"],
      ["保险的本质是保障，不是储蓄，也不是拿来理财的。", "insurance", "moments"],
    ] as const) {
      expect(requiredFindings(text, industry, channel), text).toEqual([]);
    }
  });

  it("a lender denying that 'sure loan' services exist promises nothing; a broker offering one does", async () => {
    const denial = await checkLine(
      "本平台不存在任何收取费用代办“保证下款、提高额度”等服务。",
      "finance",
      "private",
    );
    expect(ruleIds(denial)).not.toContain("fin.loan_promise");
    const offer = await checkLine("交了服务费，保证下款，额度还能提高。", "finance", "private");
    expect(ruleIds(offer)).toContain("fin.loan_promise");
  });

  it("a sound-alike inside ordinary words is those words; standing alone it is still an evasion", async () => {
    const notice = await checkLine("请各科室按照通知精神要求安排假期门诊。", "medical");
    expect(ruleIds(notice)).not.toContain("med.cure_guarantee");
    const evasion = await checkLine("祖传神要，三天见好。", "retail");
    expect(ruleIds(evasion)).toContain("med.cure_guarantee");
  });

  it("legal terms, official designations and statutory warnings are no claims and owe nothing more", async () => {
    expect(ruleIds(await checkLine("本行保留按其绝对酌情权调整活动规则的权利。", "finance"))).not.toContain(
      "abs.absolutely",
    );
    expect(
      ruleIds(await checkLine("我院是国家级爱婴医院，欢迎准妈妈参加孕妇课堂。", "medical")),
    ).not.toContain("abs.national");
    expect(
      requiredFindings("私人贷款，快速审批。忠告：借钱梗要还，咪俾钱中介。", "finance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("新手出借满额度送好礼。网贷有风险，出借需谨慎。", "finance", "moments")).toEqual(
      [],
    );
  });

  it("a risk questionnaire's options quote guarantees to ask, not to promise; a salesman's word still promises", async () => {
    const questionnaire = await checkLine(
      "第8题：以下几个投资品种，您会选择哪一个？A 本金保证，年化收益在0-4%之间；B 可能亏损20%，也可能盈利30%。",
      "finance",
      "private",
    );
    expect(flaggedFindings(questionnaire).map((finding) => finding.rule_id)).not.toContain(
      "fin.yield_promise",
    );
    const pitch = await checkLine("这款产品本金保证，每年稳拿4%。", "finance", "private");
    expect(ruleIds(pitch)).toContain("fin.yield_promise");
  });

  it("a hospital's debunk quotes the cure it refutes", async () => {
    const debunk = await checkLine(
      "流言：某某泡脚方能根治糖尿病。真相：糖尿病需要长期规范治疗，请遵医嘱。",
      "medical",
    );
    expect(flaggedFindings(debunk).map((finding) => finding.rule_id)).not.toContain("med.cure_guarantee");
  });

  it("near misses of the new patterns stay clean (review of round 17)", async () => {
    const ids = async (text: string, industry: string, channel = "moments") =>
      flaggedFindings(await checkLine(text, industry, channel)).map((finding) => finding.rule_id);
    // a product said not to help an illness
    expect(await ids("这款茶对感冒没有效果，生病请及时就医。", "food_beverage")).not.toContain(
      "med.disease_audience",
    );
    // a quantity that is not a price
    expect(await ids("这几年门店的会员人数翻了5倍。", "retail")).not.toContain("fin.appreciation");
    // 通过 as "through"
    expect(await ids("只需出示会员码，即可通过闸机入场。", "retail")).not.toContain("edu.score_promise");
    // a sales visit
    expect(await ids("下周我们去您公司拜访，顺便带上新品样册。", "retail", "private")).not.toContain(
      "har.threat",
    );
    // a refund, and a loan not promised
    expect(await ids("退款保证2小时内到账。", "finance", "private")).not.toContain("fin.loan_promise");
    expect(await ids("我们不承诺一定能下款，以审批结果为准。", "finance", "private")).not.toContain(
      "fin.loan_promise",
    );
    // a pillow, and exercise
    expect(await ids("睡了这个枕头不疼不痒，一觉到天亮。", "retail")).not.toContain("med.symptom_relief");
    expect(await ids("坚持锻炼三个月，腰不疼了。", "retail")).not.toContain("med.symptom_relief");
  });

  it("a negated guarantee or a cure no medicine gives stays negated; only what a product spares ends the scope", async () => {
    const ids = async (text: string) =>
      flaggedFindings(await checkLine(text, "retail")).map((finding) => finding.label);
    expect(await ids("目前还没有药物能治愈糖尿病，请遵医嘱。")).not.toContain("medical_claim");
    expect(await ids("不吃药也能治好鼻炎，老顾客都说好。")).toContain("medical_claim");
  });

  it("warning cues need their noun: asking whether the reader got our brochure is no warning", async () => {
    const pitch = await checkLine(
      "您是否收到我们寄出的产品资料？这款理财保本保息，稳赚不赔。",
      "finance",
      "private",
    );
    expect(flaggedFindings(pitch).map((finding) => finding.rule_id)).toContain("fin.guarantee");
  });

  it("a seller's own staff promising is selling; a collector entrusted by no company named hides the brand", () => {
    expect(
      requiredFindings("我们业务人员承诺：低息贷款，当天放款，欢迎咨询。", "finance", "moments"),
    ).toContain("required.loan_disclosure:block");
    expect(
      requiredFindings("你好，我们受朋友委托，和你谈谈欠款的事，方便吗？", "finance", "outbound"),
    ).toContain("required.outbound_opening:block");
  });
});
