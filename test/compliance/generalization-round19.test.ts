// Kinds of claim that recur across rounds of published wording and that no rule read in the words used. Credit
// pushed at someone who never applied (已授信您, 一笔备用金就要到期, 系统给到您的额度), money promised fast in
// plain words (快速放款, 即刻到账, 一周到账), and the capital said to be beyond loss (资金万无一失, 本金原数退还).
// Their look-alikes are what a lender or a bank really sends: a repayment reminder, an approval after an
// application, a security notice, a payout report; and a warning that describes a scam's words. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings, ruleIds } from "./fixtures.ts";

describe("claims that recur in published wording (round 19)", () => {
  it("credit pushed at someone who never applied is a loan promise", async () => {
    for (const text of [
      "王女士您好，本行已授信您个人消费贷款额度20万元，随借随还",
      "您名下有一笔15万元的备用金就要到期了，过期作废，请尽快激活",
      "客户您好，我司可为您提供一笔8万元周转金，如需办理请回电",
      "系统给到您的额度是12万，今天就能提款",
      "现在经济政策放宽，您这种情况贷个30万元基本没问题",
    ]) {
      expect(ruleIds(await checkLine(text, "finance", "sms")), text).toContain("fin.loan_promise");
    }
  });

  it("a repayment reminder, an approval after an application and a card notice are no pushed credit", async () => {
    for (const text of [
      "【某银行】您有一笔备用金借款将于本月20日到期，请按时还款，如已还款请忽略",
      "您提交的消费贷款申请已审核通过，授信额度5万元，年化利率以合同为准",
      "您的信用卡本期账单已出，应还金额1280元，还款日为8日",
    ]) {
      expect(ruleIds(await checkLine(text, "finance", "sms")), text).not.toContain("fin.loan_promise");
    }
  });

  it("money promised fast in plain words is a loan promise", async () => {
    for (const text of [
      "小额贷款，手续简单，快速放款",
      "借款资料提交后，审核完成即刻到账",
      "50万经营贷，一周到账，不收前期费用",
      "工薪族特快借贷，资料齐全当天可办",
    ]) {
      expect(ruleIds(await checkLine(text, "finance")), text).toContain("fin.loan_promise");
    }
    // a lender telling a borrower when money already lent will land is a notice (r92's first run)
    expect(
      ruleIds(await checkLine("您的借款已发放，预计5分钟内到账，请留意银行卡通知", "finance", "sms")),
    ).not.toContain("fin.loan_promise");
    // speed that is not a loan's: a refund or a claim paid
    for (const text of ["退货审核通过后，退款将快速到账", "小额理赔资料齐全即可快速到账"]) {
      expect(ruleIds(await checkLine(text, "retail")), text).not.toContain("fin.loan_promise");
    }
  });

  it("the capital said to be beyond loss is a guarantee", async () => {
    for (const text of [
      "每个项目都有第三方担保，投资人的资金万无一失",
      "交满五年，本金原数退还，每年另有分红",
      "平台承诺本金的完全偿付，收益按月发放",
    ]) {
      expect(ruleIds(await checkLine(text, "finance")), text).toContain("fin.guarantee");
    }
    // a security notice guards the money from fraud, it promises no return
    expect(
      ruleIds(await checkLine("请勿向陌生人透露验证码，保护您的账户资金安全", "finance", "sms")),
    ).not.toContain("fin.guarantee");
  });

  it("returns sold as extraordinary are a yield promise; a warning about them is not", async () => {
    expect(ruleIds(await checkLine("投这个项目，两年收回本金，还有超高回报", "finance"))).toContain(
      "fin.guarantee",
    );
    expect(
      (await checkLine("凡是宣称超高回报的投资项目，都要多留个心眼，谨防非法集资", "finance")).verdict,
    ).toBe("pass");
  });

  it("a warning that describes what scammers call things owes no loan disclosure", () => {
    for (const text of [
      "网上根本没有所谓“征信修复”服务，按时还清贷款就不会留下不良记录。",
      "不法分子常以“低息贷款”为诱饵，诱导学生办理借款后收取各种费用。",
      "搜索借钱时，常会看到“当天放款”“免审核”这类很吸引人的文案，多数是陷阱。",
    ]) {
      expect(requiredFindings(text, "finance", "group"), text).toEqual([]);
    }
  });

  it("a loan approval the applicant asked for is a notice, not an offer", () => {
    expect(
      requiredFindings("您提交的借款申请已审核通过，额度{0}元，请在APP内确认。", "finance", "sms"),
    ).toEqual(["required.sms_signature:warn"]);
  });

  it("a report of a matured product's actual yield is no expected-yield promise", async () => {
    expect(
      ruleIds(
        await checkLine(
          "第12期理财已到期，年化预期收益率3.6%，实际收益率3.6%，实际天数91天。",
          "finance",
          "group",
        ),
      ),
    ).not.toContain("fin.expected_yield");
  });

  it("a collector naming the police, accusing the family or threatening a public blacklist is a threat", async () => {
    for (const text of [
      "我方法务已上门取证，请今天之内联系处理",
      "你拖着不还，你家属有包庇嫌疑，后果自负",
      "再拖下去就把你上传到老赖名单里",
    ]) {
      expect(ruleIds(await checkLine(text, "finance", "sms")), text).toContain("har.threat");
    }
    for (const text of [
      "如遇冒充公安执法人员上门取证要求转账的，请立即报警",
      "担保人依合同约定对借款承担连带责任",
      "法院依法将拒不履行判决的被执行人纳入失信被执行人名单",
    ]) {
      expect(ruleIds(await checkLine(text, "finance", "group")), text).not.toContain("har.threat");
    }
  });

  it("credit dressed as money already paid in, speed past any check or an approval rate sold is a loan promise", async () => {
    for (const text of [
      "您的3000元借款额度已到账，完善资料即可提取",
      "老用户额度秒提2000，下款转瞬即到",
      "新客专享审批加速，通过率高达95%",
      "注册就送免还券，借钱不用还",
    ]) {
      expect(ruleIds(await checkLine(text, "finance", "sms")), text).toContain("fin.loan_promise");
    }
    // the loan itself paid out, and a pass rate of an exam, are no loan promise
    expect(ruleIds(await checkLine("您的借款已到账，请按合同约定按时还款", "finance", "sms"))).not.toContain(
      "fin.loan_promise",
    );
  });

  it("the very exam question said to have been hit is an education promise; covering topics is not", async () => {
    for (const text of ["李老师曾押中2019年真题两道大题", "名师押中去年联考作文题，今年继续押"]) {
      expect(ruleIds(await checkLine(text, "education")), text).toContain("edu.score_promise");
    }
    expect((await checkLine("考前模拟卷覆盖了大部分考点", "education")).verdict).toBe("pass");
  });

  describe("an independent review's near misses", () => {
    it("ordinary notices that share a word with pushed credit, speed or a threat stay clean", async () => {
      for (const [text, industry, channel, rule] of [
        ["这台二手车保养记录齐全，再开10万公里基本没问题。", "auto", "moments", "fin.loan_promise"],
        [
          "【某银行】根据您的申请，我行已授信您经营贷款额度50万元，请登录网银查看。",
          "finance",
          "sms",
          "fin.loan_promise",
        ],
        ["本次活动给到您的补贴额度为200元，下单时自动抵扣。", "retail", "moments", "fin.loan_promise"],
        ["您申请的一笔2万元备用金已发放至尾号1234的银行卡。", "finance", "sms", "fin.loan_promise"],
        [
          "【某银行】您有一笔5000元备用金将于6月1日到期，届时将从尾号1234账户自动扣款。",
          "finance",
          "sms",
          "fin.loan_promise",
        ],
        ["您的贷款已审批通过，资金将在3个工作日内到账。", "finance", "sms", "fin.loan_promise"],
        ["若借款人意外身故，剩余贷款由保险公司代为偿还。", "finance", "group", "fin.loan_promise"],
        ["今年普惠小微贷款申请通过率为82%。", "finance", "group", "fin.loan_promise"],
        ["【某商城】订单取消成功，您支付的资金将如数退还至原支付账户。", "retail", "sms", "fin.guarantee"],
        ["买理财本金一定能收回吗？答案是否定的。", "finance", "group", "fin.guarantee"],
        ["超高回报的背后往往藏着高风险。", "finance", "group", "fin.guarantee"],
        ["如仍未还款，我方律师将依法向人民法院提起诉讼。", "finance", "sms", "har.threat"],
        ["市中级人民法院今日公布第三批失信人员名单。", "finance", "group", "har.threat"],
        [
          "如果您收到自称律师的催收短信，说要把您上传到老赖名单，请立即报警。",
          "finance",
          "sms",
          "har.threat",
        ],
        ["本周六辖区民警将上门核查出租屋住户信息。", "retail", "moments", "har.threat"],
        ["多家机构称押中作文题，教育部门提醒勿信。", "education", "group", "edu.score_promise"],
        ["本次试题命中率的说法并无依据。", "education", "group", "edu.score_promise"],
      ] as const) {
        // a warning's hit may stay as advice (a warn); it must not block
        const blocking = (await checkLine(text, industry, channel)).findings.filter(
          (finding) => finding.rule_id === rule && finding.severity === "block",
        );
        expect(blocking, text).toEqual([]);
      }
    });

    it("an expected yield with only a disclaimer beside it is still an expected-yield promise", async () => {
      expect(
        ruleIds(
          await checkLine(
            "该产品预期年化收益率4.5%，实际收益以产品实际运作情况为准，理财有风险。",
            "finance",
          ),
        ),
      ).toContain("fin.expected_yield");
    });
  });
});
