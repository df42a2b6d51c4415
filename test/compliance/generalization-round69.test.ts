// Round 69 (published wording, first run on 55a9e6b) and read 67 (own words, first run on 55a9e6b), each judged by
// what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

/** the opt-out findings of a text's required elements */
const optOut = (findings: string[]) =>
  findings.filter((finding) => finding.startsWith("required.sms_opt_out"));

describe("round 69's and read 67's missed claims", () => {
  it("holds hair loss stopped by a date, a blemish's shrink rate, a loss guaranteed for a price", async () => {
    await expectBlocks(
      [
        "这款生姜洗发水两周就能止脱",
        "坚持用一个月内长出新发",
        "淡斑精华让黄褐斑淡化率高达82%",
        "999元包减15斤",
      ],
      ["洗发后用毛巾轻轻按干，不要用力揉搓", "防脱类化妆品须经注册，效果因人而异"],
      "beauty",
      "medical_claim",
    );
  });

  it("holds damp forced out of the body, food stagnation dissolved, a food against caries", async () => {
    await expectBlocks(
      ["拔罐能把体内湿气一点点拔出来"],
      ["拔罐后4小时内不要洗澡"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["山楂条饭后吃两根，积食很快就消下去", "宝宝吃的奶片防蛀牙"],
      ["山楂条配料：山楂、白砂糖", "奶片请放在阴凉干燥处"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("holds the fastest healing or lending, and a trade's leader named as the seller's rank", async () => {
    await expectBlocks(
      [
        "我们的种植牙恢复周期最短",
        "全市车贷放款速度最快",
        "国内智能门锁行业领导者",
        "是华东地区乳业的领军企业",
      ],
      ["术后恢复周期因人而异，一般需要三个月", "放款时间以银行审批为准"],
      "manufacturing",
      "absolute",
    );
  });

  it("holds gold paid as interest in grams, grams that grow, a collectible's investment value, a client's gain retold", async () => {
    await expectBlocks(
      [
        "存金计划每季度送您0.5克黄金作为利息",
        "金账户里的克数会自动往上涨",
        "这批老茶饼兼具收藏与投资价值",
        "我给李叔买的那只理财，20万已经涨到26万",
      ],
      ["今日金价每克以门店公示为准", "老茶饼请存放在通风避光处"],
      "jewelry",
      "finance_promise",
    );
  });

  it("holds a teaching team of exam markers and an 'internal' exam direction", async () => {
    await expectBlocks(
      ["辅导团队由现任阅卷组长组成", "报班即可拿到独家命题范围"],
      ["考试大纲以考试院公布为准", "本校教师不参与任何命题与阅卷工作"],
      "education",
      "education_promise",
    );
  });

  it("holds insurance sold on the day illness shuts the door, not a disclosure reminder", async () => {
    await expectBlocks(
      ["等您真查出毛病，哪家都不卖给您了", "一查出甲状腺结节就会被拒保，建议马上投保"],
      ["投保前请如实告知健康状况，体检异常可能影响核保结论"],
      "insurance",
      "harassment",
    );
  });
});

describe("round 69's and read 67's false alarms", () => {
  it("leaves a denial of toxins, the weather, an aim and a product with no investment value alone", async () => {
    expect(
      await ruleHeldLines([
        ["刮痧后皮肤发红属于正常现象，三天左右消退，并不代表排出了毒素", "beauty"],
        ["周末天气最好，适合带孩子来果园采摘", "food_beverage"],
        ["我们正朝着全国最大的社区书店品牌努力", "retail"],
        ["普通白酒不具备投资价值，请按需购买", "food_beverage"],
        ["黄金饰品以佩戴为主，不具有投资价值", "jewelry"],
      ]),
    ).toEqual([]);
  });

  it("reads an order's payment or booking SMS as a notice, a template's help line as no call to buy", async () => {
    expect(
      optOut(
        await requiredFindings(
          "【康宁医疗】尊敬的%s，您的体检订单已支付成功，体检时间：%s。详询%s",
          "medical",
          "sms",
        ),
      ),
    ).toEqual([]);
    expect(
      optOut(await requiredFindings("【康宁医疗】体检套餐限时八折，详询4001234567", "medical", "sms")),
    ).toEqual(["required.sms_opt_out:block"]);
  });
});

describe("round 69's first pass, as an independent read found it", () => {
  it("leaves hair regrowing by nature, a question about a remedy, a warning about gold 'interest', an open question of worth alone", async () => {
    expect(
      await ruleHeldLines([
        ["化疗结束后，头发通常3个月左右就可以长出新头发", "medical"],
        ["奶奶说喝陈皮水能消积食，这说法靠谱吗？", "mother_baby"],
        ["积食症状消除前，饮食要清淡", "mother_baby"],
        ["黄金不会生利息，有人说每月返还0.2克黄金作为收益，这类骗局要警惕", "jewelry"],
        ["纪念币是否具有投资价值，要看发行量和品相", "jewelry"],
        ["纪念币有收藏价值，但不具有投资价值", "jewelry"],
        ["药物起效时间最快30分钟", "pharma"],
        ["我们的目标是成为厨电行业领导者", "manufacturing"],
      ]),
    ).toEqual([]);
  });

  it("still reads an order notice that sells more, and a sales SMS with a template's help line, as offers", async () => {
    expect(
      optOut(
        await requiredFindings(
          "【山泉酒坊】您的订单已支付成功，再购一箱只需499元，详询{phone}",
          "food_beverage",
          "sms",
        ),
      ),
    ).toEqual(["required.sms_opt_out:block"]);
    expect(
      optOut(await requiredFindings("【乐宠医院】今年疫苗套餐只需199元，详询%s", "pets", "sms")),
    ).toEqual(["required.sms_opt_out:block"]);
  });
});
