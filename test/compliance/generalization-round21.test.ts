// Claims that round 20's published text made in words the rules had no pattern for: an investment sold as safe and
// earning, superlatives that need no 最 (a title, a group's first choice, a letter for 最), a job or a quick rise in
// marks promised by a school, a food that acts on the body, and a collector who shames or goes to the family.
// Their look-alikes are what banks, funds, schools, shops and debunking posts really write. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import {
  checkLine,
  flaggedAs,
  flaggedFindings,
  requiredFindings,
  ruleBlocksLine,
  ruleIds,
} from "./fixtures.ts";

describe("claims made without the usual terms (round 21)", () => {
  it("an investment sold as safe with a steady or high return is a finance promise", async () => {
    for (const text of [
      "平台资金安全可靠，而且收益稳定，适合上班族",
      "这款理财门槛低、安全放心、收益高",
      "把闲钱出借给优质借款人，获得稳定、安全的资金回报",
      "专业投研团队为您赚钱",
      "为什么说在我们平台投资是安全的？",
      "我们为客户提供高收益的理财产品",
    ]) {
      expect(ruleIds(await checkLine(text, "finance")), text).toContain("fin.safe_return");
    }
  });

  it("an aim, a warning and investor education are not", async () => {
    for (const text of [
      "本基金力争获得稳健回报，理财有风险，投资需谨慎",
      "追求长期稳定的收益，但不保证本金",
      "警惕以高收益为诱饵的非法集资",
      "高收益往往伴随高风险，投资前请评估自己的承受能力",
      "我们无法保证为您赚钱，过往业绩不代表未来表现",
    ]) {
      expect(await flaggedAs(text, "finance", "finance_promise"), text).toBe(false);
    }
  });

  it("a title, a group's first choice, a letter for 最 and a self-declared 最 are superlatives", async () => {
    for (const text of [
      "这款黑米是杂粮之王，煮粥特别香",
      "宝妈首选的婴儿洗衣液",
      "地表Z强的保湿精华",
      "我们是您最可靠的包装供应商",
      "这台净水器是您家里不二的选择",
      "匠心工艺，品质首屈一指",
    ]) {
      expect(await ruleBlocksLine(text, "retail", "absolute"), text).toBe(true);
    }
  });

  it("a beast's title, a debunked nickname and an ordinary 最 are not", async () => {
    for (const text of [
      "带孩子去动物园看看百兽之王",
      "谣言：椰子水是\u201c水果之王\u201d，能降血压。真相：它只是一种饮料",
      "我们最近上新了两款米粉",
      "我们最后一批货周五发出",
    ]) {
      expect(await flaggedAs(text, "retail", "absolute"), text).toBe(false);
    }
  });

  it("a job or a quick rise in marks promised by a school is an education promise", async () => {
    for (const text of [
      "我们保证每位学员就业，签就业协议",
      "学完如果无法就业，可以免费学习到就业为止",
      "小班教学，短期内迅速提高孩子的学习成绩",
    ]) {
      expect(await ruleBlocksLine(text, "education", "education_promise"), text).toBe(true);
    }
  });

  it("a question about marks and a report on graduates are not", async () => {
    for (const text of ["如何在短期内提高成绩？听听老师的建议", "本校去年毕业生的就业去向如下"]) {
      expect(await flaggedAs(text, "education", "education_promise"), text).toBe(false);
    }
  });

  it("a food that acts on the body the way medicine would is a health claim", async () => {
    for (const text of [
      "这款陈皮茶健脾养胃，天天喝",
      "这款药膳汤有助未病先防",
      "产后喝这款汤能增加母乳",
      "果蔬汁帮助排出多余胆固醇和重金属",
      "睡前一杯，可以起到安神的作用",
    ]) {
      expect(await ruleBlocksLine(text, "food_beverage", "medical_claim"), text).toBe(true);
    }
  });

  it("ordinary milk powder said to be no medicine is not", async () => {
    for (const text of [
      "这款是普通乳粉，补充蛋白质和钙，不能替代药物",
      "本周团购的儿童调制乳粉属于普通乳制品，不能预防疾病",
    ]) {
      expect(await flaggedAs(text, "food_beverage", "medical_claim"), text).toBe(false);
    }
  });

  it("a debt posted in public, taken to the partner, or a debtor named a deadbeat is harassment", async () => {
    for (const text of [
      "再不还钱，就把你的欠条贴在小区门口",
      "你不还钱我就找你老婆要",
      "大家小心这个老赖，借了钱就不还",
    ]) {
      expect(await ruleBlocksLine(text, "finance", "harassment"), text).toBe(true);
    }
  });

  it("a lawful reminder and a public blacklist named as a fact are not", async () => {
    for (const text of [
      "您的借款已逾期3天，请尽快还款，如有困难可联系客服协商",
      "法院公布的失信被执行人名单可在官网查询",
    ]) {
      expect(await flaggedAs(text, "finance", "harassment"), text).toBe(false);
    }
  });

  it("an insurer underwriting the principal, harm ruled out, a clean record and a sum per stake are finance promises", async () => {
    for (const text of [
      "平台出借人的本息由合作保险公司全额承保",
      "账户资金由某财险公司足额承保，放心出借",
      "我们的产品不会给您带来任何风险",
      "上线以来全额兑付，0坏账",
      "最低投20元，即可收益36元",
    ]) {
      expect(await ruleBlocksLine(text, "finance", "finance_promise"), text).toBe(true);
    }
  });

  it("a sum refunded for a missed line, a pass rate boasted and predicted questions are education promises", async () => {
    for (const text of [
      "协议班：不过复试线退6000元",
      "我校考试及格率稳居全省前列",
      "驾校教练耐心，学员合格率自然大大提升",
      "考前精准押题，助你冲刺",
    ]) {
      expect(await ruleBlocksLine(text, "education", "education_promise"), text).toBe(true);
    }
  });

  it("a factory's quality figures and a how-to question are not", async () => {
    expect(await flaggedAs("本厂今年产品合格率大大提升", "manufacturing", "education_promise")).toBe(false);
    expect(await flaggedAs("怎样快速提高数学成绩？老师给出三点建议", "education", "education_promise")).toBe(
      false,
    );
  });

  it("a disease as the audience, a cosmetic result as a rate and the head of a field are claims", async () => {
    expect(await ruleBlocksLine("这款杂粮面适合糖尿病人", "food_beverage", "medical_claim")).toBe(true);
    expect(await ruleBlocksLine("疗程祛斑率保证90%以上，不达标就退费", "beauty", "medical_claim")).toBe(true);
    for (const text of ["本店茶叶品质居全省同类之首", "全城性价比最高的一家", "本机构拥有行业最高资质"]) {
      expect(await ruleBlocksLine(text, "retail", "absolute"), text).toBe(true);
    }
  });

  it("a calendar fact, an accredited centre, a school's title, a hygiene list and a creed are not", async () => {
    expect(await flaggedAs("立春是二十四节气之首，家里包春卷", "food_beverage", "absolute")).toBe(false);
    expect(await flaggedAs("公司建有国家级企业技术中心和博士后工作站", "manufacturing", "absolute")).toBe(
      false,
    );
    expect(await flaggedAs("本校是国家级重点中专，开设汽修专业", "education", "absolute")).toBe(false);
    expect(await flaggedAs("月子中心每日紫外线消毒，育婴室感染管理", "mother_baby", "medical_claim")).toBe(
      false,
    );
    expect(
      await flaggedAs(
        "我们始终坚持“诚信为本、质量第一”的宗旨，踏实做好每一台设备",
        "manufacturing",
        "absolute",
      ),
    ).toBe(false);
  });

  it("a debtor out of touch threatened with the spouse is harassment; a collector naming the job is not", async () => {
    expect(
      await ruleBlocksLine("再继续失联，我们将联系你的配偶和同事", "finance", "harassment", "outbound"),
    ).toBe(true);
    expect(
      await flaggedAs(
        "您好，我是某某公司的催收专员，提醒您本期账单已逾期3天，请尽快还款",
        "finance",
        "harassment",
        "outbound",
      ),
    ).toBe(false);
  });

  it("promises listed under a caution, a law's forbidden acts and a disclaimer's clause are not claims", async () => {
    for (const text of [
      "如遇下列宣传应特别谨慎：承诺“百分百本息保障”；承诺“无征信秒过”",
      "网贷中介不得从事下列活动：（一）为出借人提供担保或者承诺保本保息；",
      "本公司不保证用户购买的任何理财项目肯定会盈利",
    ]) {
      const flagged = flaggedFindings(await checkLine(text, "finance", "group"));
      expect(flagged, text).toEqual([]);
    }
  });

  it("a text confirming the customer's own transaction or parcel owes no opt-out or risk line", () => {
    for (const [text, industry] of [
      ["【某某金融】您于3月2日成功投资A12号项目5000元，预期年化收益6%，请留意账户资金变动", "finance"],
      ["尊敬的用户，您此次借款已还清，感谢使用", "finance"],
      ["【某某驿站】您的快递包裹已到3栋门店，请凭5-2-1123取件", "retail"],
    ] as const) {
      const owed = requiredFindings(text, industry, "sms").filter((id) => id.endsWith(":block"));
      expect(owed, text).toEqual([]);
    }
    // an offer riding on the confirmation is selling again
    expect(
      requiredFindings("【某某金融】您的借款已成功放款，点击领取新人加息券", "finance", "sms"),
    ).toContain("required.sms_opt_out:block");
  });

  it("a grade with no 最 ranks the product: 一流, 顶尖, 首选 block", async () => {
    for (const text of [
      "一流服务，超低价格，欢迎来店试驾",
      "加入顶尖交易团队，共享财富",
      "新手宝妈的首选品牌",
    ]) {
      expect(await ruleBlocksLine(text, "retail", "absolute"), text).toBe(true);
    }
  });

  it("a university's list name, the weather's extremes and advice with 最好 are not superlatives", async () => {
    for (const text of [
      "学校入选双一流建设高校名单",
      "今天出现入冬以来强度最强的降雪过程，课程顺延一天",
      "香水会让首饰失去光泽，最好是化完妆后再佩戴",
    ]) {
      expect(await flaggedAs(text, "education", "absolute"), text).toBe(false);
    }
  });

  it("a fund's own risk paragraph, a fraud warning and a quoted yield warned against owe no risk line", () => {
    for (const [text, industry] of [
      ["高收益债券基金可能因发行人违约不支付本金或利息而蒙受亏损", "finance"],
      ["陌生人拉你投资稳赚的项目，其中必定有诈", "finance"],
      ["如果保单上写着「预期回报高达6%」，千万不要高兴太早，保证部分可能很少", "insurance"],
    ] as const) {
      const owed = requiredFindings(text, industry, "moments").filter((id) => id.endsWith(":block"));
      expect(owed, text).toEqual([]);
    }
  });

  // An independent probe wrote texts that use the new words innocently; these were the rules' over-reach.
  describe("the new words in innocent senses", () => {
    it("grade words inside other words, about rivals, ceilings, guidelines or love", async () => {
      for (const [text, industry] of [
        ["公司积极致力于社区公益活动", "retail"],
        ["请按同一流程上传两份材料", "education"],
        ["装修小课堂：厨房的天花板建议用铝扣板，防潮好打理", "retail"],
        ["王同学与各地的顶尖选手同台竞技，获得二等奖", "education"],
        ["一对一辅导真的是家长的首选吗？要看孩子的习惯", "education"],
        ["指南里二甲双胍是首选的一线用药，请遵医嘱", "pharma"],
        ["母亲节快乐，妈妈的爱无可替代，到店送康乃馨", "retail"],
      ] as const) {
        expect(await flaggedAs(text, industry, "absolute"), text).toBe(false);
      }
    });

    it("a school disowning job promises, a refund refused, a factory's figures, a conjunction", async () => {
      for (const [text, industry] of [
        ["谁说包你就业都不靠谱，我们也不做这种承诺", "education"],
        ["没有入职的学员，学费不退", "education"],
        ["不过要等设备验收完，验收后退300元押金", "education"],
        ["本月焊接合格率大幅提升", "manufacturing"],
        ["很多家长希望孩子一个月就提高成绩，但学习是慢功夫", "education"],
      ] as const) {
        expect(await flaggedAs(text, industry, "education_promise"), text).toBe(false);
      }
    });

    it("a bottle put down, a mastitis warning and a principle of Chinese medicine", async () => {
      for (const text of [
        "宝宝吃完记得放下奶瓶拍嗝",
        "乳腺发炎要及时就医，疏通乳腺别找不正规的按摩",
        "健康小贴士：健康管理讲究未病先防，每年做一次体检",
      ]) {
        // the rules' reading only: the claim model's view of a health warning is not what changed here
        const rules = ruleIds(await checkLine(text, "mother_baby"));
        expect(rules, text).not.toContain("med.food_function");
        expect(rules, text).not.toContain("med.disease_claim");
      }
    });

    it("a risk profile, a return that is only possible, a duty disowned and a card insured against theft", async () => {
      for (const text of [
        "您的测评结果为稳健型投资者，不适合购买收益高低波动大的产品",
        "高风险才可能带来高收益，请按风险承受能力选择",
        "账户被盗刷的损失由某财产保险公司全额承保",
        "关闭小额免密后，不会对您的账户产生任何风险",
      ]) {
        expect(ruleIds(await checkLine(text, "finance")), text).not.toContain("fin.safe_return");
        expect(ruleIds(await checkLine(text, "finance")), text).not.toContain("fin.yield_promise");
      }
    });

    it("a reader's legal question and advice on a missing relative are no threats", async () => {
      for (const text of [
        "【以案说法】朋友借了3万不还，我找他要了几次都不给，怎么办？",
        "如果家里老人失联，请及时联系家人并报警",
      ]) {
        expect(await flaggedAs(text, "finance", "harassment", "group"), text).toBe(false);
      }
    });

    it("sales urgency, a customer-service line and a turn after a disclaimer keep their claims", async () => {
      expect(
        await ruleBlocksLine("“保本保息，年化9%”，名额有限千万不要错过", "finance", "finance_promise"),
      ).toBe(true);
      expect(
        await ruleBlocksLine("如遇以下问题请致电客服：保本保息，年化9%", "finance", "finance_promise"),
      ).toBe(true);
      expect(await ruleBlocksLine("别的我不保证但我们这是全网最低价", "retail", "absolute", "outbound")).toBe(
        true,
      );
      expect(requiredFindings("想避免蒙受亏损？年化收益20%，扫码进群", "finance", "moments")).toContain(
        "required.risk_warning:block",
      );
    });
  });
});
