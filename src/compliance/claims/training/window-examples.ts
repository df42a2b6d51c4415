// Training examples for the per-label clause heads. A window (one clause or two) is a positive for a label
// when it holds most of a gold span of that label (or lies inside one), a negative when it touches none;
// partial overlaps teach nothing and are left out. A violation line without spans for its label becomes
// one whole-text positive instead, its windows left out for that label.
import { foldSameLength } from "../../normalize/fold-table.ts";
import { readText } from "../claim-text.ts";
import { windows } from "../clauses.ts";
import { type ClauseReading, type RuleMark, windowFeatures } from "../features.ts";
import type { SparseExample } from "../logistic.ts";
import { CLAIM_LABELS, type ClaimLabel } from "../model.ts";
import type { CorpusLine } from "./corpus.ts";

/** One example for every label: its target, or null where it teaches that label nothing. */
export interface WindowExample {
  features: Uint32Array;
  targets: Record<ClaimLabel, 0 | 1 | null>;
  weight: number;
  /** the whole text standing for a line without spans (never scored as a window) */
  whole: boolean;
  /** the window's span in the line (the whole line for a whole-text example) and its size in clauses */
  start: number;
  end: number;
  size: number;
}

const HOLDS_SPAN = 0.6;
const INSIDE_SPAN = 0.8;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function windowExamples(line: CorpusLine, rules: readonly RuleMark[] = []): WindowExample[] {
  const folded = foldSameLength(line.text);
  const text = readText(line.text, folded, line.industry, rules);
  const spanned = new Set(line.spans.map((span) => span.label));
  const examples: WindowExample[] = [];
  for (const window of windows(text.clauses)) {
    const parts =
      window.size === 1
        ? [text.reading(window.first)]
        : [text.reading(window.first), text.reading(window.first + 1)];
    const targets = {} as WindowExample["targets"];
    for (const label of CLAIM_LABELS) {
      if (!line.labels.includes(label)) {
        targets[label] = 0;
        continue;
      }
      if (!spanned.has(label)) {
        targets[label] = null;
        continue;
      }
      let best: 0 | 1 | null = 0;
      for (const span of line.spans) {
        if (span.label !== label) continue;
        const shared = overlap(window, span);
        if (shared === 0) continue;
        if (
          shared >= HOLDS_SPAN * (span.end - span.start) ||
          shared >= INSIDE_SPAN * (window.end - window.start)
        ) {
          best = 1;
          break;
        }
        best = null;
      }
      targets[label] = best;
    }
    examples.push({
      features: windowFeatures(parts, line.industry, text.context(window.first, window.size)),
      targets,
      weight: 1,
      whole: false,
      start: window.start,
      end: window.end,
      size: window.size,
    });
  }
  const unspanned = CLAIM_LABELS.filter((label) => line.labels.includes(label) && !spanned.has(label));
  if (unspanned.length > 0) {
    const readings: ClauseReading[] = text.clauses.map((_, index) => text.reading(index));
    const targets = {} as WindowExample["targets"];
    for (const label of CLAIM_LABELS) targets[label] = unspanned.includes(label) ? 1 : null;
    const documentCues = text.documentCues();
    examples.push({
      features: windowFeatures(readings, line.industry, {
        sentence: documentCues,
        document: documentCues,
        rules,
      }),
      targets,
      weight: 1,
      whole: true,
      start: 0,
      end: line.text.length,
      size: 0,
    });
  }
  return examples;
}

export function labelExamples(examples: readonly WindowExample[], label: ClaimLabel): SparseExample[] {
  const result: SparseExample[] = [];
  for (const example of examples) {
    const target = example.targets[label];
    if (target !== null) result.push({ features: example.features, target, weight: example.weight });
  }
  return result;
}
