// Kinds of real copy the engine misread on the first runs of round 16 (r59, r60 and r62, sets of published
// wording kept outside the repository): diseases whose names end in no 病, 炎 or 症 (organ failure, epilepsy,
// pets' diseases), a product's audience named by its ailments, illness said to get better, superlatives scoped
// to a trade or to the public's verdict, a savings policy set against a bank deposit, money said to turn into
// more money, and 治愈 as praise of a dish. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, ruleIds } from "./fixtures.ts";

describe("generalization fixes (round 16)", () => {
  it("treating a disease whose name ends in no 病, 炎 or 症 is a claim of Article 17", async () => {
    for (const [text, industry] of [
      ["这款处方猫粮配方温和，能改善猫咪肾衰竭，老猫也爱吃。", "pets"],
      ["每天一杯五谷粉，帮家里老人控制癫痫发作。", "food_beverage"],
      ["这款负离子枕头可以缓解耳鸣，睡得更香。", "retail"],
    ] as const) {
      const verdict = await checkLine(text, industry);
      expect(ruleIds(verdict)).toContain("med.disease_claim");
    }
  });

  it("a product's audience named by its ailments, and illness said to get better, are claims too", async () => {
    const audience = await checkLine("艾草香囊随身带，适合失眠多梦、脾虚湿重人群。", "retail");
    expect(ruleIds(audience)).toContain("med.disease_claim");
    const better = await checkLine("不管什么病症，坚持喝两个月都会好转。", "food_beverage");
    expect(ruleIds(better)).toContain("med.disease_claim");
  });

  it("a caution that names a condition or a symptom that did not improve is no claim", async () => {
    for (const text of [
      "按摩垫适合放松腰背，高血压患者使用前请咨询医生。",
      "如症状未好转，请及时到医院就诊。",
      "本品不能代替药物，出现耳鸣请及时就医。",
    ]) {
      const verdict = await checkLine(text, "retail");
      expect(ruleIds(verdict)).not.toContain("med.disease_claim");
    }
  });

  it("治愈 as praise of a dish is no cure; a cure promised in days still is", async () => {
    const praise = await checkLine("这家拉面的治愈之处，在于一口热汤里的乡愁。", "food_beverage");
    expect(ruleIds(praise)).not.toContain("med.cure_guarantee");
    const cure = await checkLine("七天治愈，无效全额退款。", "food_beverage");
    expect(ruleIds(cure)).toContain("med.cure_guarantee");
  });

  it("a superlative scoped to a trade or to the public's verdict is a superlative", async () => {
    for (const text of [
      "这台净化器的洁净空气量业界最高。",
      "口碑最好的一款保温杯，闭眼入。",
      "最多宝妈在用的辅食机。",
    ]) {
      const verdict = await checkLine(text, "retail");
      expect(ruleIds(verdict)).toContain("abs.superlative_regex");
    }
    const ownStore = await checkLine("这款是本店今年复购率最高的一款（店内数据）。", "retail");
    expect(ruleIds(ownStore)).not.toContain("abs.superlative_regex");
  });

  it("a savings policy set against a bank deposit, and money that turns into more money, are promises", async () => {
    const deposit = await checkLine("这款年金险的利率比定存高多了，闲钱放这里更划算。", "insurance");
    expect(ruleIds(deposit)).toContain("ins.misleading");
    const grows = await checkLine("跟着我们的计划操作，3000秒变4500不是梦。", "finance");
    expect(ruleIds(grows)).toContain("fin.yield_promise");
  });
});
