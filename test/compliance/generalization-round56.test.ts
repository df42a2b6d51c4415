// Round 56, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, requiredFindings, ruleHeldLines, ruleIds } from "./fixtures.ts";

describe("round 56's missed claims", () => {
  it("an illness named first, then resolved thanks to the product", async () => {
    await expectBlocks(
      ["靠每天一壶陈皮茶，老胃病才得以好转", "坚持喝了半年，多年的失眠症终于得到缓解"],
      ["经过医生规范治疗，病情得到控制", "如症状未得到缓解，请及时就医"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("food for the ill named some words after the verb of suiting", async () => {
    await expectBlocks(
      ["零蔗糖配方，适合注重健康的家人或高血压患者饮用"],
      ["本品不适宜高血压患者饮用", "高血压患者饮用前请咨询医生"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("TOP over a whole field, a first by age, an only over a country", async () => {
    await expectBlocks(
      ["选用全球TOP的可可豆", "本市第一老字号糕点铺", "省内独一拥有该资质的门店"],
      ["本周热门话题TOP5", "入选第一批中华老字号名录", "我们第一家门店开在老城区", "laptop电脑包新到货"],
      "retail",
      "absolute",
    );
  });

  it("exam questions forecast precisely, a class signed for a high score", async () => {
    await expectBlocks(
      ["名师精准预测考点，助你轻松过线", "暑期开设签约提分班"],
      ["考前两周的复习计划已发到群里", "与用人单位签约前请看清合同", "精准预测本季流行色"],
      "education",
      "education_promise",
    );
  });

  it("patients counted as cured hold in every industry, a pharmacy's too", async () => {
    const pharmacy = await checkLine("本品已帮助上千名患者康复", "pharma");
    expect(ruleIds(pharmacy)).toContain("med.cured_count");
    const surgery = await checkLine("本院去年为两千多名患者完成了髋关节手术", "medical");
    expect(ruleIds(surgery)).not.toContain("med.cured_count");
  });

  it("an outbound line that says who calls and why owes the AI line, though it ends with a goodbye", () => {
    expect(
      requiredFindings(
        "我是城东燃气公司的服务专员，给您来电是提醒您本月燃气费尚未缴纳，再见",
        "manufacturing",
        "outbound",
      ),
    ).toContain("required.outbound_ai_disclosure:block");
    expect(requiredFindings("感谢您的耐心，祝您生活愉快，再见", "manufacturing", "outbound")).toEqual([]);
  });
});

describe("round 56's look-alikes", () => {
  it("a guaranteed return denied as a kind, a drink named for luck or comfort, a creed's principle", async () => {
    expect(
      await ruleHeldLines([
        ["市面上也没有稳赚不赔的基金，请理性看待", "finance"],
        ["考试周限定：必过拿铁第二杯半价", "food_beverage"],
        ["夏日限定西柚治愈茶", "food_beverage"],
        ["在声誉第一的前提下，我们只接下能按时交付的订单", "retail"],
      ]),
    ).toEqual([]);
    await expectBlocks(
      ["这只基金稳赚不赔"],
      ["没有哪只基金稳赚不赔，投资前请了解风险"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(
      ["报我们的冲刺班，考试必过"],
      ["一杯必过咖啡，陪你复习到深夜"],
      "education",
      "education_promise",
    );
  });

  it("a loan term defined is a lesson; a loan sold as quick still owes its annual rate", () => {
    expect(
      requiredFindings("信用贷款又称无抵押贷款，一般只需收入证明即可向银行申请", "finance", "moments"),
    ).toEqual([]);
    expect(requiredFindings("无抵押贷款，秒批到账，点击链接申请", "finance", "moments")).toContain(
      "required.loan_disclosure:block",
    );
  });
});

describe("the read of round 56", () => {
  it("an illness eased only by the product, the ill listed among those it suits", async () => {
    await expectBlocks(
      [
        "腰椎病带来的腿麻，全靠这张理疗床垫才得以缓解",
        "办公族、学生党以及高血压的长辈，每天来一杯都合适",
        "孕妈、健身人群和糖尿病患者都推荐常吃这款燕麦",
      ],
      ["靠大家出主意，装修难题才得以化解", "糖尿病患者都不推荐空腹饮用"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("a headline rank over a field, the oldest in a region, no rival earlier than us", async () => {
    await expectBlocks(
      [
        "这款奶油放在整个行业都是TOP水准",
        "全网宠物圈的头号网红猫砂",
        "西南地区资历最老的钟表行",
        "没有哪家能比我们更实惠",
      ],
      ["本月销量top10榜单出炉", "群友票选本周话题TOP15"],
      "retail",
      "absolute",
    );
  });

  it("a creed under its own heading, a cookie named for luck", async () => {
    expect(
      await ruleHeldLines([
        ["院训：病人第一，服务至上", "medical"],
        ["稳过曲奇礼盒，送考生讨个好彩头", "retail"],
      ]),
    ).toEqual([]);
  });
});
