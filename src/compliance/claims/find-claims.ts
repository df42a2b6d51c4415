// Claims no listed term covers: every clause window is scored per claim label; the windows at or above
// the label's threshold, strongest first and not overlapping, become model findings. A two-clause window
// is narrowed to one of its clauses when that clause alone passes the threshold.

import { FifoCache } from "../../shared/fifo-cache.ts";
import { mayClaim, type WindowEvidence } from "./claim-evidence.ts";
import type { ClaimText } from "./claim-text.ts";
import { type Window, windows } from "./clauses.ts";
import { type ClauseReading, windowOwnFeatureList } from "./features.ts";
import { addWeights, CLAIM_LABELS, type ClaimLabel, type ClaimModel, type PackedHeads } from "./model.ts";
import { MAX_CACHED_CLAUSE, MAX_CACHED_READINGS } from "./reading-cache.ts";

export interface ClaimHit {
  label: ClaimLabel;
  start: number;
  end: number;
  probability: number;
}

export interface ScoredWindow extends Window {
  scores: LabelScores;
  /** the window holds a script's customer turn (its label or its words): not the brand's claim */
  customer: boolean;
  /** what its clauses hold, for whether it could be a claim at all (claim-evidence.ts) */
  evidence: readonly WindowEvidence[];
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

/**
 * A window's probability per label. A long text has hundreds of thousands of windows: their scores live in one
 * array for the whole text rather than in a map per window, which made a big text mostly garbage collection.
 */
export class LabelScores {
  constructor(
    private readonly positions: ReadonlyMap<ClaimLabel, number>,
    private readonly all: Float64Array,
    private readonly offset: number,
  ) {}

  get(label: ClaimLabel): number | undefined {
    const position = this.positions.get(label);
    return position === undefined ? undefined : this.all[this.offset + position];
  }

  /** [label, probability] in the model's label order, as the map this replaced iterated */
  *[Symbol.iterator](): IterableIterator<[ClaimLabel, number]> {
    for (const [label, position] of this.positions) yield [label, this.all[this.offset + position] ?? 0];
  }
}

const positionsByModel = new WeakMap<PackedHeads, ReadonlyMap<ClaimLabel, number>>();

function positionsOf(packed: PackedHeads): ReadonlyMap<ClaimLabel, number> {
  let positions = positionsByModel.get(packed);
  if (!positions) {
    positions = new Map(packed.labels.map((label, position) => [label, position]));
    positionsByModel.set(packed, positions);
  }
  return positions;
}

// A reading is shared by every text that holds the clause (reading-cache.ts), and so is its weighted sum: kept
// for the clauses short enough for the reading cache, in a map bounded like it (not a weak map: weak maps of
// many entries add work to every garbage collection).
const sumsByModel = new WeakMap<PackedHeads, FifoCache<ClauseReading, Float64Array>>();

function clauseSums(packed: PackedHeads, reading: ClauseReading): Float64Array {
  let sums = sumsByModel.get(packed);
  if (!sums) {
    sums = new FifoCache(MAX_CACHED_READINGS);
    sumsByModel.set(packed, sums);
  }
  let clause = sums.get(reading);
  if (!clause) {
    clause = addWeights(packed, reading.local, new Float64Array(packed.labels.length));
    if (reading.clean.length <= MAX_CACHED_CLAUSE) sums.set(reading, clause);
  }
  return clause;
}

export function scoreWindows(model: ClaimModel, text: ClaimText): ScoredWindow[] {
  const { packed } = model;
  const width = packed.labels.length;
  const positions = positionsOf(packed);
  // each clause's own features are summed once, whatever number of windows (or texts) hold it
  const customer = customerClauses(text);
  const readings = text.clauses.map((_, index) => text.reading(index));
  const partial = readings.map((reading) => clauseSums(packed, reading));
  const spans = windows(text.clauses);
  const all = new Float64Array(spans.length * width);
  const sums = new Float64Array(width);
  return spans.map((window, index) => {
    const parts = readings.slice(window.first, window.first + window.size);
    sums.set(packed.bias);
    for (let offset = 0; offset < window.size; offset++) {
      const clause = partial[window.first + offset] as Float64Array;
      for (let label = 0; label < width; label++) sums[label] = (sums[label] ?? 0) + (clause[label] ?? 0);
    }
    addWeights(
      packed,
      windowOwnFeatureList(parts, text.industry, text.context(window.first, window.size)),
      sums,
    );
    const offset = index * width;
    for (let label = 0; label < width; label++) all[offset + label] = 1 / (1 + Math.exp(-(sums[label] ?? 0)));
    const spoken = customer[window.first] || (window.size === 2 && customer[window.first + 1]);
    return {
      start: window.start,
      end: window.end,
      first: window.first,
      size: window.size,
      scores: new LabelScores(positions, all, offset),
      customer: spoken === true,
      evidence: parts,
    };
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
    if (single && score >= emit && score > bestScore && mayClaim(single.evidence)) {
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
    // the label's scores read once; the windows over the threshold, strongest first, ties in text order
    const score = new Float64Array(scored.length);
    const over: number[] = [];
    scored.forEach((window, index) => {
      score[index] = window.scores.get(label) ?? 0;
      if (!window.customer && (score[index] ?? 0) >= head.emit && mayClaim(window.evidence)) over.push(index);
    });
    over.sort(
      (a, b) =>
        (score[b] ?? 0) - (score[a] ?? 0) ||
        (scored[a] as ScoredWindow).start - (scored[b] as ScoredWindow).start,
    );
    // windows are runs of whole clauses: two overlap exactly when they share a clause
    const taken = new Uint8Array(clauseCount);
    for (const index of over) {
      const window = scored[index] as ScoredWindow;
      if (taken[window.first] || (window.size === 2 && taken[window.first + 1])) continue;
      taken.fill(1, window.first, window.first + window.size);
      const span = narrowed(window, singles, label, head.emit);
      hits.push({ label, start: span.start, end: span.end, probability: score[index] ?? 0 });
    }
  }
  return hits;
}
