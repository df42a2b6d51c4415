// Grouped k-fold cross-validation of the claim model: every line modelled on one published case sits in
// one fold, so a case never trains the model that is scored on it. The out-of-fold scores choose the
// thresholds; the fold models let the eval run whole checks on lines their model never saw.
import { hashString } from "../../../shared/seeded-random.ts";
import { clauseScore, combinedConfidence } from "../candidate-confidence.ts";
import { probability } from "../logistic.ts";
import { CLAIM_LABELS, type ClaimLabel } from "../model.ts";
import type { CorpusLine } from "./corpus.ts";
import {
  type Heads,
  type PreparedLine,
  type Thresholds,
  type TrainOptions,
  trainHeads,
} from "./train-model.ts";

/** Groups (published cases) go, largest first, to the fold holding the fewest lines so far. */
export function assignFolds(lines: readonly CorpusLine[], folds: number): number[] {
  const groups = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const members = groups.get(line.group) ?? [];
    members.push(index);
    groups.set(line.group, members);
  });
  const ordered = [...groups].sort(
    ([a, left], [b, right]) =>
      right.length - left.length || hashString(a) - hashString(b) || a.localeCompare(b),
  );
  const sizes = new Array<number>(folds).fill(0);
  const assignment = new Array<number>(lines.length).fill(0);
  for (const [, members] of ordered) {
    let fold = 0;
    for (let candidate = 1; candidate < folds; candidate++)
      if ((sizes[candidate] ?? 0) < (sizes[fold] ?? 0)) fold = candidate;
    for (const index of members) assignment[index] = fold;
    sizes[fold] = (sizes[fold] ?? 0) + members.length;
  }
  return assignment;
}

export interface OutOfFold {
  folds: number[];
  models: Heads[];
  /** per line, the highest window probability per label, from the model that did not see it */
  lineScores: Array<Record<ClaimLabel, number>>;
  /** per line, per rule hit: the candidate probability (null for a plain hit) */
  candidateScores: Array<Array<number | null>>;
}

export function outOfFold(
  prepared: readonly PreparedLine[],
  folds: number,
  options?: TrainOptions,
): OutOfFold {
  const assignment = assignFolds(
    prepared.map((item) => item.line),
    folds,
  );
  const models: Heads[] = [];
  const lineScores: OutOfFold["lineScores"] = new Array(prepared.length);
  const candidateScores: OutOfFold["candidateScores"] = new Array(prepared.length);
  for (let fold = 0; fold < folds; fold++) {
    const model = trainHeads(
      prepared.filter((_, index) => assignment[index] !== fold),
      options,
    );
    models.push(model);
    prepared.forEach((item, index) => {
      if (assignment[index] !== fold) return;
      const scores = {} as Record<ClaimLabel, number>;
      for (const label of CLAIM_LABELS) {
        const head = model.heads.get(label);
        let best = 0;
        for (const window of item.windows)
          if (!window.whole && head) best = Math.max(best, probability(head, window.features));
        scores[label] = best;
      }
      lineScores[index] = scores;
      candidateScores[index] = item.candidateFeatures.map((features, position) => {
        if (!features) return null;
        const finding = (item.hits[position] as PreparedLine["hits"][number]).finding;
        const head = model.heads.get(finding.label as ClaimLabel);
        const clauses = item.windows
          .filter((window) => !window.whole)
          .map((window) => ({ ...window, score: head ? probability(head, window.features) : 0.5 }));
        return combinedConfidence(
          probability(model.candidate, features),
          clauseScore(clauses, finding.start),
        );
      });
    });
  }
  return { folds: assignment, models, lineScores, candidateScores };
}

export interface ThresholdTargets {
  /** at most this share of compliant corpus lines (not library copy) may be flagged by anything */
  falsePositives: number;
  /** a model finding blocks only where lines scoring that high were this precise */
  blockPrecision: number;
  /** dismissing may lose at most this share of true candidate claims */
  dismissLoss: number;
  /** at most this share of compliant lines may keep a confirmed (blocking) candidate */
  confirmFalsePositives: number;
}

export const DEFAULT_TARGETS: ThresholdTargets = {
  falsePositives: 0.05,
  blockPrecision: 0.99,
  dismissLoss: 0.03,
  confirmFalsePositives: 0.01,
};

const GRID = Array.from({ length: 80 }, (_, index) => Math.round((0.2 + index * 0.01) * 100) / 100);
const NEVER = 1.01;
const MIN_BLOCK_SUPPORT = 20;

