// Rounds 70 and 71 (published wording, first runs on 0efb58e and 17dc38c) and reads 68 and 69 (own words, first runs
// on 0efb58e and 17dc38c), each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings, ruleHeldLines } from "./fixtures.ts";

/** the lines, each [text, industry], that nothing flags: an empty list is the expectation for violations */
async function unflaggedLines(lines: ReadonlyArray<readonly [string, string]>): Promise<string[]> {
  const passed: string[] = [];
  for (const [text, industry] of lines)
    if (flaggedFindings(await checkLine(text, industry)).length === 0) passed.push(text);
  return passed;
}

/** the risk-line findings of a finance or insurance text's required elements */
const riskLine = (findings: string[]) =>
  findings.filter((finding) => /^required\.(risk|insurance)_warning/.test(finding));

describe("rounds 70-71's and reads 68-69's missed claims", () => {
  it("holds goods said to prevent a disease, to heal like a drug, or vouched for by hospitals or patients", async () => {
    await expectBlocks(
      [
        "每天一包冻干，可以降低猫咪肾病的发病几率",
        "这款护臀霜能预防宝宝屁屁起红疹",
        "陈皮入酒，取其药用价值，越喝越养人",
        "这种沉香木磨粉入药，可治风湿痹痛",
        "长期喂食可改善犬只皮炎、肠胃炎、掉毛等疾病",
        "经三家三甲医院皮肤科临床验证，敏感肌可用",
        "这款米稀得到胃病患者的一致好评",
        "药力穿透皮肤，直达病灶",
        "这款草本皂对祛痘有神奇功效",
      ],
      [
        "宠物粮请密封保存，开封后一个月内吃完",
        "本品为普通食品，不具有药用价值",
        "天冷了，记得给狗狗擦干脚掌，避免趾缝长湿疹",
        "这款面霜没有什么神奇功效，就是保湿好用",
        "如宝宝皮肤出现红疹，请停用并咨询儿科医生",
      ],
      "pets",
      "medical_claim",
    );
  });

  it("holds symptoms promised gone if a patch is kept up, and a study cited to call a treatment safe and effective", async () => {
    await expectBlocks(
      ["只要坚持敷，关节疼痛症状就会消失"],
      ["用药七天症状未缓解请就医"],
      "pharma",
      "medical_claim",
    );
    await expectBlocks(
      ["这个疗程有期刊论文，权威认证安全有效"],
      ["文献显示该疗程的效果因人而异，请面诊评估"],
      "beauty",
      "medical_claim",
    );
  });

  it("holds a school's grounds or a certificate sold as a guarantee, an exam authority as a partner, a raised rate", async () => {
    await expectBlocks(
      [
        "自有考场和新车，为学员一次拿证提供了坚实保障",
        "考下这个证书的同学，月薪都在八千以上",
        "我们携手教育厅专家团队，联合打造备考课程",
        "已帮助学员将本科上线率提升至95%",
        "去年培养出3位省美术联考状元",
      ],
      [
        "驾校提供练车场地和考前模拟，考试安排以车管所为准",
        "取得证书后可从事相关岗位工作，薪资因企业而异",
        "课程依据教育厅公布的考试大纲编写",
        "据省考试院公布的数据，去年本科上线率约为四成，我们的学员结果因人而异",
      ],
      "education",
      "education_promise",
    );
  });

  it("holds growth said to be out of the market's reach, rising dividends, a coming multiple, grown grams, a client's gain", async () => {
    await expectBlocks(
      [
        "这款年金复利增值，完全不受股市涨跌影响",
        "分红节节攀高，每年领得越来越多",
        "积分转成数字藏品，上线后至少能翻好几倍",
        "您存的100克黄金现在已增值到112克",
        "上一期产品已经帮您赚了三万多",
        "这批老普洱年均增长率能保持在30%以上",
        "三年后这款茶饼的升值空间非常可观",
      ],
      [
        "基金净值会随市场波动，过往业绩不代表未来表现",
        "今日黄金回收价以门店公示为准",
        "这批普洱升值空间不大，适合日常饮用",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("holds a trade's front-runner, a precedent set, nothing else comparing", async () => {
    await expectBlocks(
      ["本市高端家政服务领跑者", "开创了全省社区托育服务的先河", "这种面料是其他任何面料都无法媲美的"],
      ["我们立志成为社区家政服务的领跑者", "本店第一家门店于2015年开业"],
      "retail",
      "absolute",
    );
  });

  it("holds shaming decline buttons, a lost-for-ever deadline and cover said lost for life", async () => {
    await expectBlocks(
      ["[马上抢券] [不了，我宁愿花原价]", "不用了，我就喜欢变老", "今晚零点前不下单将永久失去会员资格"],
      ["[马上抢券] [暂不需要]", "顾客留言：宁愿多花点钱，也要买放心的"],
      "retail",
      "harassment",
    );
    await expectBlocks(
      ["要是查出结节，这辈子重疾险都别想买了"],
      ["体检异常可能影响核保结论，投保前请如实告知"],
      "insurance",
      "harassment",
    );
  });

  it("asks a risk line of a product recommended one to one or pressed for a decision on a call", async () => {
    expect(
      riskLine(
        requiredFindings(
          "王哥，给您推荐一款年化4%的固收理财，名额只剩两个，您考虑一下？",
          "finance",
          "private",
        ),
      ),
    ).toEqual(["required.risk_warning:block"]);
    expect(
      riskLine(
        requiredFindings(
          "您好，我是安和人寿的AI助理，给您推荐一款增额终身寿，复利3%，今天能不能定下来？",
          "insurance",
          "outbound",
        ),
      ),
    ).toEqual(["required.insurance_warning:block"]);
    expect(
      riskLine(
        requiredFindings(
          "王哥，给您推荐一款R2级债券基金，过往业绩不代表未来表现，理财有风险，您考虑一下。",
          "finance",
          "private",
        ),
      ),
    ).toEqual([]);
  });
});

describe("rounds 70-71's and reads 68-69's false alarms", () => {
  it("leaves staff credentials, a risk-premium fee, deposit insurance, an impostor's name, a tea's best steep alone", async () => {
    expect(
      await ruleHeldLines([
        ["本校讲师100%持有高级教师资格证", "education"],
        ["本产品收取零风险保险费", "insurance"],
        ["按存款保险规定，存款50万元之内100%赔付，因此绝对保本是不存在的", "finance"],
        ["有的公司把名字起得听起来像国家级机构，其实没有任何资质", "jewelry"],
        ["这款岩茶第三泡最好喝", "food_beverage"],
        ["幼犬最好每月驱虫一次", "pets"],
        ["市面上主打降血压的枕头大多都是噱头", "retail"],
        ["理财群里的“稳赚不赔”的说法，但稳赚不赔的承诺在市场上从来不存在", "finance"],
      ]),
    ).toEqual([]);
  });

  it("still holds the claims those exceptions sit next to", async () => {
    expect(
      await unflaggedLines([
        ["保证学员100%拿证", "education"],
        ["我们是国家级黄金回购单位", "jewelry"],
        ["我家的岩茶是全网最好喝的", "food_beverage"],
        ["稳赚不赔的承诺，我们说到做到", "finance"],
        ["这款枕头能降血压，别家的都是噱头", "retail"],
      ]),
    ).toEqual([]);
  });

  it("reads an anti-scam notice and a health-declaration reminder as selling nothing", async () => {
    expect(
      riskLine(
        requiredFindings(
          "群公告：最近虚拟币托管骗局多，本群不做收益承诺，遇到私聊拉你投资的请举报",
          "finance",
          "group",
        ),
      ),
    ).toEqual([]);
    expect(
      riskLine(
        requiredFindings(
          "投保少儿医疗险前请如实填写健康告知，能否承保以保险公司核保结论为准",
          "insurance",
          "group",
        ),
      ),
    ).toEqual([]);
    expect(riskLine(requiredFindings("年化5%的稳健理财，私聊我了解详情", "finance", "moments"))).toEqual([
      "required.risk_warning:block",
    ]);
  });
});

describe("this batch's first pass, as an independent read found it", () => {
  it("leaves safety notices, care advice, history, metaphors, model names, cautions and service notices alone", async () => {
    expect(
      await ruleHeldLines([
        ["车间全员佩戴防尘口罩，减少尘肺病的发生", "manufacturing"],
        ["宠物医生建议每季度驱虫一次，减少寄生虫病的发生", "pets"],
        ["明代《本草纲目》就记载了山药的药用价值，今天我们只聊它在厨房里的吃法", "food_beverage"],
        ["我们只卖食材，从不宣传它的药用价值", "retail"],
        ["下雨天来一杯热奶茶，能治愈你的忧伤", "food_beverage"],
        ["高血压患者请遵医嘱，不推荐饮用浓茶和咖啡", "food_beverage"],
        ["林肯领航者到店，欢迎预约试驾", "auto"],
        ["周日城市半马，我们店员担任4小时配速领跑者", "retail"],
        ["张骞出使西域，开创了中西交流的先河", "education"],
        ["这座古镇在明清两代走出了三位状元", "education"],
        ["分红不保证，可能逐年增加，也可能减少甚至为零，以合同条款为准", "insurance"],
        ["基金的收益会随市场波动，不存在不受市场影响的理财产品，投资需谨慎", "finance"],
        ["定期存款的利率在存期内是锁定的，不受市场利率波动影响", "finance"],
        ["如果得了乙肝，也不是这辈子都买不了保险，具体以核保结论为准", "insurance"],
        ["面对“高息理财”的诱惑，请狠心拒绝，守住养老钱", "finance"],
        ["我宁可自己吃亏，也不卖您一件次品", "retail"],
        ["提醒您：保证续保期满前未续保将丧失续保资格，请留意到期时间", "insurance"],
        ["本次购物已帮您赚了120积分，记得在会员中心兑换", "retail"],
        ["您本月积存3克，黄金账户累计增长到25克，明细可在App查看", "jewelry"],
        ["好多客户问翡翠升值空间大不大，说实话我们只卖首饰，不谈投资", "jewelry"],
        ["有些美容院声称经权威认证安全有效，其实证书是花钱买的", "beauty"],
        ["黄金价格过去二十年的年平均增长率约8%，但短期波动大，不建议借钱买金", "jewelry"],
        ["根据《存款保险条例》，同一银行50万以内的存款100%赔付", "finance"],
      ]),
    ).toEqual([]);
  });

  it("still holds what the first pass let through", async () => {
    expect(
      await unflaggedLines([
        ["稳赚不赔的承诺在别家是骗人的，在我们这儿是真的", "finance"],
        ["稳赚不赔的说法在别家根本不存在，在我们这就是现实", "finance"],
        ["我们驾校的学员100%取得驾驶证，报名从速", "education"],
        ["这款医疗险住院费用50万元之内100%赔付，具体以保险合同条款为准", "insurance"],
      ]),
    ).toEqual([]);
    expect(
      riskLine(
        requiredFindings("别家的高息理财多是陷阱，我们这款银行理财年化4.1%，本周上新", "finance", "moments"),
      ),
    ).toEqual(["required.risk_warning:block"]);
    expect(
      riskLine(
        requiredFindings(
          "您的基金定投本月扣款失败，是继续扣还是暂停，您考虑一下回复我",
          "finance",
          "private",
        ),
      ),
    ).toEqual([]);
  });
});

describe("this batch's second pass, as another independent read found it", () => {
  it("leaves rest as the cure of a cold, a diet joke, industrial history, skin care, a disowned herb, a caution, a maturity notice, a reassurance alone", async () => {
    expect(
      await ruleHeldLines([
        ["普通感冒不用吃抗生素，只要好好休息，症状就会消失", "pharma"],
        ["算了，我就爱吃，胖就胖吧", "retail"],
        ["福特在1913年开创了大规模流水线生产模式的先河", "auto"],
        ["洗澡水别太烫，可以预防皮肤干燥皲裂", "beauty"],
        ["菊花有一定药用价值，但花茶属于普通食品，不能替代药物", "food_beverage"],
        ["很多人以为理财收益不受市场波动影响，其实净值每天都在变，投资需谨慎", "finance"],
        ["【恒信银行】您购买的定期理财已到期，已经帮您赚了1268元，本息已回到银行卡。", "finance"],
        ["一旦查出结节这辈子都买不了保险？其实不一定，部分产品可以除外承保，以核保结论为准", "insurance"],
      ]),
    ).toEqual([]);
  });

  it("still holds a promise denied elsewhere and kept here, and an easy health declaration sold as a perk", async () => {
    expect(
      flaggedFindings(await checkLine("“保本保息”的承诺在银行里不存在，在我们平台却能做到", "finance"))
        .length,
    ).toBeGreaterThan(0);
    expect(
      riskLine(
        requiredFindings("百万医疗险一年保费几百块，健康告知宽松，三高人群也能投保", "insurance", "moments"),
      ),
    ).toEqual(["required.insurance_warning:block"]);
  });
});
