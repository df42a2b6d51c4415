// Round 53's misses, each read as a claim: a friend told of someone's overdue loan, patients counted as cured, a
// virus said to clear in months, a body rid of all its illness, a premium set beside a larger payout, a hammer price
// foretold, leverage sold as the most gain, a pass rate given figure first, a field's "leader". The look-alikes are
// the innocent uses (a friend's referral reward, a hospital's count of operations, a rate that is a national average,
// a critic quoting slimming pitches, an award conferred by others, a coupon's only valid token). Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 53's missed claims", () => {
  it("a third party told of a debt or asked to help collect it", async () => {
    await expectBlocks(
      ["您同事王某的网贷已经逾期三个月，请转达", "你的室友李某借款未还，麻烦你协助催收"],
      [
        "您的好友已成功为您助力，快去领取奖励",
        "邀请好友借款，好友按时还款您可得积分",
        "我们不会联系您的亲友催收",
      ],
      "finance",
      "harassment",
      "sms",
    );
  });

  it("patients counted as cured, a virus cleared in months, a body rid of its illness", async () => {
    await expectBlocks(
      ["中心已让两万多名近视患者顺利摘下眼镜", "坚持治疗半年，大部分人都能把HPV清除掉"],
      ["本院去年为三千多名患者完成白内障手术", "HPV转阴要多久？因人而异，请按时复查", "近视患者请定期验光"],
      "medical",
      "medical_claim",
      "private",
    );
    await expectBlocks(
      ["老人喝了这酒，一身的毛病都没了", "这款艾灸贴帮助了上千名病友告别病痛"],
      ["这款枕头帮助上千名用户睡得更舒服", "浑身酸痛多是劳累，注意休息"],
      "health_food",
      "medical_claim",
    );
  });

  it("a premium beside a larger payout, a hammer price foretold, leverage as the most gain", async () => {
    await expectBlocks(
      ["每年缴费2万，交满十年，以后可以领回60万"],
      ["保险金额50万元，具体以保险合同约定为准", "年缴保费3000元，保障至70岁"],
      "insurance",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["您这件瓷瓶拍出预计能到30万"],
      ["拍卖成交价以现场落槌为准，本公司不作估价承诺"],
      "retail",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["借助配资杠杆，行情一来就能实现收益最大化"],
      ["用了杠杆，赚时放大，亏时也一样放大，请评估风险承受能力"],
      "finance",
      "finance_promise",
    );
  });

  it("a pass rate given figure first, a field's leader", async () => {
    await expectBlocks(
      ["本校百分百的拿证率，学员放心报名", "98%的就业率，毕业即上岗"],
      ["全国平均98%的通过率指的是初试", "拿证率多少，以考试院公布的数据为准"],
      "education",
      "education_promise",
    );
    await expectBlocks(
      ["我们是国内少儿编程教育的领跑者", "行业知名的领军者品牌"],
      ["成为行业领跑者是我们的目标，我们正在努力", "获评“年度行业十强第一名”"],
      "education",
      "absolute",
    );
  });
});

describe("round 53's look-alikes", () => {
  it("a critic's account of slimming pitches, a warning against being deceived", async () => {
    const critique = await checkLine(
      "减肥茶广告里充斥着“躺瘦”“狂掉十斤”的诱人承诺，这些话能信吗？",
      "food_beverage",
    );
    expect(flaggedFindings(critique).filter((finding) => finding.severity === "block")).toEqual([]);
    expect(
      requiredFindings("买分红险前先了解红利从哪里来，以防被夸大的回报所欺骗", "insurance", "moments"),
    ).toEqual([]);
  });

  it("a line or a token named as the only valid one", async () => {
    expect(
      await ruleHeldLines([
        ["本号码为公司唯一授权招商电话，谨防假冒", "retail"],
        ["手机号是领取优惠的唯一凭证", "retail"],
      ]),
    ).toEqual([]);
  });
});

// The read after round 53 found the first patterns cut to the published wording; these widen each family to other
// words for the same claim.
describe("the read after round 53", () => {
  it("a relative or an employer pressed to make someone pay", async () => {
    await expectBlocks(
      [
        "您女儿的网贷已经连续三期没还，请您劝劝她尽快结清",
        "贵公司员工赵某在本平台的贷款早已逾期，烦请贵公司通知其本人",
        "您是他同事吧？他借的钱拖了半年，您有空的话帮忙催一下",
      ],
      [
        "您本人的账单已逾期，请尽快还款",
        "我们承诺不会向您的家人透露任何借款信息",
        "快递三天没动了，麻烦帮忙催一下",
      ],
      "finance",
      "harassment",
      "sms",
    );
  });

  it("cures counted after the fact, a virus cleared by the week, a body's illnesses carried off", async () => {
    await expectBlocks(
      ["我院已治愈银屑病患者超过五千例", "专科疗法两周转阴，复查不转阴全额退费"],
      ["转阴时间因人而异，请遵医嘱按时复查", "本院已完成各类手术超过五千台"],
      "medical",
      "medical_claim",
      "private",
    );
    await expectBlocks(
      ["爸妈一身的毛病，喝上三个月统统赶走"],
      ["爸妈年纪大了，一身的疲惫，泡泡脚放松一下"],
      "health_food",
      "medical_claim",
    );
  });

  it("a small deposit beside a large payout, an auction price vouched for, leverage as a doubled gain", async () => {
    await expectBlocks(
      ["每月存800元，存满20年，到老累计能领回60万", "交30万领90万，名额有限"],
      ["续保保费960元，保障一年，以保险合同为准"],
      "insurance",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["您这幅山水预计拍卖成交50到80万", "这对瓷瓶拿去春拍，卖个三四十万不成问题"],
      ["拍卖结果以现场落槌为准，我们不作价格承诺"],
      "retail",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["开通两融，行情一来利润翻倍"],
      ["融资融券会放大收益，同时也会放大亏损，请审慎参与"],
      "finance",
      "finance_promise",
    );
  });

  it("a rate in words, every body suited, value kept forever, a regulator at one's back", async () => {
    await expectBlocks(
      ["本班拥有百分之九十六的提分率"],
      ["全国平均合格率约在两成左右，请合理安排时间"],
      "education",
      "education_promise",
    );
    await expectBlocks(
      ["这款洗发水任何发质都适用", "这瓶面霜全肤质通用"],
      ["干性发质和油性发质请选择不同款式"],
      "beauty",
      "absolute",
    );
    await expectBlocks(
      ["金条始终保值，买了不亏"],
      ["金价始终在波动，买金请按需"],
      "jewelry",
      "finance_promise",
    );
    await expectBlocks(
      ["有央行撑腰，这个产品出不了事", "每一笔投资都受金融监管总局保护"],
      ["本公司依法接受金融监管总局监管"],
      "finance",
      "absolute",
    );
  });
});