/**
 * The candidate thresholds first (dismiss losing few true claims, confirm keeping few compliant lines
 * blocked), then the model's emit thresholds: each label lets through the same share of compliant lines,
 * the largest share at which the compliant lines flagged by anything (rules and checks included) stay
 * within the target.
 */
const isLibraryItem = (item: PreparedLine) => item.line.file === "content-library";

export function chooseThresholds(
  prepared: readonly PreparedLine[],
  oof: OutOfFold,
  targets: ThresholdTargets = DEFAULT_TARGETS,
): Thresholds {
  const scored: Array<{ score: number; target: 0 | 1 }> = [];
  /** per compliant line, its highest candidate score */
  const compliantHighest: number[] = [];
  prepared.forEach((item, index) => {
    let highest = -1;
    item.hits.forEach((hit, position) => {
      const score = oof.candidateScores[index]?.[position];
      if (score === null || score === undefined) return;
      if (hit.target !== null) scored.push({ score, target: hit.target });
      if (hit.finding.severity === "block") highest = Math.max(highest, score);
    });
    if (item.line.labels.length === 0 && !isLibraryItem(item)) compliantHighest.push(highest);
  });
  const positives = scored.filter((entry) => entry.target === 1);
  const confirm =
    positives.length === 0
      ? 0
      : (GRID.find(
          (threshold) =>
            compliantHighest.filter((score) => score >= threshold).length <=
            targets.confirmFalsePositives * compliantHighest.length,
        ) ?? NEVER);
  let dismiss = 0;
  for (const threshold of GRID) {
    if (threshold > confirm) break;
    const lost = positives.filter((entry) => entry.score < threshold).length;
    if (lost <= targets.dismissLoss * positives.length) dismiss = threshold;
  }

  // what flags a line before the model's own findings: blocking rule hits (candidates once confirmed), checks
  const flagged = prepared.map((item, index) => {
    if (item.blockedByChecks) return true;
    return item.hits.some((hit, position) => {
      if (hit.finding.severity !== "block") return false;
      const score = oof.candidateScores[index]?.[position];
      return score === null || score === undefined || score >= confirm;
    });
  });
  const violation = prepared.map((item) => item.line.labels.length > 0);
  // the budget is a share of the compliant corpus lines (look-alikes written to be hard), not of approved
  // library copy, which is easy by construction: counting it let every new library item lower the thresholds
  const compliantLines = prepared
    .map((_, index) => index)
    .filter((index) => !violation[index] && !isLibraryItem(prepared[index] as PreparedLine));
  const budget = Math.floor(targets.falsePositives * compliantLines.length);
  /** the emit threshold of a label at which at most `share` of compliant lines score as high */
  const thresholdAt = (label: ClaimLabel, share: number) =>
    GRID.find(
      (threshold) =>
        compliantLines.filter((index) => (oof.lineScores[index]?.[label] ?? 0) >= threshold).length <=
        share * compliantLines.length,
    ) ?? NEVER;
  const unionCost = (thresholds: Map<ClaimLabel, number>) =>
    compliantLines.filter(
      (index) =>
        flagged[index] ||
        CLAIM_LABELS.some(
          (label) => (oof.lineScores[index]?.[label] ?? 0) >= (thresholds.get(label) ?? NEVER),
        ),
    ).length;
  // every label gets the same share of compliant lines, the largest that keeps the union within the budget:
  // no label's thresholds depend on how common it happens to be in the corpus
  let chosen = new Map<ClaimLabel, number>(CLAIM_LABELS.map((label) => [label, NEVER]));
  for (let share = 0.001; share <= 0.05; share += 0.001) {
    const candidate = new Map(CLAIM_LABELS.map((label) => [label, thresholdAt(label, share)]));
    if (unionCost(candidate) > budget) break;
    chosen = candidate;
  }
  const emit = {} as Record<ClaimLabel, number>;
  const block = {} as Record<ClaimLabel, number>;
  for (const label of CLAIM_LABELS) {
    emit[label] = chosen.get(label) ?? NEVER;
    const score = (index: number) => oof.lineScores[index]?.[label] ?? 0;
    block[label] = NEVER;
    for (const threshold of GRID) {
      if (threshold < emit[label]) continue;
      const above = prepared
        .map((item, index) => ({ item, index }))
        .filter(({ index }) => score(index) >= threshold);
      if (above.length < MIN_BLOCK_SUPPORT) break;
      const right = above.filter(({ item }) => item.line.labels.includes(label)).length;
      if (right / above.length >= targets.blockPrecision) {
        block[label] = threshold;
        break;
      }
    }
  }
  return { emit, block, confirm, dismiss };
}
