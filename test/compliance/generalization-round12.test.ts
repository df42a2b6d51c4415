// Kinds of real copy the engine misread in round 12 (from r16 to r23, sets of published wording kept outside
// the repository): a regulator's rule or an investor-education line names the banned promise in order to ban
// it, yet was blocked as making it, and held to a finance advert's risk line; and claims no rule covered:
// aches and organs "rescued" by food, tonic actions of Chinese medicine, doses for diseases, child development,
// grey hair turned black, relapse refused, price forecasts on collectibles, "high returns" as the offer, and
// a refund on a decimal score. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { ruleBlocksLine as blocks, requiredFindings } from "./fixtures.ts";

/** Each line, as [text, industry, label], blocked (or not) by a rule for that label. */
async function expectBlocked(
  lines: ReadonlyArray<[string, string, string]>,
  blocked: boolean,
): Promise<void> {
  for (const [text, industry, label] of lines)
    expect(await blocks(text, industry, label), text).toBe(blocked);
}

describe("generalization fixes (round 12)", () => {
  it("a norm earlier in the clause forbids the claim instead of making it", async () => {
    expect(
      await blocks("销售人员不得向客户明示或者暗示保本、零风险或者保收益。", "finance", "finance_promise"),
    ).toBe(false);
    expect(
      await blocks("提醒大家：基金定投也不能保证盈利，更不能保证不亏。", "finance", "finance_promise"),
    ).toBe(false);
    expect(await blocks("宠物生病要看兽医，不宜轻信那些吹成包治百病的偏方。", "pets", "medical_claim")).toBe(
      false,
    );
    // a question or a sales push is not a norm, and the claim after it still blocks
    expect(await blocks("您问能不能保证赚钱？这款产品保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocks("不要错过！这款理财保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocks("机会不可错过，本产品保本保息。", "finance", "finance_promise")).toBe(true);
    expect(await blocks("这个偏方包治百病，不宜久放。", "pets", "medical_claim")).toBe(true);
  });

  it("a rule for marketers, or a warning against unlicensed advisers, owes no risk line", () => {
    expect(
      requiredFindings("机构开展营销不得以高收益、低门槛等说法诱导投资者购买理财。", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings(
        "想要股票投资建议，请找持牌证券公司；无资质的个人在群里荐股，千万别跟。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("新发理财产品，年化收益4.5%，欢迎认购。", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
  });

  it("claims no rule covered block, in their own industries, and their denials do not", async () => {
    const claims: Array<[string, string, string]> = [
      ["这款胶囊调理头疼效果特别明显，老人都说好", "health_food", "medical_claim"],
      ["这瓶鱼油就是心脑血管的救星", "health_food", "medical_claim"],
      ["这只土鸡炖汤益气养血，老人孩子都适合", "food_beverage", "medical_claim"],
      ["糖尿病、痛风的朋友每天2次，每次4粒", "health_food", "medical_claim"],
      ["孕妈多吃这个坚果有助于宝宝大脑智力发育", "mother_baby", "medical_claim"],
      ["这款代餐饮料减脂瘦身，坚持一个月", "food_beverage", "medical_claim"],
      ["坚持吃能清除肠道毒素，整个人轻松了", "health_food", "medical_claim"],
      ["用了这款洗发水，白头发越洗越黑", "beauty", "medical_claim"],
      ["我们中心治疗痔疮不开刀，拒绝复发", "medical", "medical_claim"],
      ["这套邮票还能涨到800元一版", "retail", "finance_promise"],
      ["金币买得越多赚得越多，赶紧上车", "finance", "finance_promise"],
      ["合作社入股即可享受高额回报", "finance", "finance_promise"],
      ["雅思保分班，未达6.5分全额退款", "education", "education_promise"],
    ];
    await expectBlocked(claims, true);
    const fine: Array<[string, string, string]> = [
      ["这款酵素饮料只讲口感，不宣传排毒减肥", "food_beverage", "medical_claim"],
      ["头疼反复发作请及时就医，不要自行吃保健品", "health_food", "medical_claim"],
      ["邮票收藏重在文化，价格有涨有跌，不承诺升值", "retail", "finance_promise"],
    ];
    await expectBlocked(fine, false);
  });

  it("after r24-r26: device and food health claims, yield ranges, price forecasts and debt relief", async () => {
    const claims: Array<[string, string, string]> = [
      ["这款牙膏能抑幽门螺旋杆菌，全家都适用", "beauty", "medical_claim"],
      ["这台理疗仪对100多种疾病都有作用", "retail", "medical_claim"],
      ["每天睡这个枕头，能保护脑细胞", "retail", "medical_claim"],
      ["这款果蔬粉能清除体内自由基", "food_beverage", "medical_claim"],
      ["喝这款酵素能改善长斑、长痘的问题", "food_beverage", "medical_claim"],
      ["吃了就能达到“通便”“瘦身”的效果", "food_beverage", "medical_claim"],
      ["这款精华是痘痘肌克星、烂脸救星", "beauty", "medical_claim"],
      ["跟着老师学短线，快速盈利不是梦", "finance", "finance_promise"],
      ["这款黄金理财有6%至9%的年化收益率", "finance", "finance_promise"],
      ["这枚古钱币明年即将涨到3000元一枚", "retail", "finance_promise"],
      ["专业团队帮你办理停息挂账，债务清零", "finance", "finance_promise"],
    ];
    await expectBlocked(claims, true);
    const fine: Array<[string, string, string]> = [
      ["警惕所谓征信修复、债务清零的骗局，征信记录无法花钱洗白", "finance", "finance_promise"],
      ["本产品业绩比较基准为3.0%-4.0%，业绩比较基准不代表实际收益，理财非存款", "finance", "finance_promise"],
      ["信用卡积分将于月底清零，请及时兑换", "finance", "finance_promise"],
      ["这款面霜添加维生素E，抗氧化成分帮助肌肤保持状态", "beauty", "medical_claim"],
    ];
    await expectBlocked(fine, false);
    expect(
      requiredFindings(
        "被保险人在本合同生效之日起90天内因疾病身故的，按已交保险费退还，本合同终止。",
        "insurance",
        "moments",
      ),
    ).toEqual([]);
  });

  it("an after-sales notice on an order owes no unsubscribe line; an offer to the same buyer does", () => {
    expect(
      requiredFindings(
        "【小树母婴】您上周五下单的奶瓶已过7天无理由退换期，如需售后可随时联系我们",
        "mother_baby",
        "sms",
      ),
    ).toEqual([]);
    expect(
      requiredFindings("【小树母婴】您上次购买的奶粉本周买二送一，快来下单", "mother_baby", "sms"),
    ).toContain("required.sms_opt_out:block");
  });

  it("after r28: insurance myths, agents' surrender refunds, bad credit waved away, debtors shamed", async () => {
    expect(await blocks("买保险放心，保险公司不会破产，还能合理避税", "insurance", "finance_promise")).toBe(
      true,
    );
    expect(await blocks("专业团队协助退保，无证据退回90%保费", "insurance", "finance_promise")).toBe(true);
    expect(await blocks("征信有逾期没关系，我们在银行有熟人", "finance", "finance_promise")).toBe(true);
    expect(await blocks("再不还钱就让你通讯录的人都知道", "finance", "harassment", "outbound")).toBe(true);
    // the cooling-off refund is a right, not an agent's promise
    expect(
      await blocks("犹豫期内退保可全额退还已交保费，具体以合同条款为准", "insurance", "finance_promise"),
    ).toBe(false);
    expect(
      requiredFindings("基金定投收益与市场变化相关，存在一定风险，欢迎了解", "finance", "moments"),
    ).toEqual([]);
  });

  it("collectors' threats and third parties, cold calls to parents by the child's name, data sold by the count", async () => {
    expect(
      await blocks("您的欠款已逾期，今天下午六点前不还，我们将上门处理", "finance", "harassment", "sms"),
    ).toBe(true);
    expect(await blocks("您的同事李某有笔欠款待还，麻烦转告他尽快处理", "finance", "harassment", "sms")).toBe(
      true,
    );
    // a norm the collector imposes is no norm that forbids the threat
    expect(await blocks("你不能再拖否则我们就上门找你", "finance", "harassment", "sms")).toBe(true);
    expect(
      await blocks(
        "请问您是王小明的妈妈吗？孩子英语成绩怎么样，要不要来试听一节",
        "education",
        "harassment",
        "outbound",
      ),
    ).toBe(true);
    expect(
      await blocks(
        "请问您是王小明的妈妈吗？我是三班班主任，下午家长会改到四点",
        "education",
        "harassment",
        "outbound",
      ),
    ).toBe(false);
    expect(await blocks("我这有5万多条宝妈信息可以出售，要的私聊", "retail", "pii", "group")).toBe(true);
    expect(await blocks("长期收面单，量大价优", "retail", "pii", "group")).toBe(true);
    expect(await blocks("快递面单请撕掉再扔，保护个人信息", "retail", "pii", "group")).toBe(false);
    expect(
      await blocks(
        "【某银行】您本期账单已出，请于还款日前还款，如已还款请忽略",
        "finance",
        "harassment",
        "sms",
      ),
    ).toBe(false);
  });

  it("slogans quoted as exaggerated are not claimed", async () => {
    expect(
      await blocks(
        "“抗癌”“清除毒素”“丰胸”等广告口号，常常夸大不实，别轻易相信",
        "health_food",
        "medical_claim",
      ),
    ).toBe(false);
    expect(await blocks("本品“抗癌”效果显著，说它是神药也不为过", "health_food", "medical_claim")).toBe(true);
  });

  it("an explainer of what a loan needs, or a story of a fake adviser, owes no disclosure; an offer does", () => {
    expect(
      requiredFindings("个人申请信用贷款，一般要提供身份证、收入证明和居住地址等材料", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings("有些股票群里总有人自称老师，天天荐股，最后承诺带你挣大钱", "finance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("信用贷款最高30万，一般3天放款，欢迎咨询", "finance", "moments")).toContain(
      "required.loan_disclosure:block",
    );
  });
});
