// Round 44 and what the rounds before it left. A state organ, the army or a state venue named as the one who
// recommends, designates or supplies a product sells it with the state's name (《广告法》第九条第（二）项); an
// approval the product holds, a dietary guideline and a warning against such claims do not. Round 44's misses:
// effects asserted for named ailments or lab values, blood "replenished" by a food, bone loss stopped, grades
// assured with the child named between, a stock foretold to rise tomorrow, a "blacklist" threatened for a debt; its
// false alarms: a guarantee the text denies, a pass mark of 100%, a pledge that goods are genuine. Every sentence
// is written for these tests; each family has look-alikes. Round 45 follows at the end: a health food said to treat,
// cartilage fed, blood sugar read by a watch, brain gold, a course's result by a date, a customer dared to sue; a
// draw's odds, 100%自营 and a vaccine's purpose are not claims.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings } from "./fixtures.ts";

describe("a state's name used to sell", () => {
  it("a state organ or the army said to recommend, designate or supply the product", async () => {
    await expectBlocks(
      [
        "本品由国家卫健委推荐，送长辈正合适",
        "这套护具被国家体育总局指定为专用产品",
        "我厂是部队定点供应单位，质量放心",
        "本店是国家药监局指定网上药房，买药就来这里",
        "这款小米是国家卫健委推荐的健康食品",
      ],
      [
        "本药经国家药监局批准上市，请按说明书服用",
        "国家卫健委推荐成年人每天饮水1500毫升左右",
        "警惕打着国家卫健委推荐旗号卖保健品的骗局",
        "中央空调推荐品牌清单已更新，欢迎到店咨询",
      ],
      "retail",
      "absolute",
    );
  });
});

