// Reads 64 and 65 and round 67, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("safety vowed for a procedure, by a clinic, a salon, a vet or a postpartum centre", () => {
  it("holds the vow whoever makes it, on whatever it leans on", async () => {
    await expectBlocks(
      ["我们的皮秒仪器是进口原装的，做完绝不会出问题", "这台种植牙交给院长，保证不会失败"],
      ["术前医生会说明可能出现的红肿和色沉", "任何手术都不可能零风险，请遵医嘱"],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(
      ["产后修复由三甲专家坐镇，零风险"],
      ["产后修复前请先做盆底评估"],
      "mother_baby",
      "medical_claim",
    );
    await expectBlocks(
      ["我院麻醉由进口设备监护，猫咪绝育不会有任何风险"],
      ["绝育术后请给猫咪戴好伊丽莎白圈"],
      "pets",
      "medical_claim",
    );
  });

  it("holds a clinic calling a therapy safe or safe and effective, or clearing germs and toxins", async () => {
    await expectBlocks(
      ["推拿是一种非常安全的疗法", "我们的膏方既安全又有效", "熏蒸能帮身体清除毒素"],
      ["推拿前请告知医生您的病史", "针灸后少数人会有轻微酸胀"],
      "medical",
      "medical_claim",
    );
  });
});

describe("money: a yield said to land, a chance said to close, a tip already called", () => {
  it("holds a locked or certain yield and a repayment the platform vows", async () => {
    await expectBlocks(
      [
        "赶在暂停申购前买入，就能锁住这一波收益。基金有风险，投资需谨慎",
        "持有满一年，年化4%稳稳到手。理财有风险，投资需谨慎",
        "逾期时平台会动用备付金，保证出借人按时回款",
      ],
      ["该产品将于5月31日暂停申购。理财有风险，投资需谨慎", "请您保证按时还款，以免产生逾期记录"],
      "finance",
      "finance_promise",
    );
  });

  it("holds underwriting sold as closing to the buyer who waits", async () => {
    await expectBlocks(
      ["有甲状腺结节的现在不投，下个月就投不了了。保险有风险，投保需谨慎"],
      ["核保规则自6月1日起调整，详情以保险公司公告为准"],
      "insurance",
      "finance_promise",
    );
  });

  it("holds a mentor's past tips, pupils' average gains and an account's growth as the bait", async () => {
    await expectBlocks(
      [
        "导师上周推的那只票三天两个涨停。股市有风险，投资需谨慎",
        "李老师的学员本月人均赚了三成。股市有风险，投资需谨慎",
        "跟着操作半年，账户从10万做到18万。股市有风险，投资需谨慎",
      ],
      ["今日沪指收涨0.8%，半导体板块领涨。股市有风险，投资需谨慎"],
      "finance",
      "finance_promise",
    );
  });

  it("credit sold on speed owes its annual rate; a contract's rate change is a notice", () => {
    expect(requiredFindings("冰箱可分期购买，审批两分钟搞定，月供只要99元", "retail", "moments")).toEqual([
      "required.loan_disclosure:block",
    ]);
    expect(requiredFindings("家具分期，手机上点两下就放款，次日送货", "retail", "moments")).toEqual([
      "required.loan_disclosure:block",
    ]);
    expect(
      requiredFindings(
        "【某某汽车金融】根据借款合同约定，自7月1日起您的贷款利率调整为年化4.1%，请登录APP查看新还款计划。",
        "auto",
        "sms",
      ),
    ).toEqual([]);
  });
});

describe("collection threats and leaked papers", () => {
  it("holds a lender's claim to have put the debtor on the court's list, and the children threatened", async () => {
    await expectBlocks(
      ["您的欠款逾期太久，已被纳入失信名单", "再不还款，您孩子以后也上不了好学校"],
      ["如法院判决后仍不履行，法院可能依法将您纳入失信被执行人名单"],
      "finance",
      "harassment",
      "sms",
    );
  });

  it("holds papers sold as leaked, or as this year's questions", async () => {
    await expectBlocks(
      ["这套是阅卷组那边流出来的卷子，报名就送", "模考卷和正式试卷重合度很高，名额有限"],
      ["往年真题可在考试院官网下载", "这套模拟卷供考前练习使用"],
      "education",
      "education_promise",
    );
  });
});

