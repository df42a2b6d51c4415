// The emit thresholds come from one rule (allocateEmitThresholds), not from hand tuning: the compliant lines
// it lets the heads flag never exceed the budget, and a large worthwhile step is not lost to small ones.
import { describe, expect, it } from "vitest";
import { CLAIM_LABELS, type ClaimLabel } from "../../src/compliance/claims/model.ts";
import type { CorpusLine } from "../../src/compliance/claims/training/corpus.ts";
import {
  allocateEmitThresholds,
  type OutOfFold,
} from "../../src/compliance/claims/training/cross-validate.ts";
import type { PreparedLine } from "../../src/compliance/claims/training/train-model.ts";

interface Spec {
  labels: string[];
  scores: Partial<Record<ClaimLabel, number>>;
}

function build(specs: Spec[]) {
  const prepared = specs.map((spec, index) => {
    const line: CorpusLine = {
      id: `l${index}`,
      text: "x",
      labels: spec.labels,
      evasion: false,
      spans: [],
      group: `line:${index}`,
      file: "test.jsonl",
      raw: { labels: spec.labels.length > 0 ? spec.labels : ["ok"], spans: [] },
    };
    return { line, windows: [], hits: [], candidateFeatures: [], blockedByChecks: false } as PreparedLine;
  });
  const lineScores = specs.map(
    (spec) =>
      Object.fromEntries(CLAIM_LABELS.map((label) => [label, spec.scores[label] ?? 0])) as Record<
        ClaimLabel,
        number
      >,
  );
  const oof: OutOfFold = {
    folds: specs.map(() => 0),
    models: [],
    lineScores,
    candidateScores: specs.map(() => []),
  };
  const compliantLines = specs.flatMap((spec, index) => (spec.labels.length === 0 ? [index] : []));
  return { prepared, oof, compliantLines, flagged: specs.map(() => false) };
}

const repeat = (count: number, spec: Spec) => Array.from({ length: count }, () => spec);

describe("allocateEmitThresholds", () => {
  // harassment: a small cheap step (4 violations for 1 compliant line); finance: a large step (9 violations
  // for 4 compliant lines). With a budget of 4 a greedy by ratio takes the small step first and then cannot
  // afford the large one; trying every first step finds the allocation that catches more.
  const specs: Spec[] = [
    ...repeat(4, { labels: ["harassment"], scores: { harassment: 0.9 } }),
    ...repeat(1, { labels: [], scores: { harassment: 0.9 } }),
    ...repeat(9, { labels: ["finance_promise"], scores: { finance_promise: 0.5 } }),
    ...repeat(4, { labels: [], scores: { finance_promise: 0.5 } }),
    ...repeat(30, { labels: [], scores: {} }),
  ];

  it("keeps the compliant lines flagged within the budget and prefers the larger total catch", () => {
    const { prepared, oof, compliantLines, flagged } = build(specs);
    const thresholds = allocateEmitThresholds(prepared, oof, flagged, compliantLines, 4, 0.5);
    expect(thresholds.get("finance_promise")).toBe(0.5);
    expect(thresholds.get("harassment")).toBe(1.01);
    const spent = compliantLines.filter((index) =>
      CLAIM_LABELS.some((label) => (oof.lineScores[index]?.[label] ?? 0) >= (thresholds.get(label) ?? 1.01)),
    ).length;
    expect(spent).toBeLessThanOrEqual(4);
  });

  it("takes both steps when the budget allows, and none when rules already spent it", () => {
    const { prepared, oof, compliantLines, flagged } = build(specs);
    const both = allocateEmitThresholds(prepared, oof, flagged, compliantLines, 5, 0.5);
    expect(both.get("finance_promise")).toBe(0.5);
    expect(both.get("harassment")).toBe(0.9);
    const spentByRules = flagged.map((_, index) => compliantLines.slice(0, 5).includes(index));
    const free = allocateEmitThresholds(prepared, oof, spentByRules, compliantLines, 5, 0.5);
    // the five compliant lines the heads would flag are already flagged: both steps are now free
    expect(free.get("finance_promise")).toBe(0.5);
    const tight = flagged.map((_, index) => compliantLines.slice(10, 15).includes(index));
    const silent = allocateEmitThresholds(prepared, oof, tight, compliantLines, 5, 0.5);
    expect([...silent.values()].every((threshold) => threshold === 1.01)).toBe(true);
  });
});
