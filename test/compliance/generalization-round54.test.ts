// Round 54 and the leftovers of rounds 52 and 53, each judged by what the words do. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings, ruleHeldLines } from "./fixtures.ts";

function wechatIds(text: string): string[] {
  return scanPii(text, foldSameLength(text))
    .filter((finding) => finding.rule_id === "pii.wechat_id")
    .map((finding) => finding.excerpt);
}

describe("leftovers of rounds 52 and 53", () => {
  it("a supplement's effect vouched for as proven", async () => {
    await expectBlocks(
      ["老厂家的鱼油，有经得住检验的功效", "这款益生菌的效果经得起时间考验"],
      ["我们的品质经得起检验", "效果因人而异，本品不能代替药物", "功效需要经过科学验证"],
      "health_food",
      "medical_claim",
    );
  });

  it("a booking notice offering help with questions owes no opt-out; one that sells still does", () => {
    expect(
      requiredFindings(
        "王女士您好，您已成功预约周六上午的试听课。如有疑问，请加微信客服咨询或拨打客服热线。【启明教育】",
        "education",
        "sms",
      ),
    ).toEqual([]);
    expect(
      requiredFindings(
        "王女士您好，您已成功预约周六上午的试听课，现在报名立减300元。如有疑问请加微信客服。【启明教育】",
        "education",
        "sms",
      ),
    ).toContain("required.sms_opt_out:block");
  });

  it("a customer-service WeChat given in brackets is the business's, a person's own is not", () => {
    expect(wechatIds("如有问题请添加微信客服（微信号：qmjy_help01）")).toEqual([]);
    expect(wechatIds("有事直接加我（微信号：lily_0917x）")).toEqual(["lily_0917x"]);
  });

  it("the claim model does not claim what the allow list declares no claim", async () => {
    const title = await checkLine("启明职业教育在线学习平台【唯一官方网站】", "education");
    expect(flaggedFindings(title)).toEqual([]);
    const claim = await checkLine("启明职业教育是全国唯一的职业教育平台", "education");
    expect(flaggedFindings(claim).map((finding) => finding.label)).toContain("absolute");
  });
});

describe("round 54's missed claims", () => {
  it("an ailment bidden farewell in a greeting's words", async () => {
    await expectBlocks(
      ["这支精华用两周，和闭口痘痘说拜拜", "睡前一杯，从此跟失眠说再见"],
      ["和熬夜说拜拜，早点睡吧", "和暗沉说再见，提亮肤色", "和旧妆容说再见，换个新发型"],
      "beauty",
      "medical_claim",
    );
  });

  it("a procedure vowed painless, traceless, without downtime or for ever", async () => {
    await expectBlocks(
      [
        "皮秒祛斑无痛无痕，午休就能做",
        "水光针打完不红肿不结痂，第二天照常上班",
        "线雕提升的效果是永久的",
        "溶脂后不易反弹，一次塑形",
        "射频仪可以实现紧致提拉、淡化细纹的疗效",
      ],
      ["术后可能出现轻微红肿，一般三五天消退", "打完会不会留下疤痕？", "吸脂后饮食不控制仍可能反弹"],
      "medical",
      "medical_claim",
      "private",
    );
  });

  it("a world first, a payment beside a maturity sum, a vowed return, an easy income", async () => {
    await expectBlocks(["亚洲首枚生肖彩金纪念章限量发行"], ["首套房贷利率又降了"], "jewelry", "absolute");
    await expectBlocks(
      ["每年交八千，交15年，期满返还18万"],
      ["交10年保障到70岁，期满不返还"],
      "insurance",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["商铺由我们统一运营，确保租金回报稳定"],
      ["本项目不作任何租金回报承诺", "我们无法保证稳定收益，请审慎决策"],
      "retail",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["跟着导师学完剪辑，每个月接单赚两万很容易"],
      ["刚入行一个月赚两万并不容易"],
      "education",
      "education_promise",
      "private",
    );
  });

  it("a loan sold as easy, or trading urged, in a private chat without its disclosure", () => {
    expect(requiredFindings("需要用钱吗？无需征信，当天放款", "finance", "private")).toContain(
      "required.loan_disclosure:block",
    );
    expect(
      requiredFindings(
        "需要用钱吗？无需征信，当天放款，年化利率7.2%起，以审批结果为准",
        "finance",
        "private",
      ),
    ).toEqual([]);
    expect(requiredFindings("黄金行情来了，马上开始您的第一笔投资吧", "finance", "private")).toContain(
      "required.risk_warning:block",
    );
    expect(
      requiredFindings(
        "黄金行情来了，马上开始您的第一笔投资吧。投资有风险，入市需谨慎",
        "finance",
        "private",
      ),
    ).toEqual([]);
  });
});

describe("round 54's look-alikes", () => {
  it("a creed of firsts, a draw where everyone wins, a full-tuition scholarship, nature's comfort", async () => {
    expect(
      await ruleHeldLines([
        ["我们的追求：品质第一、时尚第一、诚信第一", "retail"],
        ["消费满50元参与抽奖，100%有礼", "retail"],
        ["成绩前三名可获100%学费奖学金", "education"],
        ["读完这本小书，感受文字的治愈", "retail"],
      ]),
    ).toEqual([]);
  });
});

