// Round 63, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 63's missed claims", () => {
  it("a clinic's procedure vowed painless, permanent or harmless, and a rate on patients", async () => {
    await expectBlocks(
      [
        "种植牙全程都不会有疼痛感",
        "光子嫩肤整个过程完全没有不适感",
        "三小时拥有永久浓密的眉毛",
        "冷光美白对牙齿不会有任何伤害",
        "经临床观察，96.5%的患者达到满意效果",
      ],
      [
        "术中可能有轻微酸胀感，如有不适请告诉医生",
        "纹眉效果一般维持一到两年，因人而异",
        "美白后两天内避免喝咖啡",
      ],
      "medical",
      "medical_claim",
    );
  });

  it("a food that helps cut fat, and a seller's count of who got better", async () => {
    await expectBlocks(
      ["这款荷叶茶有助于降血脂", "常喝苦荞茶降脂减肥"],
      ["荷叶茶冲泡三分钟即可饮用"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["100个吃了有90个见好，您放心"],
      ["每日两次，每次两粒"],
      "health_food",
      "medical_claim",
    );
  });

  it("tea sold on a yearly appreciation rate", async () => {
    await expectBlocks(
      ["这批老白茶年均升值幅度在15%以上"],
      ["老白茶请密封避光存放"],
      "food_beverage",
      "finance_promise",
    );
  });

  it("a collector's threat to a debtor's children's schooling", async () => {
    await expectBlocks(
      ["再不处理欠款，将影响您子女升学"],
      ["请按时还款，以免产生逾期费用"],
      "finance",
      "harassment",
    );
  });

  it("the most essential, the largest in a region, a leading site said of itself", async () => {
    await expectBlocks(
      ["我们精选最精华的海岛旅拍资源", "本店是华南地区最具规模的灯具卖场", "本站是国内领先的母婴团购网站"],
      ["这是本季新上的海岛旅拍套餐", "本店营业面积约三千平方米", "我们的目标是成为国内领先的母婴团购网站"],
      "retail",
      "absolute",
    );
  });
});

describe("round 63's false alarms", () => {
  it("the sector's first listed company, an aim to build a world-class business", async () => {
    expect(
      await ruleHeldLines([
        ["公司是国内饲料添加剂行业首家上市企业", "manufacturing"],
        ["公司致力于打造世界级的食品供应商", "food_beverage"],
      ]),
    ).toEqual([]);
  });

  it("a shop's own number offered for enquiries is not a customer's data; a patient's is", async () => {
    const pii = async (text: string) =>
      flaggedFindings(await checkLine(text, "retail", "sms")).filter((finding) => finding.label === "pii")
        .length;
    expect(await pii("【洁美洗衣】新店开业，会员充值享八折，报名热线：13912345678，回T退订")).toBe(0);
    expect(await pii("【洁美洗衣】客户李女士，联系电话：13912345678，衣物已洗好")).toBe(1);
  });
});

// Read 62 (own-words sentences on round 62's families), its misses mended; every sentence is written for these tests.
describe("read 62's missed claims", () => {
  it("all losses of principal backed, a product card offered one to one with no risk line", async () => {
    await expectBlocks(
      ["合作方兜底全部本金损失，请放心认购"],
      ["本产品不保本，可能造成本金损失，请谨慎认购", "存款保险条例：存款本息在限额以内全额赔付"],
      "finance",
      "finance_promise",
    );
    expect(
      requiredFindings("刘哥，新到一款收益凭证，期限一年，10万起购，给您留个额度？", "finance", "private"),
    ).toContain("required.risk_warning:block");
    expect(
      requiredFindings(
        "您好，我是华泰理财的AI助手。新发一只债券基金，1000元起购，现在就能帮您预约。",
        "finance",
        "outbound",
      ),
    ).toContain("required.risk_warning:block");
    expect(requiredFindings("刘哥，您的收益凭证已到期，本息已到账。", "finance", "private")).toEqual([]);
  });

  it("the body kept from ageing by a gadget, a success count of a round number", async () => {
    await expectBlocks(
      ["这台负离子机帮身体抵抗氧化"],
      ["铝合金外壳经阳极氧化处理"],
      "retail",
      "medical_claim",
    );
    await expectBlocks(
      ["二十个学员里有十八个一次就能拿证"],
      ["本班二十个学员，周末两天授课"],
      "education",
      "education_promise",
    );
  });
});

describe("read 62's false alarms", () => {
  it("a pass rate quoted from the exam authority, a consent notice on pain", async () => {
    expect(
      await ruleHeldLines([
        ["据市教育局发布的数据，今年全市本科上线率约为45%", "education"],
        ["麻醉知情告知：麻醉后疼痛会明显减轻，但仍可能有牵拉感", "medical"],
      ]),
    ).toEqual([]);
  });
});
