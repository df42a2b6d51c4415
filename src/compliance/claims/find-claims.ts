// Claims no listed term covers: every clause window is scored per claim label; the windows at or above
// the label's threshold, strongest first and not overlapping, become model findings. A two-clause window
// is narrowed to one of its clauses when that clause alone passes the threshold.

import type { ClaimText } from "./claim-text.ts";
import { type Window, windows } from "./clauses.ts";
import { windowOwnFeatures } from "./features.ts";
import { addWeights, CLAIM_LABELS, type ClaimLabel, type ClaimModel } from "./model.ts";

export interface ClaimHit {
  label: ClaimLabel;
  start: number;
  end: number;
  probability: number;
}

export interface ScoredWindow extends Window {
  scores: Map<ClaimLabel, number>;
  /** the window holds a script's customer turn (its label or its words): not the brand's claim */
  customer: boolean;
}

/** A script line that gives the customer's words: 客户异议：…, 【客户说：…】, 若客户表示… */
const CUSTOMER_LABEL = /(客户|顾客|用户|对方|家长)(异议|说|回答|回复|表示|拒绝|问|提问|反馈|犹豫)?$/;
const CUSTOMER_LEAD =
  /(客户|顾客|用户|对方|家长)(异议|说|回答|回复|表示|拒绝|问|提问|反馈|犹豫)?\s*[：:]\s*$/;

/**
 * Which clauses are a customer's turn in a call script: the label clause itself (客户异议) and the clause
 * it introduces, up to the end of that clause. Who speaks matters: "我再考虑一下" is the customer's
 * objection, not the brand pressing anyone.
 */
function customerClauses(text: ClaimText): boolean[] {
  const { folded, clauses } = text;
  return clauses.map((clause, index) => {
    if (CUSTOMER_LABEL.test(folded.slice(clause.start, clause.end))) return true;
    const previous = clauses[index - 1];
    const lead = folded.slice(previous ? previous.start : Math.max(0, clause.start - 12), clause.start);
    return CUSTOMER_LEAD.test(lead.replace(/[【[（(]/g, ""));
  });
}

export function scoreWindows(model: ClaimModel, text: ClaimText): ScoredWindow[] {
  const { packed } = model;
  const width = packed.labels.length;
  // each clause's own features are summed once, whatever number of windows hold it
  const customer = customerClauses(text);
  const partial = text.clauses.map((_, index) =>
    addWeights(packed, text.reading(index).local, new Float64Array(width)),
  );
  return windows(text.clauses).map((window) => {
    const parts =
      window.size === 1
        ? [text.reading(window.first)]
        : [text.reading(window.first), text.reading(window.first + 1)];
    const sums = Float64Array.from(packed.bias);
    for (let offset = 0; offset < window.size; offset++) {
      const clause = partial[window.first + offset] as Float64Array;
      for (let label = 0; label < width; label++) sums[label] = (sums[label] ?? 0) + (clause[label] ?? 0);
    }
    addWeights(
      packed,
      windowOwnFeatures(parts, text.industry, text.context(window.first, window.size)),
      sums,
    );
    const scores = new Map<ClaimLabel, number>();
    packed.labels.forEach((label, position) => {
      scores.set(label, 1 / (1 + Math.exp(-(sums[position] ?? 0))));
    });
    const spoken = customer[window.first] || (window.size === 2 && customer[window.first + 1]);
    return { ...window, scores, customer: spoken === true };
  });
}

/** The one-clause window a two-clause window narrows to: the better of its clauses, if it alone passes. */
function narrowed(
  window: ScoredWindow,
  singles: readonly ScoredWindow[],
  label: ClaimLabel,
  emit: number,
): ScoredWindow {
  if (window.size === 1) return window;
  let best = window;
  let bestScore = -1;
  for (const single of [singles[window.first], singles[window.first + 1]]) {
    const score = single?.scores.get(label) ?? 0;
    if (single && score >= emit && score > bestScore) {
      best = single;
      bestScore = score;
    }
  }
  return best;
}

export function findClaims(model: ClaimModel, scored: readonly ScoredWindow[]): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const singles: ScoredWindow[] = [];
  let clauseCount = 0;
  for (const window of scored) {
    if (window.size === 1) singles[window.first] = window;
    clauseCount = Math.max(clauseCount, window.first + window.size);
  }
  for (const label of CLAIM_LABELS) {
    const head = model.heads.get(label);
    if (!head) continue;
    const over = scored
      .filter((window) => !window.customer && (window.scores.get(label) ?? 0) >= head.emit)
      .sort((a, b) => (b.scores.get(label) ?? 0) - (a.scores.get(label) ?? 0) || a.start - b.start);
    // windows are runs of whole clauses: two overlap exactly when they share a clause
    const taken = new Uint8Array(clauseCount);
    for (const window of over) {
      if (taken[window.first] || (window.size === 2 && taken[window.first + 1])) continue;
      taken.fill(1, window.first, window.first + window.size);
      const span = narrowed(window, singles, label, head.emit);
      hits.push({ label, start: span.start, end: span.end, probability: window.scores.get(label) ?? 0 });
    }
  }
  return hits;
}
