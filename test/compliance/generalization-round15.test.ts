// Kinds of real copy the engine misread in round 15 (r46 and r48 to r51, sets of published wording kept outside
// the repository): a bank's notice that a product has matured and paid out, blocked for the risk line an advert
// owes; anti-fraud notices held as adverts because they name the link not to click or the fees never charged;
// numbered hospitals and schools read as "number one"; and promises no rule knew the words of (score-guarantee
// classes, predicted questions, threats of violence or prison, loans without proof of income, efficacy asserted
// in general words, organs repaired by food). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedFindings, requiredFindings, ruleIds } from "./fixtures.ts";

describe("generalization fixes (round 15)", () => {
  it("a report that a product matured and paid out owes no risk line", () => {
    expect(
      requiredFindings(
        "安享12号已于2026年6月30日到期，实际年化收益率2.95%，本金和收益已全额兑付到您的账户。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      requiredFindings("收益计算方式：到期收益=本金×实际年化收益率×持有天数÷365。", "finance", "group"),
    ).toEqual([]);
  });

  it("a payout report that sells the next issue still owes it", () => {
    expect(
      requiredFindings(
        "安享12号已于6月30日到期兑付，实际年化收益率2.95%，新一期起购1万元。",
        "finance",
        "moments",
      ),
    ).toEqual(["required.risk_warning:block"]);
    expect(requiredFindings("上一期实际年化收益率4.6%，本期火热认购中。", "finance", "moments")).toEqual([
      "required.risk_warning:block",
    ]);
  });

  it("an organ repaired or protected by a food is a claim of Article 17 without any disease named", async () => {
    for (const text of [
      "蛋清里的优质蛋白对肝脏组织损伤有修复作用，早餐来两个。",
      "这款富硒米可以保护胰岛细胞，家里老人都换成它了。",
      "喝了一个月酵素，肠胃问题一扫光。",
    ]) {
      const verdict = await checkLine(text, "food_beverage");
      expect(ruleIds(verdict)).toContain("med.organ_repair");
    }
  });

  it("a health food's registered wording and a medicine's own copy are not held by it", async () => {
    const registered = await checkLine("本品对化学性肝损伤有辅助保护功能。本品不能代替药物。", "health_food");
    expect(ruleIds(registered)).not.toContain("med.organ_repair");
    const medicine = await checkLine("本品用于保护胃黏膜，请按说明书使用。", "pharma");
    expect(ruleIds(medicine)).not.toContain("med.organ_repair");
  });

  it("an anti-fraud notice that names the link not to click or the fees never charged is not an advert", () => {
    expect(
      requiredFindings("请勿轻易点击陌生短信里的链接，银行客服电话请通过官网查询后核实。", "finance", "sms"),
    ).toEqual(["required.sms_signature:warn"]);
    expect(
      requiredFindings(
        "本公司放款前不会以任何名义收取保证金、解冻费，请勿向个人账户转账。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("稳盈3号的本金和收益已于5月8日全额兑付，特此公告。", "finance", "sms")).toEqual([
      "required.sms_signature:warn",
    ]);
    // a lender that boasts of charging nothing and asks the reader to get in touch is selling
    expect(requiredFindings("不收任何前期费用，额度最高20万，私信我办理。", "finance", "moments")).toContain(
      "required.loan_disclosure:block",
    );
  });

  it("a hospital or a school numbered in its name is no superlative; a lie called 100% one is no promise", async () => {
    const hospital = await checkLine("市第一人民医院：元旦假期门诊停诊两天，急诊照常。", "medical", "group");
    expect(ruleIds(hospital)).not.toContain("abs.first");
    const claim = await checkLine("本市排名第一的口腔医院，种牙就来我们这。", "medical", "moments");
    expect(ruleIds(claim)).toContain("abs.first");
    const lie = await checkLine("说破产了还能照常贷款买房的，都是百分之百的谎言。", "finance", "moments");
    expect(ruleIds(lie)).not.toContain("abs.hundred_percent");
  });

  it("score-guarantee classes, predicted questions and insiders are education promises", async () => {
    for (const text of [
      "英语120分保分班开课了，另有考前押题冲刺营。",
      "复试题就是导师自己出题，还怕押不中？",
      "交齐费用，保证让孩子的美术联考过专业合格线。",
      "差两分我们也全额退费，放心报。",
      "强基计划直通车，直达20所985。",
      "我们跟招生办老师说得上话，名额好办。",
      "不用考试，我们帮你拿到国家承认的本科学历。",
    ]) {
      const verdict = await checkLine(text, "education", "private");
      expect(ruleIds(verdict), text).toContain("edu.score_promise");
    }
    const honest = await checkLine("我们不做保分班，也不押题，课程按考纲安排。", "education", "private");
    expect(ruleIds(honest)).not.toContain("edu.score_promise");
  });

  it("threats of violence or of prison are harassment; a warning that quotes them is not", async () => {
    const violence = await checkLine("再拖着不还，小心你全家一起躺进棺材。", "finance", "sms");
    expect(ruleIds(violence)).toContain("har.threat");
    const prison = await checkLine("你名下欠款已转司法，如不在今天处理将面临拘留。", "finance", "sms");
    expect(ruleIds(prison)).toContain("har.threat");
    const warning = await checkLine("警惕冒充法院的短信：骗子常说如不立即转账将面临拘留。", "finance", "sms");
    expect(ruleIds(warning)).not.toContain("har.threat");
  });

  it("loans without proof of income and a bad record waved away by a car dealer are loan promises", async () => {
    const proof = await checkLine("免收入证明，极速审批，当天到账。", "finance", "moments");
    expect(ruleIds(proof)).toContain("fin.loan_promise");
    const dealer = await checkLine("征信有问题也不要紧，我们店里能帮你把车贷办下来。", "auto", "private");
    expect(ruleIds(dealer)).toContain("fin.loan_promise");
  });

  it("efficacy asserted in general words and scar removal by a cosmetic are claims", async () => {
    const efficacy = await checkLine("这款理疗仪对关节炎、腰肌劳损都有很好的疗效。", "medical", "group");
    expect(ruleIds(efficacy)).toContain("med.efficacy_assertion");
    const honest = await checkLine("治疗方案因人而异，本院不承诺疗效。", "medical", "group");
    expect(ruleIds(honest)).not.toContain("med.efficacy_assertion");
    const scar = await checkLine("这支精华祛疤效果看得见。", "beauty", "moments");
    expect(ruleIds(scar)).toContain("med.scar_claim");
  });

  it("a bank's alert on the customer's own card is a notice, not a promise or an advert", async () => {
    const credit = await checkLine(
      "您尾号6612的借记卡3月2日14:05收入(转账)2,500.00元，余额8,431.20元。【某某银行】",
      "finance",
      "sms",
    );
    expect(credit.verdict).toBe("pass");
    expect(
      requiredFindings(
        "您尾号8830信用卡5月6日消费42.00元，当前可用额度9958.00元。【某某银行】",
        "finance",
        "sms",
      ),
    ).toEqual([]);
    // an alert that sells an instalment plan through a link is selling
    expect(
      requiredFindings(
        "您尾号8830信用卡可用额度已提升至5万元，点击链接领取专享分期。【某某银行】",
        "finance",
        "sms",
      ),
    ).toContain("required.loan_disclosure:block");
    expect(
      requiredFindings("【某某医院】您已预约12月3日上午心内科门诊第8号，请携带医保卡。", "medical", "sms"),
    ).toEqual([]);
  });

  it("a regulator's report listing the cures it punished claims none of them", async () => {
    const report = await checkLine(
      "卫生局查获网店售卖的磁石手环宣称能治疗失眠、预防中风，已违反相关法规，依法罚款。",
      "retail",
      "moments",
    );
    // its rule hits are left to the reviewer as advice (warn), and nothing blocks
    expect(flaggedFindings(report)).toEqual([]);
    const advert = await checkLine(
      "我们从不做虚假宣传，这款磁石手环能治疗失眠、预防中风。",
      "retail",
      "moments",
    );
    expect(advert.findings.map((finding) => finding.label)).toContain("medical_claim");
  });

  it("lowered disease risk, weight lost by the week and firsts in history are claims", async () => {
    const risk = await checkLine("每天一粒，降低老年人视网膜病变的风险。", "health_food", "moments");
    expect(risk.findings.map((finding) => finding.label)).toContain("medical_claim");
    const weight = await checkLine("连续吃6周，体脂肪减少了12%。", "health_food", "moments");
    expect(weight.findings.map((finding) => finding.label)).toContain("medical_claim");
    const first = await checkLine("史上第一款获批的减重代餐。", "food_beverage", "moments");
    expect(first.findings.map((finding) => finding.label)).toContain("absolute");
  });

  it("seizure threats, leaked papers, loans without conditions; a cooling-off refund is a right", async () => {
    const seizure = await checkLine("再不还，下周就去把你家的房子贴封条。", "finance", "sms");
    expect(ruleIds(seizure)).toContain("har.threat");
    const papers = await checkLine("出售今年教师资格证考试真题答案，需要的加QQ。", "education", "sms");
    expect(ruleIds(papers)).toContain("edu.score_promise");
    const warning = await checkLine("网上叫卖真题答案的都是骗局，请勿购买。", "education", "moments");
    expect(ruleIds(warning)).not.toContain("edu.score_promise");
    for (const text of ["您好，我行给您授信20万备用金。", "资质不符合的也能办，我们有银行内部合作渠道。"]) {
      const loan = await checkLine(text, "finance", "private");
      expect(ruleIds(loan), text).toContain("fin.loan_promise");
    }
    const right = await checkLine("温馨提示：犹豫期内您可无条件退保，保费全额退还。", "insurance", "moments");
    expect(ruleIds(right)).not.toContain("ins.misleading");
  });

  it("an official title conferred is a fact; the same grade claimed of a product is not", async () => {
    // guards the honours exception (the claim model happened to dismiss most such titles already)
    const title = await checkLine(
      "我们厂今年入选“国家级专精特新小巨人企业”名单。",
      "manufacturing",
      "moments",
    );
    expect(ruleIds(title)).not.toContain("abs.national");
    const grade = await checkLine("国家级工艺，品质看得见。", "manufacturing", "moments");
    expect(ruleIds(grade)).toContain("abs.national");
  });

  it("payout reports, risk ratings and standard risk lines in other words are disclosures", () => {
    for (const text of [
      "该产品已到期，到期后年化净收益率为4.05%（已扣除相关费用）。",
      "我行此前发售的稳享7号已于9月1日到期，产品实际年化收益率：2.70%。",
      "产品评级：R2、中低风险；本产品不提供保本承诺以外的任何收益保证。",
      "投资涉及风险，请仔细阅读销售文件；过往数字并非未来表现的指标。",
    ]) {
      expect(requiredFindings(text, "finance", "group"), text).toEqual([]);
    }
  });

  it("a warning that ends by telling the reader to beware, or a list of false claims, makes none of them", async () => {
    const beware = await checkLine("凡是跟您说保本高息的“理财顾问”，您可得小心。", "finance", "private");
    expect(flaggedFindings(beware)).toEqual([]);
    const list = await checkLine(
      "治疗高血压、预防中风之类的说法，均属于保健食品常见的虚假宣传用语。",
      "health_food",
    );
    expect(flaggedFindings(list)).toEqual([]);
  });

  it("包过 in a loan advert promises approval; in a school's it is the exam promise", async () => {
    const loan = await checkLine("不看抵押，低息，包过！", "finance", "moments");
    expect(ruleIds(loan)).toContain("fin.loan_promise");
    const school = await checkLine("报我们的班包过，不过退费。", "education", "moments");
    expect(ruleIds(school)).not.toContain("fin.loan_promise");
    expect(school.verdict).toBe("block");
  });
});
