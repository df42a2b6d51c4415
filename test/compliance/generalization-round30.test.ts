// Claim families that rounds 28 and 29 of published text showed the rules did not name (a debtor's data made
// public for the arrears, an education outcome said to be secured, a refund when no job comes, a return secured by
// the contract, side effects played down, 最高质量), then what round 30's first run missed or held (instant relief
// from a clinic, snoring stopped by a ring, the top level of a field, a dream of a job; a cap read as a rank,
// sterilising read as a cure). Every sentence is written for these tests; each family has the look-alikes it must
// leave alone.
import { describe, expect, it } from "vitest";
import { requiredFindings, ruleBlocksLine } from "./fixtures.ts";

/** whether an outbound finance text is asked for a call's opening (a text read as SMS is not) */
const opening = (text: string) =>
  requiredFindings(text, "finance", "outbound").some((finding) =>
    finding.startsWith("required.outbound_opening:"),
  );

const blocks = (texts: readonly string[], industry: string, label: string, channel = "moments") =>
  Promise.all(
    texts.map(async (text) => [text, await ruleBlocksLine(text, industry, label, channel)] as const),
  );

describe("claim families named after rounds 28-29 (round 30)", () => {
  it("a debtor's personal data said to be published for a default", async () => {
    for (const [text, blocked] of await blocks(
      [
        "欠款人拖欠超过30天的，其身份信息将在平台公示",
        "违约客户的资料会在官网公开",
        "一旦违约，平台有权曝光借款人的住址和照片",
        "逾期不还者，个人资料将挂上失信曝光台",
      ],
      "finance",
      "pii",
      "private",
    ))
      expect(blocked, text).toBe(true);
    for (const [text, blocked] of await blocks(
      [
        "我们不会公开逾期用户的个人信息",
        "平台每月公开披露逾期率、逾期金额等信息",
        "借款人逾期信息将依法报送征信系统",
        "谨防冒充平台的骗子以公开欠款人信息相威胁",
      ],
      "finance",
      "pii",
      "private",
    ))
      expect(blocked, text).toBe(false);
  });

  it("a course's outcome said to be secured, or a refund when no job comes", async () => {
    for (const [text, blocked] of await blocks(
      [
        "教学效果有保障，小班授课",
        "三重提分保障，名师一对一",
        "上岸更有保障",
        "推荐三次仍未入职的，培训费全额退还",
      ],
      "education",
      "education_promise",
    ))
      expect(blocked, text).toBe(true);
    for (const [text, blocked] of await blocks(
      [
        "学员资金安全有保障，学费由银行监管",
        "就业保障政策解读讲座下周开讲",
        "报名费支付未成功的，款项原路退还",
      ],
      "education",
      "education_promise",
    ))
      expect(blocked, text).toBe(false);
  });

  it("a return secured by the contract, value kept with a high return on top", async () => {
    for (const [text, blocked] of await blocks(
      ["回报写进协议，确保兑现", "这款产品既能保值又有高回报"],
      "finance",
      "finance_promise",
    ))
      expect(blocked, text).toBe(true);
    for (const [text, blocked] of await blocks(
      ["本产品不保证收益实现，历史业绩不预示其将来表现", "黄金可以保值，但金价也会下跌"],
      "finance",
      "finance_promise",
    ))
      expect(blocked, text).toBe(false);
  });

  it("side effects played down, and 最高质量 as a superlative", async () => {
    for (const [text, blocked] of await blocks(["本品药性平和，副作用小"], "pharma", "medical_claim"))
      expect(blocked, text).toBe(true);
    for (const [text, blocked] of await blocks(
      ["任何药物都有副作用，小剂量也要遵医嘱", "不良反应：尚不明确"],
      "pharma",
      "medical_claim",
    ))
      expect(blocked, text).toBe(false);
    expect(await ruleBlocksLine("选用最高质量的原料", "food_beverage", "absolute")).toBe(true);
    expect(await ruleBlocksLine("我们月子中心按最高标准要求自己", "mother_baby", "absolute")).toBe(false);
  });
});

