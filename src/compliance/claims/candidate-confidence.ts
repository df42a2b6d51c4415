// How sure the engine is that an ambiguous rule hit is a claim: the candidate head (the words around the
// hit) and the claim head of the hit's label on its clause (what the clause says) each give a probability;
// their logits are averaged. Either alone ranks worse (cross-validated AUC 0.90 and 0.92 against 0.94).

import type { ScoredWindow } from "./find-claims.ts";
import type { ClaimLabel } from "./model.ts";

const logit = (probability: number) => {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, probability));
  return Math.log(p / (1 - p));
};

export function combinedConfidence(candidate: number, clause: number): number {
  return 1 / (1 + Math.exp(-(logit(candidate) + logit(clause)) / 2));
}

/** The claim head's score of the one-clause window holding the hit (0.5, no opinion, when none does). */
export function clauseScore(
  windows: readonly { start: number; end: number; size: number; score: number }[],
  start: number,
): number {
  for (const window of windows)
    if (window.size === 1 && window.start <= start && start < window.end) return window.score;
  return 0.5;
}

/** The claim head's score of clause `index` (0.5, no opinion, when there is none). */
export function clauseScoreAt(
  singles: readonly (ScoredWindow | undefined)[],
  index: number,
  label: ClaimLabel,
): number {
  return (index >= 0 ? singles[index]?.scores.get(label) : undefined) ?? 0.5;
}
