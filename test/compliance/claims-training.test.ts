// Training the claim model: deterministic (same lines, same bytes), folds that never split a published case,
// and a stored model that scores exactly as the one trained in memory.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/compliance/claims/claim-text.ts";
import { scoreWindows } from "../../src/compliance/claims/find-claims.ts";
import { parseModel, serializeModel } from "../../src/compliance/claims/model.ts";
import { type CorpusLine, readCorpusFile } from "../../src/compliance/claims/training/corpus.ts";
import {
  assignFolds,
  chooseThresholds,
  outOfFold,
} from "../../src/compliance/claims/training/cross-validate.ts";
import {
  assembleModel,
  DEFAULT_TRAIN_OPTIONS,
  prepareLines,
  ruleConfidence,
  trainHeads,
} from "../../src/compliance/claims/training/train-model.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { testEngine } from "./fixtures.ts";

const corpusDir = fileURLToPath(new URL("../../evals/compliance/corpus/", import.meta.url));
const { rulePack } = testEngine();
const quick = {
  heads: { ...DEFAULT_TRAIN_OPTIONS.heads, epochs: 2 },
  candidate: { ...DEFAULT_TRAIN_OPTIONS.candidate, epochs: 2 },
};

function sample(): CorpusLine[] {
  return [
    ...readCorpusFile(`${corpusDir}b-finance.jsonl`).slice(0, 60),
    ...readCorpusFile(`${corpusDir}a-food.jsonl`).slice(0, 60),
  ];
}

describe("claim model training", () => {
  it("keeps every line modelled on one case in one fold", () => {
    const lines = sample();
    const folds = assignFolds(lines, 5);
    const foldOfGroup = new Map<string, number>();
    lines.forEach((line, index) => {
      const fold = folds[index] as number;
      expect(foldOfGroup.get(line.group) ?? fold).toBe(fold);
      foldOfGroup.set(line.group, fold);
    });
    expect(new Set(folds).size).toBe(5);
    expect(assignFolds(lines, 5)).toEqual(folds);
  });

  it("gives the same bytes for the same lines, and the stored model scores as the trained one", () => {
    const prepared = prepareLines(sample(), rulePack);
    const oof = outOfFold(prepared, 3, quick);
    const thresholds = chooseThresholds(prepared, oof);
    const build = () =>
      assembleModel(trainHeads(prepared, quick), thresholds, ruleConfidence(prepared), "test");
    const first = JSON.stringify(serializeModel(build()));
    expect(JSON.stringify(serializeModel(build()))).toBe(first);

    const trained = build();
    const stored = parseModel(JSON.parse(first));
    const text = "这款驼奶粉喝两个月，血糖稳稳往下走，理财收益年化8%保本。";
    const read = () => readText(text, foldSameLength(text), "food_beverage");
    const inMemory = scoreWindows(trained, read());
    const fromFile = scoreWindows(stored, read());
    inMemory.forEach((window, index) => {
      for (const [label, score] of window.scores)
        expect(fromFile[index]?.scores.get(label)).toBeCloseTo(score, 3);
    });
  });
});