describe("foods and health foods claiming what only medicines or registrations may", () => {
  it("holds a food's traditional functions said outright, and sight or kidney qi restored", async () => {
    await expectBlocks(
      [
        "这款决明子茶养肝明目",
        "红枣枸杞汤补气养血，女生常喝",
        "这壶茶我天天喝，视力越喝越清晰",
        "这款药酒喝了一个月，肾气足了",
      ],
      ["决明子茶冲泡时水温90度为宜", "红枣枸杞汤做法：红枣10颗，枸杞一小把", "暖宫贴请勿直接贴在皮肤上"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("holds a food claiming health-food functions, and a health food vowed more effective and safer", async () => {
    await expectBlocks(
      ["这款压片糖果使其具有保健功能", "我们的固体饮料有和保健品一样的功效"],
      ["本品为普通食品，不具有保健功能", "固体饮料请用温水冲调"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["新配方鱼油，更有效、更安全"],
      ["鱼油请置于阴凉干燥处保存"],
      "health_food",
      "medical_claim",
    );
  });

  it("a registered health food on sale owes its notice as a block; a lesson on the blue hat owes nothing", () => {
    expect(
      requiredFindings("维生素C咀嚼片，保健功能：补充维生素C，今日下单买二送一", "health_food", "moments"),
    ).toEqual(["required.health_food_notice:block"]);
    expect(requiredFindings("保健功能：补充维生素C。适宜人群：成人", "health_food", "moments")).toEqual([
      "required.health_food_notice:warn",
    ]);
  });
});

describe("superlatives at the end of a long measure, and heads of lists", () => {
  it("holds the seller as the most of every one of a kind, and at the top of a list", async () => {
    await expectBlocks(
      [
        "我们家是全市所有开在商场里的烘焙店当中面积最大的",
        "本店草莓销量稳居全市榜首",
        "这款米我们家卖得最多",
        "我们是培训行业的龙头老大",
      ],
      [
        "本店今年卖得最多的是这款面包",
        "我们在所有的产品中最推荐这一款",
        "全市所有商场中开业最早的是百货大楼",
      ],
      "retail",
      "absolute",
    );
  });
});

describe("what reads 64 and 65 and round 67 must not hold", () => {
  it("leaves consent forms, statistics, appraisals, a tea's first infusion and cell waste alone", async () => {
    expect(
      await ruleHeldLines([
        ["光子嫩肤的治疗效果因人而异，术前请面诊", "beauty"],
        ["据统计局数据，山东是去年全国蔬菜产量最多的省份", "retail"],
        ["经专家鉴定，鉴定委员会认为该项目技术处于国内领先水平", "manufacturing"],
        ["据中国食品工业协会发布的年度榜单，该品牌销量位居榜首", "food_beverage"],
        ["岩茶第一泡用来温杯", "food_beverage"],
        ["运动后肌肉里的代谢废物会慢慢排出", "medical"],
        ["声称零风险的医美项目都要打个问号", "beauty"],
        ["暖宫护理以热敷为主，不具医疗功效", "beauty"],
        ["您对基金的看法是：A、基金无风险 B、基金可能亏损", "finance"],
      ]),
    ).toEqual([]);
  });

  it("a warning about platforms that collapsed owes no risk line of its own", () => {
    expect(
      requiredFindings("爆雷跑路的平台往往宣传年化收益30%，这是非常危险的", "finance", "moments"),
    ).toEqual([]);
  });
});

// Look-alikes and holes an independent read of the first pass found; every sentence is written here.
describe("what the first pass of these patterns held and must not", () => {
  it("leaves taps, contests, own favourites, warehouses, quizzes, school fees and bank reminders alone", async () => {
    expect(
      await ruleHeldLines([
        ["楼下水龙头老大漏水，物业已经来修了", "retail"],
        ["周末举办“谁与争锋”围棋赛，欢迎报名", "retail"],
        ["本月业绩位居全店榜首的是小李，奖金已发", "retail"],
        ["我们在所有的菜里最拿手的是糖醋鱼", "food_beverage"],
        ["明天这批货就从这里出库，请备好车", "manufacturing"],
        ["下周的听写就从这些词里出，请家长督促", "education"],
        ["教育局辟谣：网传泄露的中考试卷系伪造", "education"],
        ["幼儿园餐费逾期未缴的，孩子下周起上不了校车", "education"],
        ["为确保您按时还款，建议开通自动扣款", "finance"],
        ["本产品本息不提供任何担保，投资需谨慎", "finance"],
        ["固定利率房贷能锁住利率，月供不变", "finance"],
        ["我们推荐的这本手册今年发放量翻了一倍", "finance"],
        ["没有医生敢保证手术不会出问题，术前评估很重要", "medical"],
        ["猫咪寄养交给我们，不会出任何差错", "pets"],
        ["抗生素只能杀灭病菌，对病毒无效", "medical"],
        ["建议选择既安全又有效的避孕方式，请咨询医生", "medical"],
        ["午睡能起到养精蓄锐的作用", "education"],
        ["这款窗帘是温暖宫廷风", "retail"],
        ["冬至一过，阳气回来了，白天渐长", "retail"],
        ["这款疫苗具有强免疫原性，需由兽医注射", "pets"],
        ["这款安全座椅更安全更有效地保护宝宝", "mother_baby"],
        ["退款5分钟内到账，请留意短信", "retail"],
      ]),
    ).toEqual([]);
  });

  it("holds the paraphrases the first pass let through", async () => {
    await expectBlocks(
      ["本店草莓销量稳坐全市头把交椅", "我们是本地家政行业的龙头老大"],
      ["据京东公布的数据，这款耳机上月销量位居品类榜首"],
      "retail",
      "absolute",
    );
    await expectBlocks(
      ["这次做鼻综合从未失过手，万无一失", "双眼皮手术一点风险都没有"],
      ["双眼皮术后一周拆线"],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(
      [
        "群里老师昨天提示的那只股今天一字板。股市有风险，投资需谨慎",
        "跟着做了半年，从10万做到了18万。股市有风险，投资需谨慎",
      ],
      ["有人追涨杀跌，本金从10万亏到6万，投资一定要理性。股市有风险，投资需谨慎"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(
      ["拔罐能把体内湿毒排出体外", "我们的理疗能长久缓解腰腿痛"],
      ["肝脏会自行排出代谢产生的毒素"],
      "medical",
      "medical_claim",
    );
  });

  it("keeps finance rules on when a pitch opens with a question or names a foil", async () => {
    await expectBlocks(
      ["您对养老的看法是什么？这款产品保本保息，收益锁定6%。理财有风险，投资需谨慎"],
      [],
      "finance",
      "finance_promise",
    );
    expect(
      requiredFindings("钱放银行贬值非常危险，这款理财年化3.5%，欢迎咨询", "finance", "moments"),
    ).toContain("required.risk_warning:block");
  });
});