describe("round 44's missed claims", () => {
  it("an effect asserted for named ailments, or for a list of them", async () => {
    await expectBlocks(
      [
        "这款枸杞原浆对胃炎、咽炎都有很好的功效",
        "头晕胸闷、慢性胃病、手脚冰凉等都有效果",
        "失眠、高血脂、腰腿疼等都有效果",
      ],
      ["对胃炎患者来说，饮食规律最要紧", "胃炎怎么吃？营养师给出三条建议", "这些症状都有可能是缺水引起的"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("a lab value said to fall or rise markedly, and bone loss said to be stopped", async () => {
    await expectBlocks(
      ["喝满三个月，甘油三酯明显下降", "深海鱼油帮您防止骨质流失，滋养关节"],
      ["体检报告显示甘油三酯偏高，请咨询医生", "中老年人钙质流失较快，饮食中可多吃奶制品"],
      "health_food",
      "medical_claim",
    );
  });

  it("blood said to be replenished by a food", async () => {
    await expectBlocks(
      ["红枣桂圆茶，补血快，气色一天比一天好", "女生必备的补血佳品", "月子里补血就靠这包汤料"],
      ["多吃红枣就能补血？这是常见误区", "红枣桂圆茶，甜而不腻，冬天暖手"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("grades assured with the learner named between", async () => {
    await expectBlocks(
      [
        "报名我们的寒假班，确保学员提高成绩",
        "一对一辅导，保障孩子提分",
        "跟完这期课，保证孩子班级排名前进10名",
      ],
      [
        "不能保证孩子提高成绩，但会陪他找到方法",
        "我们保障每位学员的上课时长",
        "孩子这次班级排名前进了10名，谢谢老师",
      ],
      "education",
      "education_promise",
    );
  });

  it("a stock foretold to rise on the next day", async () => {
    await expectBlocks(
      [
        "这只票今天建仓，明天就会大涨",
        "群里推的个股，次日必然涨停",
        "这只股年底前至少涨20%",
        "明日涨停牛股名单已出",
        "这支基金下周净值肯定上涨",
      ],
      ["这只票明天会涨吗？没人说得准", "明天开盘时间不变，请留意公告", "基金净值过去上涨不代表未来表现"],
      "finance",
      "finance_promise",
    );
  });

  it("a blacklist threatened for an unpaid debt", async () => {
    await expectBlocks(
      ["您的借款逾期未还，我司即将把您列入黑名单"],
      ["您的借款已逾期，请尽快还款，以免影响个人信用", "谨防冒充银行的短信：谎称逾期要列入黑名单"],
      "finance",
      "harassment",
      "sms",
    );
  });
});

describe("a region's or a town's top rank (left from round 43)", () => {
  it("全港, 全澳, 全县 and 本市 scope a superlative as 全国 does", async () => {
    await expectBlocks(
      ["全港最低学费，名额有限", "全澳课时最长的备考班", "全县最大的儿童乐园", "本市服务最好的家政公司"],
      ["全国最长的假期是国庆", "这是本市第一宗直播间违规广告的处罚案例", "全县最低气温零下5度，注意保暖"],
      "education",
      "absolute",
    );
  });
});

describe("round 44's false alarms", () => {
  it("a guarantee the text denies is the caution it owes", () => {
    expect(requiredFindings("分红型保险并不是“稳赚不赔”，红利要看公司经营", "insurance", "moments")).toEqual(
      [],
    );
    expect(
      requiredFindings("这款分红险不是稳赚，而是收益更高，年化6%，马上投保", "insurance", "moments"),
    ).toEqual(["required.insurance_warning:block"]);
  });

  it("a pass mark, a requirement or a charge of 100%, genuine goods and a guarantee reported gone grade nothing", async () => {
    for (const text of [
      "历年分红实现率不低于100%即达标，可在官网查询",
      "本店承诺所售手机100%为正品，假一赔三",
      "培训结业要求出勤率达到100%",
      "手机别总充到100%，八成左右最护电池",
      "资管新规后，理财产品不再保本保收益",
    ]) {
      expect(flaggedFindings(await checkLine(text, "retail")).map((finding) => finding.rule_id)).toEqual([]);
    }
  });
});

describe("round 45's missed claims", () => {
  it("a health food said to be for treating a disease", async () => {
    await expectBlocks(
      ["这种标为保健食品的鱼油是用来治疗高血脂的", "这款保健食品氨糖是用来治疗关节疾病的"],
      ["失眠症要去医院治疗，保健品不能代替药物", "本品不能用来治疗疾病", "这款鱼油是用来治疗高血脂的吗？"],
      "health_food",
      "medical_claim",
    );
  });

  it("cartilage fed or spared, and blood sugar read by a watch", async () => {
    await expectBlocks(
      ["氨糖片帮您补软骨", "每天两粒，减少关节磨损", "这罐骨汤专补关节软骨"],
      ["软骨磨损多与年龄有关，建议就医", "关节软骨的结构示意图"],
      "health_food",
      "medical_claim",
    );
    await expectBlocks(
      [
        "这块手环无创测血糖，老人戴着放心",
        "戴上手表随时监测血糖",
        "不用扎手指，戴在手腕上就能测血糖",
        "这只手表整晚帮我测血糖",
      ],
      [
        "测血糖请用正规血糖仪",
        "这款手表能监测心率和睡眠",
        "这块手表能不能测血糖？不能",
        "手表只能设置测血糖提醒",
      ],
      "retail",
      "medical_claim",
    );
  });

  it("a food as brain gold, and pounds lost in a week within a range", async () => {
    await expectBlocks(
      ["核桃油是宝宝的脑黄金"],
      ["核桃油适合给宝宝的辅食凉拌"],
      "mother_baby",
      "medical_claim",
    );
    await expectBlocks(
      ["鱼油软胶囊，学生的脑黄金"],
      ["鱼油软胶囊含DHA，请按标签食用"],
      "health_food",
      "medical_claim",
    );
    await expectBlocks(
      ["喝一周，轻松减下5到8斤"],
      ["一周减5到8斤并不健康，别信这类宣传"],
      "health_food",
      "medical_claim",
    );
  });

  it("a course's result assured by a date", async () => {
    await expectBlocks(
      ["保证两个月内让孩子口语明显提高", "保证孩子6周内能用英语点餐", "书法课14天包会"],
      ["保证每周两节课，三个月上完全部课程"],
      "education",
      "education_promise",
    );
  });

  it("a customer dared to complain or sue", async () => {
    await expectBlocks(
      [
        "退钱？爱去哪告就去哪告",
        "有本事去投诉，我们不怕",
        "你有本事就去法院告我们",
        "想曝光随便，我们奉陪到底",
      ],
      ["如对服务不满意，可拨打12315投诉", "我们会认真处理每一条投诉"],
      "food_beverage",
      "harassment",
      "private",
    );
  });
});

describe("round 45's false alarms", () => {
  it("a draw's odds, a sales model and a vaccine's purpose are not claims", async () => {
    for (const [text, industry] of [
      ["抽奖规则：参与即送券，中奖率100%", "retail"],
      ["本商城100%自营，下单后门店发货", "retail"],
      ["狂犬疫苗能预防狂犬病，请按时接种", "pets"],
      ["狗狗该打针了，犬五联可以预防犬瘟等疾病", "pets"],
    ] as const) {
      expect(flaggedFindings(await checkLine(text, industry)).map((finding) => finding.rule_id)).toEqual([]);
    }
  });
});

describe("round 46's missed claims", () => {
  it("a remarkable cure, treatment with prevention, naked-eye sight restored, a couple made parents", async () => {
    await expectBlocks(
      [
        "祖传膏方治疗老胃病具有出奇的疗效",
        "这款胶囊对心脑血管病有良好的治疗和预防作用",
        "坚持训练一个月，裸眼视力明显提升",
        "结婚多年怀不上，喝了这款茶之后就怀孕了",
        "备孕两年无果的小夫妻用了我们的暖宫贴，这个月终于怀上了",
        "喷了一个月，孩子不戴眼镜也能看清黑板",
      ],
      [
        "近视训练不能提升裸眼视力，请科学配镜",
        "疫苗对流感有一定的预防作用，请按时接种",
        "备孕期间请遵医嘱补充叶酸",
      ],
      "food_beverage",
      "medical_claim",
    );
  });

  it("nerve cells repaired by a device", async () => {
    await expectBlocks(["理疗舱能修复人体神经元"], ["神经元是神经系统的基本单位"], "retail", "medical_claim");
  });

  it("profit whatever the market does, a yield called the floor, buying with eyes shut", async () => {
    await expectBlocks(
      ["熊市也照样赚钱，跟我们的策略就行", "年化20%只是起步，跟上我们的节奏", "这只金条闭眼入都不会亏"],
      ["股市下跌时也能赚钱？别信这种宣传", "年化20%的产品往往风险很高，请谨慎", "熊市也能赚吗？不能保证"],
      "finance",
      "finance_promise",
    );
  });

  it("a trade's 一哥", async () => {
    await expectBlocks(
      ["家电一哥的新品来了", "国货防晒一哥上新", "这一块我们是一哥"],
      ["一哥们儿推荐的家电店，价格实在", "我家有一哥一妹", "门店一哥老陈今天值班"],
      "retail",
      "absolute",
    );
  });
});

describe("round 46's false alarms", () => {
  it("a recovery set as a condition, a vet's 排毒期 and a sender's own opt-out code", async () => {
    expect(
      flaggedFindings(await checkLine("寄养须知：猫瘟患猫过了排毒期，入住须痊愈满一年", "pets")).map(
        (f) => f.rule_id,
      ),
    ).toEqual([]);
    expect(requiredFindings("【洁家】厨房去油喷雾第二件半价，戳链接抢购 回QX退订", "retail", "sms")).toEqual(
      [],
    );
    expect(
      requiredFindings("【麦田】新品面包第二件半价，凭短信到店使用。拒收请回R", "food_beverage", "sms"),
    ).toEqual([]);
    for (const text of ["宝宝感冒痊愈后再来上课，课时顺延", "面部炎症痊愈后才能预约项目"]) {
      expect(flaggedFindings(await checkLine(text, "beauty")).map((f) => f.rule_id)).toEqual([]);
    }
  });
});

describe("round 47's missed claims", () => {
  it("a food that looks after the ill, the eye's tissues fed, an effect seen in days, a complaint gone for good", async () => {
    await expectBlocks(
      [
        "无糖配方，也能照顾高血压患者",
        "这款蓝莓饮品能活化视网膜",
        "这瓶面霜才用了三天效果就特别明显",
        "用了两个疗程，成功去除腋臭，两年都没再复发",
      ],
      [
        "高血压患者饮食请遵医嘱",
        "视网膜位于眼球后部，负责感光成像",
        "才用了几天还看不出效果",
        "腋臭可以到皮肤科就诊",
      ],
      "food_beverage",
      "medical_claim",
    );
  });
});