describe("what round 30's first run missed or held", () => {
  it("a clinic's instant or effective relief, snoring stopped, the top level of a field, a dream job", async () => {
    for (const text of ["针灸后可立即缓解颈肩疼痛", "理疗能有效舒缓慢性咽炎"])
      expect(await ruleBlocksLine(text, "medical", "medical_claim"), text).toBe(true);
    expect(await ruleBlocksLine("出现胸痛请立即就医", "medical", "medical_claim")).toBe(false);
    for (const text of ["磁疗手环，止鼾安神", "这款枕头让老公告别打呼噜"])
      expect(await ruleBlocksLine(text, "jewelry", "medical_claim"), text).toBe(true);
    expect(await ruleBlocksLine("代表了国内种植牙的最高水平", "medical", "absolute")).toBe(true);
    for (const text of ["学完高薪就业不再是梦", "名校录取不是梦"])
      expect(await ruleBlocksLine(text, "education", "education_promise"), text).toBe(true);
  });

  it("a discount cap after praise, and sterilising milk, dishes or water, are no claims", async () => {
    expect(await ruleBlocksLine("好评返现最高20元", "mother_baby", "absolute")).toBe(false);
    expect(await ruleBlocksLine("口碑最高的奶粉品牌", "mother_baby", "absolute")).toBe(true);
    for (const text of ["采用巴氏杀菌工艺的鲜牛奶", "消毒柜高温杀菌，奶瓶放心用", "紫外线杀菌，每天自动运行"])
      expect(await ruleBlocksLine(text, "food_beverage", "medical_claim"), text).toBe(false);
    expect(await ruleBlocksLine("喝了能杀菌消炎", "food_beverage", "medical_claim")).toBe(true);
  });
});

describe("text that reports, warns of or disclaims a claim (rounds 22-29's compliant lines)", () => {
  it("a quotation called a lie, claims listed as exaggeration, a belief it misleads into, a warning to be wary", async () => {
    for (const [text, industry, label] of [
      ["传单上印着“三天根治失眠”，这纯属谎言", "health_food", "medical_claim"],
      ["考试必过、三天提分、无效退款等夸大效果的描述，家长要学会分辨", "education", "education_promise"],
      ["这类宣传材料使投资者误信产品可以保本保息", "finance", "finance_promise"],
      ["对于承诺年化20%稳赚不赔的项目，务必保持警惕", "finance", "finance_promise"],
      [
        "本平台只做信息撮合，未以任何形式或通过任何渠道向已经注册的各位个人出借人承诺保本保息",
        "finance",
        "finance_promise",
      ],
      ["展示的产品虽经筛选，但不代表本平台会就您购买的产品承诺本金安全", "finance", "finance_promise"],
    ] as const)
      expect(await ruleBlocksLine(text, industry, label), text).toBe(false);
  });

  it("a claim made beside such words is still a claim", async () => {
    for (const [text, industry, label] of [
      ["“三天根治失眠”，这不是谎言，是我们的真实疗效", "health_food", "medical_claim"],
      ["本店全网最低价，请警惕假冒", "retail", "absolute"],
      ["本产品保本保息，以往的业绩不代表将来", "finance", "finance_promise"],
    ] as const)
      expect(await ruleBlocksLine(text, industry, label), text).toBe(true);
  });

  it("an outbound text with a gateway placeholder, an app to open or a one-time code reads as an SMS", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an SMS gateway's placeholder, written as the gateway takes it
    expect(opening("您好，本次${操作}验证码为${验证码}，5分钟内有效。")).toBe(false);
    expect(opening("亲爱的用户，账单已还清，请打开App看明细。")).toBe(false);
    expect(opening("您好，我是小王，想跟您介绍一款理财产品")).toBe(true);
    // a caller asking for the code is on a call
    expect(opening("喂，您好，您的额度已经提上来了，我现在就给您开通，您把验证码念一下")).toBe(true);
  });
});

describe("families still open in rounds 22-29's published misses", () => {
  it("a debt turned into a police case or a crime by the collector", async () => {
    for (const text of [
      "您的借款已逾期三个月，已被列入失信黑名单并移交公安机关",
      "您因欠款不还涉嫌合同诈骗，再不还款将追究刑事责任",
    ])
      expect(await ruleBlocksLine(text, "finance", "harassment", "outbound"), text).toBe(true);
    for (const text of ["逾期将依法追究法律责任并上报征信", "恶意透支信用卡可能构成信用卡诈骗罪"])
      expect(await ruleBlocksLine(text, "finance", "harassment", "outbound"), text).toBe(false);
  });

  it("a wage floor for graduates, money back if the service fails", async () => {
    for (const text of ["结业后月薪不少于4000元", "包岗位定薪资", "留学申请不成功，100%退费"])
      expect(await ruleBlocksLine(text, "education", "education_promise"), text).toBe(true);
    for (const text of ["老师工资由学校统一发放", "报名费支付不成功，全额退还"])
      expect(await ruleBlocksLine(text, "education", "education_promise"), text).toBe(false);
  });

  it("most popular, most distinctive, most correct, widest, the biggest centre of its kind", async () => {
    for (const text of ["本季最流行的洁面仪", "这里有全城最独特的设计", "本市规模最大的月子会所"])
      expect(await ruleBlocksLine(text, "beauty", "absolute"), text).toBe(true);
    expect(await ruleBlocksLine("最近流行的发型", "beauty", "absolute")).toBe(false);
  });
});

