// Kinds of real copy the engine misread in round 13 (from r24 to r30, sets of published wording kept outside
// the repository): a compliant SMS notice or tip blocked for the signature the gateway adds, a deposit held
// to an investment's risk line, a loan offered as 周转金, and a collector threatening to post a debtor's
// face; then (after r31's first run) universal life insurance read as a boast, a regulator's list of
// banned words read as claims, a fund's risk level not taken for a risk statement, past performance sold
// as a multiple, and a loan granted on an ID card alone; and (after r32's first run) clots dissolved, lab
// values lowered, side effects played down, titles held year after year, a collector naming the family to a
// contact, and the data trade's own words; and (after r33 and r34) warnings about "说辞", a regulator's list
// filed under 夸大宣传 afterwards, premium reminders, records counted out with a price, calls by the dozen and
// doctored photos sent round. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { ruleBlocksLine as blocksFor, checkLine, requiredFindings } from "./fixtures.ts";

describe("generalization fixes (round 13)", () => {
  it("signature and opt-out lines block on commercial SMS; on anything else they are reminders", async () => {
    // a tip sells nothing: the gateway's registered signature serves, and both lines are reminders (round 18)
    expect(requiredFindings("新买的暖奶器第一次用前记得先空烧消毒十分钟哦", "mother_baby", "sms")).toEqual([
      "required.sms_signature:warn",
      "required.sms_opt_out:warn",
    ]);
    // an order or appointment notice: the gateway's registered signature usually serves
    expect(
      requiredFindings("您上周购买的学步鞋已过七天无理由退换期，售后问题随时联系我们", "mother_baby", "sms"),
    ).toEqual(["required.sms_signature:warn"]);
    const notice = await checkLine("您已成功预约周三上午的儿科门诊，请提前15分钟到达", "medical", "sms");
    expect(notice.verdict).toBe("needs_attention");
    // an offer, a sales figure or a loan is commercial: both block
    expect(requiredFindings("学步鞋会员日全场八折，到店有礼", "mother_baby", "sms")).toEqual([
      "required.sms_signature:block",
      "required.sms_opt_out:block",
    ]);
    expect(
      requiredFindings("您好，本行可为您预留一笔20万元周转金，随借随还，有需要请回复1", "finance", "sms"),
    ).toEqual([
      "required.loan_disclosure:block",
      "required.sms_signature:block",
      "required.sms_opt_out:block",
    ]);
  });

  it("a deposit owes its rate terms, not an investment's risk line; 理财 still does", () => {
    expect(
      requiredFindings("本行三年期大额存单今日发行，利息按月支付，欢迎到网点咨询", "finance", "moments"),
    ).toEqual([]);
    expect(
      requiredFindings("本行三年期理财今日发售，业绩比较基准3.2%，欢迎咨询", "finance", "moments"),
    ).toEqual(["required.risk_warning:block"]);
  });

  it("a collector threatening to post a debtor's face where they live", async () => {
    expect(await blocksFor("再拖着不还，你的照片就张贴到你老家村口", "finance", "harassment", "sms")).toBe(
      true,
    );
    expect(await blocksFor("不处理的话就让你好好出出名", "finance", "harassment", "private")).toBe(true);
    // a shop wishing a customer's business fame is not a threat
    expect(await blocksFor("三招让你的小店出名，欢迎报名学习", "retail", "harassment", "moments")).toBe(
      false,
    );
  });

  it("names a product type, a banned-word list and a fund's risk level without taking them for claims", async () => {
    const universal = await checkLine("万能险有最低保证利率，超出部分随结算利率浮动。", "insurance");
    expect(universal.findings.filter((finding) => finding.rule_id === "abs.certainty")).toEqual([]);
    expect(
      await blocksFor(
        "检查发现，个别网点违规使用高收益、无风险等表述推介理财产品。",
        "finance",
        "finance_promise",
      ),
    ).toBe(false);
    expect(
      requiredFindings(
        "本基金为债券型基金，预期收益和风险水平低于混合型基金和股票型基金。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    // the same words as the seller's own still block
    expect(await blocksFor("本理财高收益、无风险，欢迎预约。", "finance", "finance_promise")).toBe(true);
  });

  it("past performance sold as a multiple, and a loan on an ID card alone", async () => {
    expect(await blocksFor("明星基金成立十年业绩翻了12倍，认购从速！", "finance", "finance_promise")).toBe(
      true,
    );
    expect(await blocksFor("本月额度已批，凭身份证即可办理，当天放款。", "finance", "finance_promise")).toBe(
      true,
    );
  });

  it("claims without a listed term: dissolved clots, lowered lab values, side effects played down, 连冠", async () => {
    expect(
      await blocksFor("每天两粒红曲胶囊，半个月化掉血管里的斑块。", "health_food", "medical_claim"),
    ).toBe(true);
    expect(
      await blocksFor(
        "喝了三个月我们的茶，爸爸的甘油三酯降到了正常值以下。",
        "food_beverage",
        "medical_claim",
      ),
    ).toBe(true);
    expect(await blocksFor("这款膏药副作用极少，老人孩子都能放心贴。", "pharma", "medical_claim")).toBe(true);
    expect(await blocksFor("本店牙齿矫正病例数全市三连冠。", "medical", "absolute")).toBe(true);
    // a doctor's advice on falling blood sugar, and a comparison of side effects, are not claims
    expect(
      await blocksFor("糖尿病人运动后血糖下降过快时，要及时补充糖分。", "health_food", "medical_claim"),
    ).toBe(false);
    expect(
      await blocksFor("与老一代药物相比，新药副作用较小，但仍须遵医嘱。", "pharma", "medical_claim"),
    ).toBe(false);
  });

  it("a collector naming the family to a contact, and the data trade's own words", async () => {
    expect(
      await blocksFor(
        "麻烦转告他一下，再这样下去我们只能通知他的家人和单位。",
        "finance",
        "harassment",
        "outbound",
      ),
    ).toBe(true);
    expect(await blocksFor("号码都筛过一遍，保证无空号，按条算钱。", "finance", "pii", "private")).toBe(true);
  });

  it("a warning about sales talk, a list filed under 夸大宣传 afterwards, and a premium reminder are not claims", async () => {
    expect(
      await blocksFor("提醒长辈：别被“稳赚不赔”“保证收益”这类说辞迷惑。", "finance", "finance_promise"),
    ).toBe(false);
    const list = await checkLine("宣传中写明治愈率、有效率的，含有“根治”等字样的，均属违法广告。", "medical");
    expect(
      list.findings.filter((finding) => finding.label === "medical_claim" && finding.severity === "block"),
    ).toEqual([]);
    expect(await blocksFor("本院治愈率高达98%，欢迎咨询。", "medical", "medical_claim")).toBe(true);
    // a claim followed by a jab at rivals is still a claim
    expect(
      await blocksFor("我们的茶根治糖尿病，别家说的都是虚假宣传。", "food_beverage", "medical_claim"),
    ).toBe(true);
    expect(
      requiredFindings(
        "【安心人寿】尊敬的客户，为免保单失效，请于5月1日前存入续期保费3000元。",
        "insurance",
        "sms",
      ),
    ).toEqual([]);
    expect(
      await blocksFor("用保健品代替治疗只会延误病情，请及时就医。", "health_food", "medical_claim"),
    ).toBe(false);
  });

  it("records counted out with a price, numbers bought, calls by the dozen, doctored photos sent round", async () => {
    const pii = (text: string) => blocksFor(text, "retail", "pii", "private");
    const harassment = (text: string) => blocksFor(text, "finance", "harassment", "private");
    expect(await pii("全市新生儿信息我这有10万多条，打包价两万。")).toBe(true);
    expect(await pii("他承认，我的手机号是从别人那里花钱买来的。")).toBe(true);
    expect(await pii("团伙收集公民个人信息，按每条0.2元出售。")).toBe(true);
    expect(await harassment("一周来各家机构电话轰炸，每天能接到十几个电话。")).toBe(true);
    expect(await harassment("他们把P过的照片发给了我的亲友和同事。")).toBe(true);
    expect(await harassment("催收公司还往我单位打电话催收。")).toBe(true);
  });

  it("after r35: pounds lost in a time frame, insurance sold as a better deposit, fast money, data by the head", async () => {
    expect(await blocksFor("喝了我们的代餐，三周瘦了12斤。", "food_beverage", "medical_claim")).toBe(true);
    expect(await blocksFor("不用节食也不用健身，躺着变瘦。", "health_food", "medical_claim")).toBe(true);
    expect(await blocksFor("这款保险跟定期差不多，但利息更高。", "insurance", "finance_promise")).toBe(true);
    expect(await blocksFor("跟着群里的老师操作，赚钱快，门槛低。", "finance", "finance_promise")).toBe(true);
    expect(await blocksFor("宝妈名单五千个起卖，3毛钱一个。", "retail", "pii", "private")).toBe(true);
    // weight lost slowly with diet and exercise, and a deposit contrasted with insurance, are not claims
    expect(
      await blocksFor("坚持饮食控制和运动，三个月后体重慢慢下降。", "food_beverage", "medical_claim"),
    ).toBe(false);
    expect(await blocksFor("与银行存款不同，这款保险的分红不确定。", "insurance", "finance_promise")).toBe(
      false,
    );
  });

  it("after r36: firsts at home, diseases warded off, advice to the buyer, a recall notice", async () => {
    expect(await blocksFor("本品是国内首款无谷烘焙猫粮。", "pets", "absolute")).toBe(true);
    expect(await blocksFor("开光玉葫芦挂件，戴上祛病消灾。", "jewelry", "medical_claim")).toBe(true);
    expect(await blocksFor("领养宠物前，最好要求卖家出示免疫证明。", "pets", "absolute")).toBe(false);
    expect(
      requiredFindings(
        "我司将通过授权经销商以短信方式向车主发出召回通知，如有疑问请致电客服。",
        "auto",
        "sms",
      ),
    ).toEqual(["required.sms_signature:warn"]);
  });
});
