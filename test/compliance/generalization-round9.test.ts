// Kinds of real copy the engine let through (round 9): personal data handed around as lists or recited to a
// parent, growth claims for food and formula, one-dose cures and refunded efficacy, past hits and average
// gains sold as the next class's result, seats promised on payment, contact kept up after a refusal, loans
// priced by the day; and the compliant side of each. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import { checkLine as check, requiredFindings, ruleBlocks } from "./fixtures.ts";

describe("generalization fixes (round 9)", () => {
  it("a list of people's data passed around is a personal-data violation", async () => {
    expect(
      ruleBlocks(
        await check(
          "到了一批车贷客户资料，姓名、手机号、贷款余额都有，组里每人领三十条。",
          "finance",
          "group",
        ),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("老同学，把你们门店会员的表格导一份给我呗，电话那列就够。", "retail", "private"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(await check("出售一手宝妈数据，全国可选，量大从优。", "mother_baby", "private"), "pii"),
    ).toBe(true);
    // a privacy notice names the same fields to promise their protection
    expect(
      ruleBlocks(
        await check(
          "我们收集您的姓名、手机号仅用于发货与售后，依据隐私政策加密保存，不会提供给第三方。",
          "retail",
          "sms",
        ),
        "pii",
      ),
    ).toBe(false);
  });

  it("another person's identifiers shown in a group or to a stranger are personal data", async () => {
    expect(
      ruleBlocks(
        await check("喜报！李先生（身份证后四位0816）今日投保成功，下一个就是你！", "insurance", "group"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("您好，您爱车的车架号尾号是LK7731吧？续保给您打八五折。", "auto", "outbound"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("咱们楼里1102的周阿姨和1305的孙大哥都订了，您也试试？", "retail", "private"),
        "pii",
      ),
    ).toBe(true);
    // a masked number confirming the customer's own order is a service message
    expect(
      ruleBlocks(
        await check("【鲜丰】您尾号5520的手机下单的订单已发货，请注意查收。", "retail", "sms"),
        "pii",
      ),
    ).toBe(false);
  });

  it("a child's class and marks recited to a parent are personal data used to sell", async () => {
    expect(
      ruleBlocks(
        await check(
          "王妈妈您好，您家小宇在育才小学五(2)班对吧？我们有针对性的提升课。",
          "education",
          "private",
        ),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("孩子上次月考英语才62分，对吧？暑假是最后的追分窗口。", "education", "outbound"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("家长您好，本周六上午有一节试听课，欢迎带孩子来体验。", "education", "private"),
        "pii",
      ),
    ).toBe(false);
  });

  it("growth sold by food or formula is a function claim; the honest version is not", async () => {
    expect(
      ruleBlocks(
        await check("学生营养粉坚持喝半年，同龄娃平均长高5厘米，个子矮的家长别犹豫。", "food_beverage"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("孩子不补这个钙就长不高，现在拍两罐送一罐。", "mother_baby", "group"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check(
          "学生奶富含钙和蛋白质；孩子的身高受遗传、睡眠和运动等多种因素影响，喝奶决定不了。",
          "food_beverage",
        ),
        "medical_claim",
      ),
    ).toBe(false);
  });

  it("a one-dose cure and a refund for no effect are efficacy guarantees", async () => {
    expect(
      ruleBlocks(
        await check("牙疼别忍着，这款喷剂一喷就不疼，家里常备。", "pharma", "group"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("热玛吉三次一个疗程，紧致提升没效果全额退款。", "medical", "private"),
        "medical_claim",
      ),
    ).toBe(true);
    // keeping up a routine "to make sure it works" promises nothing
    expect(
      ruleBlocks(
        await check("为保证效果，面霜请在洁面后取适量涂抹，坚持早晚使用。", "beauty", "private"),
        "medical_claim",
      ),
    ).toBe(false);
  });

  it("past hits, average gains and reserved seats are education promises", async () => {
    expect(
      ruleBlocks(
        await check("去年省考行测押中31道原题，今年的冲刺营明天截止。", "education", "group"),
        "education_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("春季班学员平均提分37分，孩子跟着练就能提分。", "education", "moments"),
        "education_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("交定金即预留实验班名额，先到先得。", "education", "group"),
        "education_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check(
          "每班不超过12人，每周两次答疑；课程效果因人而异，我们不承诺分数。",
          "education",
          "moments",
        ),
        "education_promise",
      ),
    ).toBe(false);
  });

  it("a refusal answered with more calls is harassment; one polite follow-up is not", async () => {
    expect(
      ruleBlocks(
        await check(
          "客户：我不需要，别再打了。坐席：好的好的，那我以后每天给您提醒一下活动。",
          "retail",
          "outbound",
        ),
        "harassment",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check(
          "您好，我是悦家家居的客服，上次您说下月再看，想问问现在方便了解吗？不需要的话我就不再打扰。",
          "retail",
          "outbound",
        ),
        "harassment",
      ),
    ).toBe(false);
  });

  it("a loan priced by the day or month owes its annual rate in a private chat too", () => {
    const required = (text: string) =>
      checkRequiredElements({ text, industry: "finance", channel: "private" }).map((f) => f.rule_id);
    expect(required("周转不开就找我，月息才1分2，一天几块钱的事。")).toEqual(["required.loan_disclosure"]);
    expect(required("月息1分2，折合年化利率（单利）14.4%，额度以审批结果为准。")).toEqual([]);
    // a price per day that is not a loan owes nothing
    expect(required("会员服务一天才1块钱，账户数据随时可查。")).toEqual([]);
  });
  it("a seller who knows where the customer lives, or what a firm's records say, shows data it was never given", async () => {
    expect(
      ruleBlocks(
        await check(
          "赵哥好，系统里看到您在锦绣华府5栋刚交房，我们给这栋业主准备了软装套餐。",
          "retail",
          "private",
        ),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("本周到货：全市餐饮店老板电话3000条，拿你们商会名单来换也行。", "retail", "group"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("月子中心给的新生儿家庭名单我这有，做早教的私聊。", "mother_baby", "group"),
        "pii",
      ),
    ).toBe(true);
    // the customer's own delivery, confirmed to the customer, is service
    expect(
      ruleBlocks(
        await check(
          "赵哥好，您订的沙发明天上午送到锦绣华府，师傅到楼下会先给您打电话。",
          "retail",
          "private",
        ),
        "pii",
      ),
    ).toBe(false);
  });

  it("a transactional SMS or one that already offers a way out owes no opt-out line", () => {
    const sms = (text: string) =>
      checkRequiredElements({ text, industry: "retail", channel: "sms" }).map((f) => f.rule_id);
    expect(sms("【安途驾校】您的科目三考试安排在12月9日下午，请提前到达考场并携带身份证。")).toEqual([]);
    expect(
      sms("【禾心月子】您咨询的2月档期还有3个房间，如需预约请回复1，不需要请回复N，我们将不再发送。"),
    ).toEqual([]);
    expect(sms("【禾心月子】2月档期还有3个房间，预约享九折！")).toEqual(["required.sms_opt_out"]);
  });
});

// Kinds of published copy the first real-text set (r1) showed: bare ad fragments, regulators quoting banned
// wording, call scripts by people, not voice models. Every sentence is written for these tests.
describe("generalization fixes (round 9, published text)", () => {
  it("a regulator's list of banned wording quotes it, it does not claim it", async () => {
    const notice = await check(
      "监管提示：部分机构使用“稳赚不赔”“保底收益”等话术推销理财，请通过正规渠道了解产品。",
      "finance",
    );
    expect(ruleBlocks(notice, "finance_promise")).toBe(false);
    expect(notice.findings.some((finding) => finding.rule_id === "required.risk_warning")).toBe(false);
    expect(
      ruleBlocks(await check("不要购买来路不明的“祖传秘方”“特效药”。", "pharma", "group"), "medical_claim"),
    ).toBe(false);
    // the same words as an offer still block
    expect(ruleBlocks(await check("这款理财稳赚不赔，保底收益6%。", "finance"), "finance_promise")).toBe(
      true,
    );
  });

  it("a named caller without the AI line is told to say it is an AI; a caller who hides who calls is blocked", () => {
    const outbound = (text: string) => requiredFindings(text, "retail", "outbound");
    expect(outbound("您好，我是安居家装的顾问，想问下您新房装修有计划吗？")).toEqual([
      "required.outbound_ai_disclosure:block",
    ]);
    expect(outbound("您好，想问下您新房装修有计划吗？")).toEqual(["required.outbound_opening:block"]);
    expect(outbound("您好，我是安居家装的顾问，我是真人不是机器人哦。")).toEqual([
      "required.outbound_opening:block",
    ]);
  });

  it("slimming results, spine cures and sexual-function promises are health claims in any product", async () => {
    expect(
      ruleBlocks(await check("代餐奶昔喝一个月瘦到95斤，油脂都排出来了。", "food_beverage"), "medical_claim"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("乳胶枕每晚一用，颈椎好轻松，曲度慢慢恢复。", "retail"), "medical_claim"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("男士草本茶，壮阳补肾，一喝就见效。", "food_beverage"), "medical_claim"),
    ).toBe(true);
    // an honest pillow post
    expect(
      ruleBlocks(await check("乳胶枕高度可调，侧睡仰睡都合适，睡得更舒服。", "retail"), "medical_claim"),
    ).toBe(false);
  });

  it("a sum earned, made-up income records and admission refunds are promises", async () => {
    expect(
      ruleBlocks(await check("新手福利：投50元，一周净赚3200元！", "finance", "group"), "finance_promise"),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("流水不够没关系，我们帮您包装流水，下款快。", "finance", "private"),
        "finance_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("冲刺营承诺：未能考入重点高中，学费全额退还。", "education"),
        "education_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(await check("学员实名见证：三个月后模考成绩突飞猛进。", "education"), "education_promise"),
    ).toBe(true);
  });
});

// Kinds of published copy the second real-text set (r2) showed. Every sentence is written for these tests.
describe("generalization fixes (round 9, second real-text set)", () => {
  it("score gains in points or days are education promises; a schedule is not", async () => {
    expect(ruleBlocks(await check("寒假数学营，15天提升10—20分！", "education"), "education_promise")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("不用参加入学考试，即可申请入读本科。", "education", "group"),
        "education_promise",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("寒假数学营共15天，每天两课时，满分150分的卷子每周测一次。", "education"),
        "education_promise",
      ),
    ).toBe(false);
  });

  it("data sold in bulk or read out field by field is personal data; a delivery notice is not", async () => {
    expect(ruleBlocks(await check("每天更新，常年出售各类数据，量大优惠。", "retail", "group"), "pii")).toBe(
      true,
    );
    expect(
      ruleBlocks(await check("会员资料我都整理好了，明天发给新来的销售。", "retail", "private"), "pii"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("名字、电话、住址、生日都齐全，要多少条你说。", "retail", "private"), "pii"),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("您填写的姓名、电话、地址仅用于配送，我们不会提供给任何第三方。", "retail", "private"),
        "pii",
      ),
    ).toBe(false);
  });

  it("fund and dividend cautions are the risk line; regulators' lists of banned wording are no offer", () => {
    const required = (text: string, industry = "finance") =>
      checkRequiredElements({ text, industry: industry as never, channel: "moments" }).map((f) => f.rule_id);
    expect(
      required("本基金投资于股票，市场波动时基金净值有可能会明显受到影响，过往业绩不代表未来表现。"),
    ).toEqual([]);
    expect(required("面对“高息保本”的宣传，记住不信、不投、不传。")).toEqual([]);
    expect(required("分红险的利益演示包括红利为0在内的多种情景，实际分红每年浮动。", "insurance")).toEqual(
      [],
    );
    expect(required("本期理财业绩比较基准3.2%，欢迎到网点预约。")).toEqual(["required.risk_warning"]);
    // describing finance without selling it is no advertisement; a return or a figure makes it one
    expect(required("私募基金只能向合格投资者推介，单只产品的投资者人数有上限。")).toEqual([]);
    expect(required("银行自营理财，收益稳稳的，养老钱放这里。")).toEqual(["required.risk_warning"]);
  });

  it("credit pushed at people who never asked is harassment; a reply to an application is not", async () => {
    expect(
      ruleBlocks(await check("您有15万备用金待领取，点击链接即可激活。", "finance", "sms"), "harassment"),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("【顺达银行】您申请的贷款已审批通过，请登录手机银行查看。", "finance", "sms"),
        "harassment",
      ),
    ).toBe(false);
  });
});

// Kinds of published copy the third real-text set (r3) showed. Every sentence is written for these tests.
describe("generalization fixes (round 9, third real-text set)", () => {
  it("disease as the audience, the origin of all illness or a symptom wiped out is a health claim", async () => {
    expect(
      ruleBlocks(await check("高血压人群专用的芹菜降压茶，每天两包。", "food_beverage"), "medical_claim"),
    ).toBe(true);
    expect(ruleBlocks(await check("湿气是百病之源，泡脚桶每天泡一泡。", "retail"), "medical_claim")).toBe(
      true,
    );
    expect(ruleBlocks(await check("一次两片，腰酸症状全消失。", "health_food"), "medical_claim")).toBe(true);
  });

  it("expected yields, top-scorer titles, pass-line rates and certificates sold on income are promises", async () => {
    expect(
      ruleBlocks(await check("新发理财预期年化收益率5.8%，限量发售。", "finance"), "finance_promise"),
    ).toBe(true);
    // the benchmark wording regulators ask for instead
    expect(
      ruleBlocks(
        await check("新发理财业绩比较基准2.8%-3.4%，业绩比较基准不代表实际收益，理财有风险。", "finance"),
        "finance_promise",
      ),
    ).toBe(false);
    expect(
      ruleBlocks(await check("热烈祝贺我校学员喜获全县文科状元！", "education"), "education_promise"),
    ).toBe(true);
    expect(ruleBlocks(await check("去年美术联考本科达线率91%。", "education"), "education_promise")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("考下建造师证书，挂靠一年轻松拿三万。", "education", "private"),
        "education_promise",
      ),
    ).toBe(true);
  });

  it("a list offered for sale is personal data; a warning about a 'too good' product is no offer", async () => {
    expect(ruleBlocks(await check("本市新楼盘业主名单出售，需要的私聊。", "retail", "group"), "pii")).toBe(
      true,
    );
    expect(
      checkRequiredElements({
        text: "号称“稳赚不赔”的理财？小心掉进虚假宣传的坑。",
        industry: "finance",
        channel: "moments",
      }).map((f) => f.rule_id),
    ).toEqual([]);
  });
});

// Kinds of published copy the fourth real-text set (r4) showed. Every sentence is written for these tests.
describe("generalization fixes (round 9, fourth real-text set)", () => {
  it("food sold on drug-like actions and shops listing diseases make health claims", async () => {
    expect(
      ruleBlocks(
        await check("五指毛桃炖汤，健脾润肺、舒筋活络，一家老小都适合。", "food_beverage"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(await check("湿疹荨麻疹脚气，来店免费体验草本泡浴。", "beauty", "group"), "medical_claim"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("五指毛桃炖汤，汤色清亮，带淡淡椰香。", "food_beverage"), "medical_claim"),
    ).toBe(false);
  });

  it("yields to enjoy and past students' results are promises", async () => {
    expect(ruleBlocks(await check("新客专享，最高可享6.6%年化收益！", "finance"), "finance_promise")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("去年中考满分学员23人，90%考入省重点。", "education", "group"),
        "education_promise",
      ),
    ).toBe(true);
  });

  it("投保本产品 is no 保本, and a warning about 包装 and 噱头 quotes its examples", async () => {
    expect(
      ruleBlocks(await check("年满18周岁即可投保本产品，保障期间一年。", "insurance"), "finance_promise"),
    ).toBe(false);
    expect(
      ruleBlocks(
        await check("警惕培训机构包装“名师保过”“名额内定”等噱头。", "education", "group"),
        "education_promise",
      ),
    ).toBe(false);
  });
});
