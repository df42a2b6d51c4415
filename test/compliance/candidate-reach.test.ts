// A candidate's features read the words near it: in an unpunctuated run (one clause of any length) words far
// beyond the hit change nothing, so every capped hit costs the same however long the text is.
import { describe, expect, it } from "vitest";
import { candidateFeatures } from "../../src/compliance/claims/candidate-features.ts";
import { readText } from "../../src/compliance/claims/claim-text.ts";
import { clauseAt } from "../../src/compliance/claims/clauses.ts";
import { windowFeatures } from "../../src/compliance/claims/features.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";

const HIT = "保本";
const NEAR = "这款产品收益稳定适合长期持有";
const FILLERS = [
  ["桌子", "椅子", "窗户", "杯子", "盘子"],
  ["石头", "树叶", "云朵", "河流", "山坡"],
];

/** the hit's own features: without those of its whole clause, which are read once per clause, not per hit */
function featuresOf(text: string): number[] {
  const start = text.indexOf(HIT);
  const hit = { start, end: start + HIT.length, ruleId: "fin.guarantee", label: "finance_promise" };
  const claimText = readText(text, foldSameLength(text), "finance", [{ ...hit, candidate: true }]);
  const index = clauseAt(claimText.clauses, start);
  const clause = new Set(windowFeatures([claimText.reading(index)], "finance", claimText.context(index, 1)));
  return [...candidateFeatures(hit, claimText)].filter((feature) => !clause.has(feature));
}

describe("candidate features in a long unpunctuated run", () => {
  it("do not change with words far beyond the hit", () => {
    const far = (words: string[]) =>
      Array.from({ length: 400 }, (_, index) => words[index % words.length]).join("");
    const short = `${NEAR}${HIT}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}${NEAR}`;
    const one = `${short}${far(FILLERS[0] as string[])}`;
    const other = `${short}${far(FILLERS[1] as string[])}`;
    expect(featuresOf(one)).toEqual(featuresOf(other));
  });

  it("still read the words next to the hit", () => {
    expect(featuresOf(`${NEAR}${HIT}${NEAR}`)).not.toEqual(featuresOf(`${NEAR}${HIT}门店周末活动讲解`));
    expect(featuresOf(`${NEAR}${HIT}${NEAR}`).length).toBeGreaterThan(10);
  });
});
