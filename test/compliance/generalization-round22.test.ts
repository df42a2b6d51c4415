// Claims that round 22's published text made in words the rules had no pattern for, and the notices, creeds and
// numbered lists they mistook for claims. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, flaggedAs, requiredFindings, ruleIds } from "./fixtures.ts";

describe("claims made without the usual terms (round 22)", () => {
  it("a seller that calls itself the most of its kind is absolute, a goal or a reader's taste is not", async () => {
    for (const text of [
      "我们是本省最大的二手车置换公司之一",
      "全城最受宝妈信赖的母婴连锁门店",
      "被誉为最有口碑的家装品牌",
    ]) {
      expect(ruleIds(await checkLine(text, "retail")), text).toContain("abs.superlative_seller");
    }
    for (const text of [
      "我们的目标是成为最受信赖的家装品牌",
      "挑一家离您最近的门店就好",
      "有人觉得收益最高才是好的平台，其实先要看资质",
    ]) {
      expect(ruleIds(await checkLine(text, "retail")), text).not.toContain("abs.superlative_seller");
    }
  });

  it("a fund's safety, a one-sided comparison with deposits, a gain the purchase must bring are finance promises", async () => {
    for (const [text, industry] of [
      ["平台五重风控，全面保障出借人资金安全", "finance"],
      ["您的本金和账户信息都绝对安全", "finance"],
      ["这款年金的结算利率年年跑赢一年期定存", "insurance"],
      ["跟着我们配置，必定为您带来可观收益", "finance"],
      ["平台所有出借标的都有合作方足额担保", "finance"],
      ["门店股金可全额退还，还能溢价转让", "retail"],
      ["老客户每年拿到分红8600元", "finance"],
    ] as const) {
      expect(await flaggedAs(text, industry, "finance_promise"), text).toBe(true);
    }
    for (const [text, industry] of [
      ["验证码就是钱，任何人索要都别给", "finance"],
      ["保险不是存款，不能拿它和定期存款比收益", "insurance"],
    ] as const) {
      expect(await flaggedAs(text, industry, "finance_promise"), text).toBe(false);
    }
    // money arriving safely is a transfer notice: the pattern stops there (the claim model still reads the clause)
    expect(ruleIds(await checkLine("资金已安全到账，请留意余额变动", "finance"))).not.toContain(
      "fin.yield_promise",
    );
  });

  it("a disclaimer of any guarantee is itself the risk line", () => {
    expect(
      requiredFindings("本公司不对出借人的本金及任何收益作出保本承诺，请自行判断", "finance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("定期理财年化收益4.5%，私聊预约", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
  });

  it("exam setters as teachers, a free repeat if not admitted, every graduate placed are education promises", async () => {
    for (const text of [
      "授课老师均为历年省考命题组专家",
      "签约班学员若未被目标院校录取，次年免费重读",
      "每位结业学员百分百安排进合作车企上岗",
      "短期提成绩，寒假见分晓",
    ]) {
      expect(await flaggedAs(text, "education", "education_promise"), text).toBe(true);
    }
    for (const text of ["本校老师与考试命题、阅卷工作无任何关联", "讲师非命题或阅卷人员，批改只作练习参考"]) {
      expect(await flaggedAs(text, "education", "education_promise"), text).toBe(false);
    }
  });

  it("diseases as the eaters a food suits, risk of disease lowered, symptoms relieved are medical claims", async () => {
    for (const [text, industry] of [
      ["本品适宜糖尿病、高血压人群长期食用", "food_beverage"],
      ["宝宝常喝这款奶粉，患湿疹的几率会低很多", "mother_baby"],
      ["精华液能舒缓晒后泛红、刺痒、脱皮等症状", "beauty"],
    ] as const) {
      expect(await flaggedAs(text, industry, "medical_claim"), text).toBe(true);
    }
    expect(
      await flaggedAs(
        "净化器改善的是室内空气，不能治疗鼻炎，有症状请及时就医",
        "manufacturing",
        "medical_claim",
      ),
    ).toBe(false);
  });

  it("a debt taken to the borrower's contacts or school is harassment; a reminder to the borrower is not", async () => {
    for (const text of [
      "您的紧急联系人李某贷款已逾期20天",
      "麻烦您转告王先生，他的借款已经逾期，尽快还款",
      "逾期超过30天，出借方有权将借款人的欠款信息向其所在学校披露",
      "出借方可把逾期情况通知借款人的工作单位",
      "群里的朋友们，看到张某记得帮忙催他还钱",
    ]) {
      expect(await flaggedAs(text, "finance", "harassment", "private"), text).toBe(true);
    }
    for (const text of [
      "这期信用卡还款已晚了3天，请尽快处理，以免影响个人征信",
      "我们不会将您的欠款信息告知您的家人或单位",
    ]) {
      expect(await flaggedAs(text, "finance", "harassment", "private"), text).toBe(false);
    }
  });
});

describe("notices, creeds and lists that are no claim (round 22)", () => {
  it("an SMS filed as outbound owes what an SMS owes, as advice, not a call's opening", () => {
    const signed = requiredFindings(
      "【城东银行】您尾号1234的账户于12月3日入账工资8000.00元，余额9012.55元。",
      "finance",
      "outbound",
    );
    expect(signed.some((finding) => finding.startsWith("required.outbound"))).toBe(false);
    expect(signed.every((finding) => finding.endsWith(":warn"))).toBe(true);
    // a call script that opens with a stage marker is still a call
    expect(
      requiredFindings("【开场白】您好，这里是贷款中心，我们有低息贷款。", "finance", "outbound"),
    ).toContain("required.outbound_opening:block");
  });

  it("a slot the caller fills with its own name names the caller", () => {
    const found = requiredFindings(
      "您好，这里是【机构名称】，您于【日期】到期的账单还有【金额】元未还，今天方便处理吗？",
      "finance",
      "outbound",
    );
    expect(found).not.toContain("required.outbound_opening:block");
    expect(
      requiredFindings("您好，您的账单还有2000元未还，今天方便处理吗？", "finance", "outbound"),
    ).toContain("required.outbound_opening:block");
  });

  it("money received on the customer's own account is an alert, not a promise", async () => {
    expect(
      await flaggedAs(
        "【城南银行】您尾号5678的账户今日收到转账3000.00元，资金已安全到账。",
        "finance",
        "finance_promise",
        "sms",
      ),
    ).toBe(false);
  });

  it("a template slot is not a script's stage marker", () => {
    expect(
      requiredFindings(
        "您好，我是城东银行的AI助手。您在【日期】的账单尚未还清，请按时处理。",
        "finance",
        "outbound",
      ),
    ).not.toContain("required.outbound_opt_out:block");
    expect(
      requiredFindings(
        "您好，我是城东银行的AI助手。【客户拒绝】那您再考虑一下，名额不多了。",
        "finance",
        "outbound",
      ),
    ).toContain("required.outbound_opt_out:block");
  });

  it("two mottos side by side are a creed, not a rank", async () => {
    expect(await flaggedAs("诚信第一，顾客至上，用心做好每一单。", "retail", "absolute")).toBe(false);
    expect(await flaggedAs("销量全国第一，顾客至上。", "retail", "absolute")).toBe(true);
  });

  it("the first of a numbered list is an ordinal", async () => {
    expect(
      await flaggedAs(
        "滤芯更换周期：第一级PP棉3个月，第二级活性炭6个月，第三级RO膜两年。",
        "manufacturing",
        "absolute",
      ),
    ).toBe(false);
    expect(
      ruleIds(await checkLine("评定分十档：第一档费率最低，第十档费率最高。", "insurance")),
    ).not.toContain("abs.first");
    expect(await flaggedAs("冲咖啡的第一道工序是温杯，让杯子受热均匀。", "food_beverage", "absolute")).toBe(
      false,
    );
    expect(await flaggedAs("我们的净水器销量第一，品质第一。", "manufacturing", "absolute")).toBe(true);
  });
});

describe("one finding per claim", () => {
  it("a seller's superlative defers to the listed term it contains, and stands where none is listed", async () => {
    const listed = ruleIds(await checkLine("稳盈60天是最好的理财产品", "finance"));
    expect(listed).toContain("abs.superlative");
    expect(listed).not.toContain("abs.superlative_seller");
    expect(ruleIds(await checkLine("全市最受宝妈信赖的母婴连锁门店", "retail"))).toContain(
      "abs.superlative_seller",
    );
  });
});