// The read after round 54 found the first patterns cut to the published wording; these widen each family to other
// words for the same claim.
describe("the read after round 54", () => {
  it("a farewell waved, in English or to a clinic's ailment; an effect beyond doubt", async () => {
    await expectBlocks(
      ["这台红光仪每晚照一照，和咽炎挥挥手说再见", "坚持用这瓶生发液，跟掉发say bye"],
      ["和坏心情挥手说再见", "跟加班say goodbye，周末愉快"],
      "medical",
      "medical_claim",
      "sms",
    );
    await expectBlocks(
      ["这款鱼油护心的功效毋庸置疑", "它降脂的效果是公认的"],
      ["我们的服务品质毋庸置疑", "功效是否确切，需要更多研究"],
      "health_food",
      "medical_claim",
    );
  });

  it("a payout handed back in one sum, a course's monthly income in slang", async () => {
    await expectBlocks(
      ["年交3万交6年，第12年一次性返给您40万"],
      ["年交3万交6年，保障终身，具体利益以合同为准"],
      "insurance",
      "finance_promise",
      "private",
    );
    await expectBlocks(
      ["学完短视频课，每月躺赚8000不是梦", "结业后月入过万是常态"],
      ["学完能不能月入过万，取决于个人投入"],
      "education",
      "education_promise",
      "private",
    );
  });

  it("a first trade urged after an account notice; an AI course adviser names itself", () => {
    expect(
      requiredFindings("您的账户已开通，行情正好，赶紧开始第一笔交易吧", "finance", "private"),
    ).toContain("required.risk_warning:block");
    expect(requiredFindings("您的账户已开通，登录密码请妥善保管", "finance", "private")).toEqual([]);
    expect(
      requiredFindings("您好，我是星途教育的AI课程顾问小林，想了解下您对课程的反馈", "education", "outbound"),
    ).not.toContain("required.outbound_ai_disclosure:block");
    expect(
      requiredFindings(
        "您好，我是星途教育AI学习机的顾问小林，想了解下您对学习机的反馈",
        "education",
        "outbound",
      ),
    ).toContain("required.outbound_ai_disclosure:block");
  });

  it("a reported question that the next clause denies outright", async () => {
    const denied = await checkLine("有顾客问这是不是全国首款折叠屏，其实不是，早有品牌做过", "retail");
    expect(flaggedFindings(denied).filter((finding) => finding.source === "rule")).toEqual([]);
    const boast = await checkLine("你问是不是全国首款，不是吹，就是全国首款", "retail");
    expect(flaggedFindings(boast).map((finding) => finding.label)).toContain("absolute");
  });
});

// Round 55's misses and false alarms, in the same file: the round was short (89 lines) and its families sit beside
// round 54's.
describe("round 55's missed claims", () => {
  it("a crown among its kind, no chemical at all", async () => {
    await expectBlocks(
      ["这款菜籽油堪称食用油中的皇后", "本店鲜榨果汁是饮品之冠"],
      ["他夺得了全国冠军", "王者归来，周末见"],
      "food_beverage",
      "absolute",
    );
    await expectBlocks(
      ["这款洗衣液不含任何化学成分，宝宝衣物放心洗"],
      ["我们不能说不含任何化学成分，但配方温和"],
      "retail",
      "absolute",
    );
  });

  it("spots removed at the root, no dependence, toxins drawn out of the skin", async () => {
    await expectBlocks(
      [
        "这支精华从根源上抑制黑色素，达到淡斑的目的",
        "停用后不反黑，无任何依赖性",
        "面膜能把毛孔里的毒素吸出来",
      ],
      ["会不会产生依赖性呢？", "保湿从根本上说是补水", "清洁毛孔里的油脂和污垢"],
      "beauty",
      "medical_claim",
    );
  });

  it("a food that lowers blood sugar, a cure in a set number of sessions", async () => {
    await expectBlocks(
      ["苦荞茶有很好的降血脂作用"],
      ["苦荞茶不具降血脂作用，请遵医嘱服药", "苦荞茶有降糖作用吗？"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["扁平疣只需两次治疗即可清除"],
      ["扁平疣一般需要多次治疗，效果因人而异"],
      "medical",
      "medical_claim",
    );
  });

  it("the principal kept, leverage as quick profit", async () => {
    await expectBlocks(
      ["跟着我们操作，您一定能保住本金", "用配资加杠杆，行情来了轻松获利"],
      ["这只基金能保住本金吗？", "配资不能让你轻松获利，反而可能爆仓"],
      "finance",
      "finance_promise",
    );
  });
});

describe("round 55's look-alikes", () => {
  it("a lesson on product types, a critic's list of quoted loan lures, a refund for quitting, pure oats", async () => {
    expect(
      await ruleHeldLines([
        ["一般来说，银行理财可分为以下几类：非保本浮动收益型、保本浮动收益型和保证收益型", "finance"],
        ["“包下款”“不看征信”——这些承诺往往是虚假借贷平台的惯用套路", "finance"],
        ["未拿证之前均可申请退学，剩余学费按合同退还", "education"],
        ["原料为100%纯燕麦，无其他添加", "food_beverage"],
        ["本校的办学理念：学生第一、技术第一", "education"],
      ]),
    ).toEqual([]);
  });

  it("an app's nudge to open it is marketing; a bill's nudge to check it is not", () => {
    expect(
      requiredFindings("【优布】有新买家看了您的店铺，快去打开优布回复吧！", "manufacturing", "sms"),
    ).toContain("required.sms_opt_out:block");
    expect(requiredFindings("【星河银行】您的账单已出，赶快打开APP查看吧", "finance", "sms")).toEqual([]);
  });
});
