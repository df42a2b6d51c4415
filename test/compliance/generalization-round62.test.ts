// Round 62, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 62's missed claims", () => {
  it("a school's own credential as the top one", async () => {
    await expectBlocks(
      ["本中心拥有最高资质，学员可放心报名"],
      ["报考须具备相应学历资质，详见考试院公告"],
      "education",
      "absolute",
    );
  });

  it("the investors' risk covered in full by an insurer or a guarantor", async () => {
    await expectBlocks(
      ["合作保险公司对出借人风险全额保障", "担保机构为投资者的损失足额兜底"],
      ["保险公司不对投资人风险作任何保障，出借有风险", "本平台对投资人的风险提示如下"],
      "finance",
      "finance_promise",
    );
  });

  it("ageing slowed by an appliance, a drink or a pet product", async () => {
    await expectBlocks(
      ["这款加湿器每天开着能延缓衰老"],
      ["加湿器请每周清洗水箱"],
      "manufacturing",
      "medical_claim",
    );
    await expectBlocks(
      ["每天一杯黑芝麻饮，抗衰老"],
      ["富氢水只是饮用水，不具有延缓衰老的作用"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["老年犬吃这款粮能返老还童"],
      ["老年犬粮的蛋白含量低于成犬粮"],
      "pets",
      "medical_claim",
    );
  });

  it("a fund's card that names its duration still owes the risk line", () => {
    // 存续期限 (a fund's duration) holds 续期 (a policy's renewal, a notice): it is not one
    expect(requiredFindings("鑫泰一号私募基金 存续期限3年 100万起投", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
    expect(
      requiredFindings("【安信人寿】您的保单将于下月续期，请保持账户余额充足。", "insurance", "sms"),
    ).toEqual([]);
  });
});

describe("round 62's false alarms", () => {
  it("the national slogans chained, the tools a fund is compared against", async () => {
    expect(
      await ruleHeldLines([
        ["科技是第一生产力人才是第一资源", "education"],
        ["基金不同于定期存款等能够提供固定收益的产品，投资需谨慎", "finance"],
      ]),
    ).toEqual([]);
  });
});

// Read 61 (own-words sentences on round 61's families), its misses mended; every sentence is written for these tests.
describe("read 61's missed claims", () => {
  it("a food that dissolves the body's dampness, a legend of the sick made well, a pregnancy or postpartum food", async () => {
    await expectBlocks(
      [
        "这款红豆薏米粉能化掉体内湿浊",
        "老李卧床三个月，喝了我们的药酒就下地走路了",
        "喝过我家老姜茶的人都没生病",
        "孕期喝这款奶粉，宝宝生下来皮肤白",
        "月子里吃这款小米粥，把气血补回来",
      ],
      ["红豆薏米粉冲泡时水温不宜过高", "我们的老姜茶配方传了三代", "孕期饮食请遵医嘱", "小米粥适合做早餐"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("a cosmetic quick to work and safe at once", async () => {
    await expectBlocks(
      ["这支祛痘凝胶见效快又安全"],
      ["使用前请在耳后试用，如有不适立即停用"],
      "beauty",
      "medical_claim",
    );
  });

  it("goods vowed never to break or fade, a content above every brand, a trade's leader", async () => {
    await expectBlocks(
      ["这款晾衣杆绝对不会断", "这条手链颜色一辈子不变", "这款狗玩具怎么咬都咬不坏"],
      ["晾衣杆承重20公斤，请勿超载", "手链请避免接触香水", "这款绝对不会断货，放心下单"],
      "retail",
      "absolute",
    );
    await expectBlocks(
      ["我们的冻干蛋白含量是所有品牌里最高的"],
      ["每100克冻干含蛋白质58克"],
      "pets",
      "absolute",
    );
    await expectBlocks(
      ["作为本地家装领军企业，我们服务过上万家庭"],
      ["我们的目标是成为本地家装领军企业"],
      "retail",
      "absolute",
    );
  });
});

describe("read 61's false alarms", () => {
  it("the brand's only official mall named against copies; a number to call about an appointment notice", async () => {
    expect(await ruleHeldLines([["本品牌唯一官方商城为下方链接，谨防假冒", "retail"]])).toEqual([]);
    expect(
      requiredFindings(
        "【安颜诊所】您预约的复诊将于5月8日10:00进行，请提前到店。详询400-800-1234",
        "medical",
        "sms",
      ),
    ).toEqual([]);
  });
});
