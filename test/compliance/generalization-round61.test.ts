// Round 61, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, ruleHeldLines } from "./fixtures.ts";

describe("round 61's missed claims", () => {
  it("a technique said to ensure safety, the body's toxins cleared by a food, metal that never rusts", async () => {
    await expectBlocks(
      ["我们的埋线技术全程确保安全"],
      ["为确保安全，术前请完成血常规检查", "手术预约金安全有效，未手术全额退还"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["这杯蔬果汁帮你清理体内毒素", "喝完帮助身体排浊"],
      ["果蔬汁开封后请冷藏，当天喝完"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(["不锈钢门把手永不生锈"], ["潮湿环境请擦干，以免生锈"], "manufacturing", "absolute");
  });
});

describe("round 61's false alarms", () => {
  it("the brand's own site named against copies, a goal to lead the trade", async () => {
    expect(
      await ruleHeldLines([
        ["购买请认准品牌唯一官网，谨防假冒", "jewelry"],
        ["公司的目标是成为行业领先的五金供应商", "manufacturing"],
      ]),
    ).toEqual([]);
  });
});