describe("finance and health families still open in rounds 22-29's published misses", () => {
  it("yield beside safety, a floor under it, a multiple of the deposit rate, losses topped up, the stake back fast", async () => {
    for (const text of [
      "年化收益可达活期存款的十几倍",
      "这款理财与存款无异，随存随取",
      "高收益又稳定，放心投",
      "收益高且有保障",
      "最低收益12%，欢迎咨询",
      "确保分红可预期",
      "加盟回本快",
      "盈利五五分成，亏损我们补亏",
    ])
      expect(await ruleBlocksLine(text, "finance", "finance_promise"), text).toBe(true);
    for (const text of ["高收益往往伴随高风险", "我们信用贷目前最低年化3.2%，以审批为准"])
      expect(await ruleBlocksLine(text, "finance", "finance_promise", "private"), text).toBe(false);
  });

  it("an ailment's gadget, cleaned vessels, sight restored, many diseases at once, growths removed, effortless loss", async () => {
    for (const text of [
      "颈椎病神器，用过都说好",
      "每天一杯，清理血管垃圾",
      "坚持戴一个月，视力恢复到1.0",
      "对100多种疾病都有作用",
      "子宫肌瘤、囊肿都能消掉",
      "不节食不运动，轻松瘦",
      "喝了一周就瘦了5斤",
      "当次见效",
    ])
      expect(await ruleBlocksLine(text, "retail", "medical_claim"), text).toBe(true);
    expect(await ruleBlocksLine("本店新到一批腰椎按摩器", "retail", "medical_claim")).toBe(false);
  });
});

describe("edges an independent review of this round found (139 probes of its own)", () => {
  it("look-alikes of the new families stay clean", async () => {
    for (const [text, industry, label, channel] of [
      ["违约客户的资料严格保密，绝不公开", "finance", "pii", "private"],
      ["借款人逾期后，平台将按合同约定向担保人披露其联系方式以便追偿", "finance", "pii", "private"],
      ["本校教师薪资不低于当地平均水平，师资稳定", "education", "education_promise", "moments"],
      ["就业保障服务包括岗位推荐和职业规划，最终录用由企业决定", "education", "education_promise", "moments"],
      ["如试听课排课不成功，全额退费", "education", "education_promise", "private"],
      ["该理财属非保本浮动收益类，最低收益可能为0，甚至亏损本金", "finance", "finance_promise", "moments"],
      ["三年期大额存单利率是活期的十几倍，存款受存款保险保护", "finance", "finance_promise", "moments"],
      ["医生提醒：副作用小不等于没有副作用，请按说明书服用", "pharma", "medical_claim", "moments"],
      ["医生说减肥没有捷径，不节食不运动就想瘦是不现实的", "beauty", "medical_claim", "moments"],
      ["宝妈们最常问的月子会所问题汇总", "mother_baby", "absolute", "moments"],
      ["孩子刷牙最正确的方法，妈妈们收藏", "mother_baby", "absolute", "moments"],
      ["温馨提示：恶意透支信用卡且经催收仍不还，可能涉嫌信用卡诈骗罪", "finance", "harassment", "outbound"],
      ["奶瓶消毒器采用紫外线+高温双重杀菌", "mother_baby", "medical_claim", "moments"],
      ["好评最高可得5元红包", "beauty", "absolute", "group"],
    ] as const)
      expect(await ruleBlocksLine(text, industry, label, channel), text).toBe(false);
  });

  it("claims beside the new exemptions are still claims", async () => {
    for (const [text, industry, label, channel] of [
      ["评分最高，9.8分，闭眼冲", "beauty", "absolute", "moments"],
      ["我们的产品保本保息，对那些不靠谱的平台要保持警惕", "finance", "finance_promise", "moments"],
      ["逾期超过60天的借款人，我们将把其姓名、身份证号公布在公众号上", "finance", "pii", "private"],
      ["推荐工作直到满意为止，月薪低于6000元可申请退费", "education", "education_promise", "private"],
      ["您拖欠的款项我们已经报警处理，警察会上门", "finance", "harassment", "outbound"],
    ] as const)
      expect(await ruleBlocksLine(text, industry, label, channel), text).toBe(true);
  });

  it("a call that mentions an app or asks for a code is still a call", () => {
    expect(opening("喂，您好，这边是给您做回访的，您登录app看下账单对不对")).toBe(true);
    expect(opening("喂您好，我是客服小张，您手机收到的验证码是6位数，念给我就行")).toBe(true);
  });
});
