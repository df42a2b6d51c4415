// The emit thresholds come from one rule (allocateEmitThresholds), not from hand tuning: the compliant lines
// it lets the heads flag never exceed the budget, and a large worthwhile step is not lost to small ones.
import { describe, expect, it } from "vitest";
import { CLAIM_LABELS, type ClaimLabel } from "../../src/compliance/claims/model.ts";
import type { CorpusLine } from "../../src/compliance/claims/training/corpus.ts";
import {
  allocateEmitThresholds,
  type OutOfFold,
} from "../../src/compliance/claims/training/cross-validate.ts";
import type { LabelledHit } from "../../src/compliance/claims/training/rule-hits.ts";
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
    return {
      line,
      windows: [],
      hits: [],
      candidateFeatures: [],
      blockedByChecks: false,
      warnedAgainst: new Set(),
    } as PreparedLine;
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

  // absolute: every violation line is already caught by a blocking rule hit of its own label in the corpus
  // (the rules were refined on it), and the head scores them all 0.8 at the cost of one compliant line.
  // Counting only labels nothing else gave (round 3) leaves the head silent, so on phrasing the rules never saw
  // it catches nothing; counting what the head itself covers keeps it as the rules' backup.
  it("values a head for its own label even where rules already catch the corpus lines", () => {
    const ruled: Spec[] = [
      ...repeat(10, { labels: ["absolute"], scores: { absolute: 0.8 } }),
      ...repeat(1, { labels: [], scores: { absolute: 0.8 } }),
      ...repeat(30, { labels: [], scores: {} }),
    ];
    const { prepared, oof, compliantLines } = build(ruled);
    const flagged = ruled.map((spec) => spec.labels.length > 0);
    prepared.forEach((item, index) => {
      if (!flagged[index]) return;
      item.hits.push({
        finding: { label: "absolute", severity: "block", start: 0, end: 1 } as LabelledHit["finding"],
        candidate: false,
        target: 1,
      });
      item.candidateFeatures.push(null);
      (oof.candidateScores[index] as Array<number | null>).push(null);
    });
    const old = allocateEmitThresholds(prepared, oof, flagged, compliantLines, 2, 0.5, "rule_or_head");
    expect(old.get("absolute")).toBe(1.01);
    const backup = allocateEmitThresholds(prepared, oof, flagged, compliantLines, 2, 0.5, "head_label");
    expect(backup.get("absolute")).toBe(0.8);
    // the budget still binds: with no compliant line to spare the head stays silent either way
    const none = allocateEmitThresholds(prepared, oof, flagged, compliantLines, 0, 0.5, "head_label");
    expect(none.get("absolute")).toBe(1.01);
  });
});
