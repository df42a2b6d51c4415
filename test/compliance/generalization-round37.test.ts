// What round 37 missed once its first run was recorded: a collectible's loss covered by the seller (贬值了公司兜底) or
// its rise fixed in advance (固定涨幅); a debtor threatened with telling the whole company; relief promised by the
// clock (3天消除疲劳); a certificate said to be easy to get; a caller who names only "the platform". Round 37's false
// alarms: a denial that governs a whole clause (并非意味着…稳赚), 免检查费 read as 免检, a rumour's truth that calls
// the evidence lacking. Every sentence is written for these tests; each family
// has look-alikes it must leave alone.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings } from "./fixtures.ts";

describe("claim families named after round 37", () => {
  it("a collectible's loss covered by the seller, or its rise fixed in advance", async () => {
    await expectBlocks(
      [
        "这批纪念钞就算以后贬值了，也有我们公司兜底",
        "藏品跌价了由平台兜底回购",
        "每件藏品每月都有5%的固定涨幅",
        "数字藏品固定增值，每周自动上涨",
      ],
      [
        "藏品价格会随行情波动，可能贬值，公司不做兜底承诺",
        "贬值风险由买方自行承担",
        "固定收益类资产占比不低于80%",
        "本月金价涨幅为3%，请关注行情变化",
      ],
      "retail",
      "finance_promise",
    );
  });

  it("a debtor threatened with telling the whole company", async () => {
    await expectBlocks(
      ["再拖着不还，就让你全公司都知道", "不处理欠款的话，让你领导和家人都知道"],
      ["还款遇到困难请联系我们协商，我们不会让您的同事知道", "让全公司都知道这个好消息：年会定在周五"],
      "finance",
      "harassment",
      "outbound",
    );
  });

  it("relief promised by the clock", async () => {
    await expectBlocks(
      ["坚持喝3天就能消除疲劳", "5到7天解决腰酸背痛", "一周改善失眠，两周告别便秘"],
      ["3天内解决您的售后问题", "一周改善一个生活习惯，从早睡开始", "7天无理由退换，售后问题24小时内解决"],
      "health_food",
      "medical_claim",
    );
  });

  it("a certificate said to be easy to get", async () => {
    await expectBlocks(
      ["零基础也能轻松考取会计证", "跟着我们学，轻松考下教师资格证"],
      ["考证没有捷径，不存在轻松考取的说法", "课程安排轻松，适合在职学员"],
      "education",
      "education_promise",
    );
  });

  it("a caller who names only the platform names no brand", () => {
    expect(
      requiredFindings("您好，这里是平台的AI助手，给您来电是想说一个会员专属活动", "retail", "outbound"),
    ).toContain("required.outbound_opening:block");
    expect(
      requiredFindings(
        "您好，这里是好邻居超市平台的AI助手，给您来电是想说一个会员专属活动",
        "retail",
        "outbound",
      ),
    ).not.toContain("required.outbound_opening:block");
  });
});

describe("round 37's false alarms", () => {
  it("a denial that governs the clause, 免检查费 and a rumour's truth are no claim", async () => {
    for (const [text, industry] of [
      ["市场回暖并非意味着投资者买任何一款理财产品都能稳赚不赔", "finance"],
      ["儿童节当天来院就诊的小朋友免挂号费、免检查费", "medical"],
      ["网传羊奶粉能防流感？真相：别说防病，就连提高免疫力也缺少可靠证据", "mother_baby"],
    ] as const) {
      const flagged = flaggedFindings(await checkLine(text, industry)).map((finding) => finding.rule_id);
      expect({ text, flagged }).toEqual({ text, flagged: [] });
    }
    // the same words as a claim still count
    expect(flaggedFindings(await checkLine("理财就选我们，稳赚不赔", "finance")).length).toBeGreaterThan(0);
    expect(flaggedFindings(await checkLine("国家免检产品，质量放心", "retail")).length).toBeGreaterThan(0);
    expect(flaggedFindings(await checkLine("本疗法有效率高达95%", "medical")).length).toBeGreaterThan(0);
    expect(flaggedFindings(await checkLine("喝骨头汤能提高免疫力", "food_beverage")).length).toBeGreaterThan(
      0,
    );
  });
});

describe("a food sold on digestion or an organ's health", () => {
  it("blocks the function and leaves plain food copy alone", async () => {
    await expectBlocks(
      [
        "这款山楂条能促消化，饭后来一根",
        "燕麦粥对肠胃很好，老人孩子都适合",
        "每天一把坚果，对心血管非常有好处",
      ],
      [
        "肠胃不好的朋友请遵医嘱饮食",
        "这款酸奶口感顺滑，需冷藏保存",
        "喝冰的对胃好吗？建议常温饮用",
        "吃得太快对肠胃不好，慢慢品尝",
      ],
      "food_beverage",
      "medical_claim",
    );
  });
});
