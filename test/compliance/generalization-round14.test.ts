// Kinds of real copy the engine misread in round 14 (r37 to r39, sets of published wording kept outside the
// repository): consumer warnings that list, in quotation marks, the promises they warn against (in ‘single’
// quotes too, or further than a dozen characters into the quote) held as if they made them; a risk line or an
// SMS signature demanded of an anti-fraud warning; and a bank's or a clinic's service notice (a system upgrade,
// a closed surgery) blocked for the signature its gateway adds. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedFindings, requiredFindings } from "./fixtures.ts";

describe("generalization fixes (round 14)", () => {
  it("a warning that quotes the promises it warns against makes none of them", async () => {
    // single curly quotes are quotation marks too
    const singles = await checkLine("看到‘保本保息’‘年化20%稳赚不赔’这类宣传，不轻信。", "finance");
    expect(singles.findings.filter((finding) => finding.source === "rule")).toEqual([]);
    // a promise twenty characters into the quote is still inside it
    const long = await checkLine(
      "识别非法理财：看广告里是否含有“年年分红、月月返息、到期还本、稳赚不赔”等内容。",
      "finance",
    );
    expect(flaggedFindings(long)).toEqual([]);
    // a checklist of what illegal adverts promise is not an advert
    const list = await checkLine(
      "涉嫌非法的理财广告常见特征：一是承诺“年回报率15%以上”；二是承诺“全额本息保障”。",
      "finance",
    );
    expect(flaggedFindings(list)).toEqual([]);
  });

  it("the same promises said to the customer still block", async () => {
    const said = await checkLine("本产品年年分红、到期还本、稳赚不赔，欢迎咨询。", "finance");
    expect(said.verdict).toBe("block");
    // quoted as a slogan, with no word that disowns it, the promise is the seller's own
    const slogan = await checkLine("我们的口号是“稳赚不赔”，欢迎咨询。", "finance");
    expect(slogan.verdict).toBe("block");
  });

  it("an anti-fraud warning owes no risk line and no SMS signature block", () => {
    expect(
      requiredFindings(
        "有人拉你投资入股、说每月返息5%？多留个心眼，这很可能是骗子的圈套。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("凡是说积分可以兑换现金的短信都是骗人的，请直接删除。", "retail", "sms")).toEqual(
      ["required.sms_signature:warn"],
    );
  });

  it("a finance text whose offer words stand only in quotation marks sells nothing", () => {
    expect(
      requiredFindings("当你收到“低息贷款、当天放款”的消息时，先想一想为什么。", "finance", "moments"),
    ).toEqual([]);
    // the same words said, not quoted, are an offer that owes its disclosure
    expect(requiredFindings("低息贷款、当天放款，需要的朋友私信我。", "finance", "moments")).toEqual([
      "required.loan_disclosure:block",
    ]);
  });

  it("a bank's system upgrade or a clinic's closed surgery is a service notice", () => {
    expect(
      requiredFindings("本行将于周六凌晨进行系统升级，期间暂停网银服务，敬请谅解。", "finance", "sms"),
    ).toEqual(["required.sms_signature:warn"]);
    expect(
      requiredFindings(
        "因专家临时停诊，已预约的患者请改约其他时段，给您带来不便深表歉意。",
        "medical",
        "sms",
      ),
    ).toEqual(["required.sms_signature:warn"]);
    // a sale is still commercial
    expect(requiredFindings("系统升级完成，网银理财新客专享年化3.5%！", "finance", "sms")).toContain(
      "required.sms_signature:block",
    );
  });
});

describe("generalization fixes (round 14, after r40 and r41)", () => {
  it("a policy's own clauses are terms, not an advert owing a caution", () => {
    expect(
      requiredFindings("养老金开始领取前退保的，按合同约定退还保单的现金价值。", "insurance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("满期前身故的，返还所交保费，本保险合同终止。", "insurance", "moments")).toEqual(
      [],
    );
    // the same yield sold as an advert still owes it
    expect(requiredFindings("每年返还所交保费的5%，存十年领终身！", "insurance", "moments")).toEqual([
      "required.insurance_warning:block",
    ]);
  });

  it("a loan sold as cheap owes its annual rate in any channel", () => {
    expect(
      requiredFindings("王先生您好，我们这边有无抵押的低息贷款，您需要了解一下吗？", "finance", "outbound"),
    ).toContain("required.loan_disclosure:block");
    // an annual rate shown is the disclosure
    expect(
      requiredFindings("我们的经营贷年化4.2%起，额度以审批为准，您需要了解一下吗？", "finance", "outbound"),
    ).not.toContain("required.loan_disclosure:block");
    expect(requiredFindings("本行信用贷年化3.6%起，欢迎咨询。", "finance", "moments")).toEqual([]);
  });

  it("an aim is not a promise: a fund striving for steady growth", async () => {
    const aim = await checkLine("本基金力求实现资产的长期稳定增值，回撤控制在5%以内。", "finance");
    expect(aim.findings.filter((finding) => finding.rule_id === "fin.appreciation")).toEqual([]);
    const promise = await checkLine("这批纪念币稳定增值，错过不再有。", "finance");
    expect(promise.findings.map((finding) => finding.rule_id)).toContain("fin.appreciation");
  });

  it("a fund's objective within its risk limits is no advert owing 理财有风险", () => {
    expect(
      requiredFindings(
        "本基金在严格控制风险的前提下，力争取得超越业绩比较基准的收益。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
  });
});

describe("loan inducements in other words (round 14)", () => {
  it("an ID card as the only condition, and money 'in seconds', are loan promises", async () => {
    const idCard = await checkLine("只要一张身份证就能借，最高可借5万。", "finance", "private");
    expect(idCard.findings.map((finding) => finding.rule_id)).toContain("fin.loan_promise");
    const seconds = await checkLine("额度最高10万，审批通过秒速到账。", "finance", "private");
    expect(seconds.findings.map((finding) => finding.rule_id)).toContain("fin.loan_promise");
    // bringing the ID card to the branch is a requirement, not an inducement
    const branch = await checkLine("办理时请携带本人身份证原件到网点。", "finance", "private");
    expect(branch.findings.map((finding) => finding.rule_id)).not.toContain("fin.loan_promise");
  });
});

describe("diseases said to keep away (round 14)", () => {
  it("a disease that 'walks round' the drinker is a prevention claim", async () => {
    const claim = await checkLine("每天一杯杂粮饮，家里老人三高绕道走。", "food_beverage");
    expect(claim.findings.map((finding) => finding.rule_id)).toContain("med.disease_claim");
    const detour = await checkLine("前方道路施工，车辆请绕道走。", "retail");
    expect(detour.findings).toEqual([]);
  });
});

describe("warnings in the words of anti-fraud notices (round 14, after r42)", () => {
  it("a notice on what fraudsters promise, or telling the reader not to fall for it, makes no promise", async () => {
    const fraudsters = await checkLine(
      "不法分子常以保本高息、到期还本为说辞，诱骗老人购买所谓的养老项目。",
      "finance",
    );
    expect(flaggedFindings(fraudsters)).toEqual([]);
    const fallFor = await checkLine(
      "有人说投他的项目一年收益翻几倍？千万别当真，当真你就上当了。",
      "finance",
    );
    expect(flaggedFindings(fallFor)).toEqual([]);
    // the promise made to the reader still blocks
    const made = await checkLine("投我们的项目，一年收益翻几倍，保本高息。", "finance");
    expect(made.verdict).toBe("block");
  });
});

describe("insurance sold as savings (round 14, after r42)", () => {
  it("a policy set against the bank, or as 'illness paid, health saved', misleads", async () => {
    for (const text of [
      "这款年金险就相当于零存整取，每年分红比存定期还多。",
      "买这份保险比把钱存银行划算多了。",
      "有病治病，没病就当存钱养老，钱还能利滚利。",
    ]) {
      const verdict = await checkLine(text, "insurance", "private");
      expect(verdict.findings.map((finding) => finding.rule_id)).toContain("ins.misleading");
    }
    // saying what a policy is not, or what it protects, is no comparison of yields
    for (const text of ["保险不是存款，收益不能和存款比较。", "重疾险的保障比存款更重要。"]) {
      const verdict = await checkLine(text, "insurance", "private");
      expect(verdict.findings.map((finding) => finding.rule_id)).not.toContain("ins.misleading");
    }
  });
});

describe("disclosures in other words (round 14, after r45)", () => {
  it("a denied implication is no promise: 不表示绝无风险, 不保证最低收益", async () => {
    const disclaimer = await checkLine("本基金经监管机构注册，惟不表示本基金保本保息。", "finance");
    expect(disclaimer.findings.filter((finding) => finding.source === "rule")).toEqual([]);
  });

  it("risk headings, the APR under its Taiwan name and a non-participating policy are the disclosures owed", () => {
    expect(
      requiredFindings("信用风险：高收益债券的发行人可能违约，不付本金或利息。", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings("贷款金额30万元，贷款期间3年，总费用年百分率3.1%~6.9%。", "finance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("本保险为不分红保险，不参加红利分配。", "insurance", "moments")).toEqual([]);
    // a regulator's note on inflated or confused yields quotes them to ban them
    expect(
      requiredFindings(
        "夸大收益、把保险和理财产品混淆，如宣传“保本保息”“复利滚存”等。",
        "insurance",
        "moments",
      ),
    ).toEqual([]);
    // a consumer-education line on sales talk is a warning too
    expect(
      requiredFindings("理专主打“保本”的话术时，不妨问一句：中途赎回的费用怎么算？", "finance", "moments"),
    ).toEqual([]);
  });
});

// Adverts the genre rules above must not let through (an independent review of round 14 found each of these
// passing or downgraded before the fix): a seller's boast uses the warning words of a warning.
describe("what the genre rules must not let through (round 14 review)", () => {
  const blocks = async (text: string, industry: string, channel = "moments") =>
    (await checkLine(text, industry, channel)).verdict;

  it("a boast of honesty is no warning: the advert still owes and still blocks", async () => {
    expect(
      requiredFindings("我们从不夸大收益：稳盈理财年化8%，限时抢购，私信我！", "finance", "moments"),
    ).toContain("required.risk_warning:block");
    expect(requiredFindings("老王卖理财不骗人，年化8%，名额有限，私信我！", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
    expect(await blocks("我们从不夸大，“保本保息、稳赚不赔”白纸黑字写进合同！", "finance", "private")).toBe(
      "block",
    );
    expect(await blocks("告别虚假承诺，我们说到做到：“稳赚不赔”。", "finance", "private")).toBe("block");
    expect(await blocks("买理财最怕上当？选我们，保本保息，年化12%，稳赚不赔！", "finance")).toBe("block");
    expect(await blocks("不玩话术，我们的产品就是保本保息，年化10%。", "finance")).toBe("block");
  });

  it("an offer in a notice's or a warning's words still owes its disclosures", () => {
    expect(
      requiredFindings("当心额度过期！您的公积金信用贷最高30万，点击 dwz.cn/a1 立即申请", "finance", "sms"),
    ).toContain("required.sms_signature:block");
    expect(
      requiredFindings("系统升级完成，网银理财新客专享年化3.5%，加微信了解。", "finance", "moments"),
    ).toContain("required.risk_warning:block");
    expect(requiredFindings("投资风险：极低。年化6%，加微信了解。", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
    expect(
      requiredFindings("信用贷额度最高20万，综合利率：0.6%/月，当天放款，加微信了解。", "finance", "moments"),
    ).toContain("required.loan_disclosure:block");
    // a quoted product name is the product, not a report of what others say
    expect(requiredFindings("“安居房贷”限时办理中，详询客户经理", "finance", "moments")).toContain(
      "required.loan_disclosure:block",
    );
    expect(
      requiredFindings("不分红也能年年领钱，每年返还保费5%，存十年领终身！", "insurance", "moments"),
    ).toContain("required.insurance_warning:block");
    expect(
      requiredFindings(
        "增额终身寿，复利3.0%锁定终身，按合同约定随时领钱，私我做方案！",
        "insurance",
        "moments",
      ),
    ).toContain("required.insurance_warning:block");
  });

  it("a denial reaches only what it touches; an unclosed or English quote quotes nothing", async () => {
    expect(await blocks("高血压不等于终身服药 中药调理彻底根治", "medical")).toBe("block");
    expect(await blocks("我们绝不夸大，口号就是“保本保息，稳赚不赔", "finance", "private")).toBe("block");
    expect(await blocks("市面上非法产品太多，let's 坚持喝半年，三高全跑光", "health_food", "private")).toBe(
      "block",
    );
  });

  it("the new patterns stay on their claims", async () => {
    const rules = async (text: string, industry: string) =>
      (await checkLine(text, industry, "private")).findings.map((finding) => finding.rule_id);
    expect(await rules("办理贷款请拿身份证到网点申请。", "finance")).not.toContain("fin.loan_promise");
    expect(await rules("这款产品收益不一定比定期高，请谨慎选择。", "insurance")).not.toContain(
      "ins.misleading",
    );
    expect(await rules("老人有慢性病，没了医保报销负担很重。", "insurance")).not.toContain(
      "med.disease_claim",
    );
  });
});
