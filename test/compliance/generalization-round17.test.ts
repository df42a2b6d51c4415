// Kinds of claim written as one pattern over a word list (compliance-rules/vocabulary.yaml) instead of a few
// spelled-out words: a product offered to the ill or for an illness, pain gone once a product is used, a loan
// made certain, a collectible's past rise told as a multiple. Each kind has look-alikes that must stay clean:
// cautions, a loan's honest terms, a shop's sales figures. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, ruleIds } from "./fixtures.ts";

describe("claims as kinds over word lists (round 17)", () => {
  it("a food or a device offered to people with a disease, or for one, implies it acts on the disease", async () => {
    for (const [text, industry] of [
      ["这款荞麦茶适合痛风人群日常饮用，口感清爽。", "food_beverage"],
      ["家里有老寒腿的老人，冬天用这款电热毯有好处吗？对老寒腿有帮助，放心用。", "retail"],
      ["专为糖尿病朋友研发的杂粮饼干，上市就卖断货。", "food_beverage"],
      ["这款加湿器对咽炎有缓解，办公室必备。", "retail"],
    ] as const) {
      const verdict = await checkLine(text, industry);
      expect(ruleIds(verdict), text).toContain("med.disease_audience");
    }
  });

  it("a caution that names who should not use a product is the opposite of a claim", async () => {
    for (const text of [
      "按摩垫适合放松腰背，高血压患者使用前请咨询医生。",
      "本品不适合痛风人群食用。",
      "孕妇及糖尿病人群慎用。",
      "糖尿病人群饮食要控制总热量，具体请遵医嘱。",
    ]) {
      const verdict = await checkLine(text, "food_beverage");
      expect(ruleIds(verdict), text).not.toContain("med.disease_audience");
    }
  });

  it("pain said to be gone after using a product is a treatment effect; comfort is not", async () => {
    const relief = await checkLine("换了这款乳胶枕，睡了一周脖子不疼了。", "retail");
    expect(ruleIds(relief)).toContain("med.symptom_relief");
    const comfort = await checkLine("乳胶枕回弹好，睡醒脖子很放松，透气不闷热。", "retail");
    expect(ruleIds(comfort)).not.toContain("med.symptom_relief");
  });

  it("a loan made certain is a loan promise, however it is worded; a loan's honest terms are not", async () => {
    for (const text of [
      "材料交齐，保证两个工作日内放款。",
      "这笔额度找我办，肯定能批下来。",
      "走我们的渠道，铁定过审。",
    ]) {
      const verdict = await checkLine(text, "finance");
      expect(ruleIds(verdict), text).toContain("fin.loan_promise");
    }
    for (const text of [
      "审批结果以银行审核为准，我们无法保证一定放款。",
      "一定要在放款前核对合同上的年化利率。",
      "谨防所谓保证下款的中介，正规贷款不收前期费用。",
    ]) {
      const verdict = await checkLine(text, "finance");
      expect(ruleIds(verdict), text).not.toContain("fin.loan_promise");
    }
  });

  it("a collectible's past rise told as a multiple is an appreciation lure; a shop's sales growth is not", async () => {
    const lure = await checkLine("这版纪念钞这几年涨了12倍，手慢无。", "retail");
    expect(ruleIds(lure)).toContain("fin.appreciation");
    const sales = await checkLine("感谢老顾客，本月门店销量涨了3倍。", "retail");
    expect(ruleIds(sales)).not.toContain("fin.appreciation");
  });
});
