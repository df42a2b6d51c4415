// A clause that denies the implication it names (不意味着稳赚, 不等于保本) makes no promise, whether a rule or the claim
// model reads it; a contrast after the denial (不代表…，但我们保证…) starts a promise of its own.
import { describe, expect, it } from "vitest";
import { flaggedAs } from "./fixtures.ts";

describe("a denied implication", () => {
  it("is no promise, unless a contrast makes one after it", async () => {
    const lines = [
      ["稳健型产品不意味着年年都有稳定的收益", false],
      ["买了它并不意味着你就能稳赚不赔，请按自己的风险承受能力选择", false],
      ["不代表未来每年都能赚到8%，但我们保证今年一定能赚8%", true],
      ["这款年金不等于理财，但保证收益8%", true],
    ] as const;
    const judged = await Promise.all(
      lines.map(async ([text]) => [text, await flaggedAs(text, "finance", "finance_promise")] as const),
    );
    expect(judged).toEqual(lines);
  });
});
