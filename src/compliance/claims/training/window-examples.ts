// Training examples for the per-label clause heads. A window (one clause or two) is a positive for a label
// when it holds most of a gold span of that label (or lies inside one), a negative when it touches none;
// partial overlaps teach nothing and are left out. A violation line without spans for its label becomes
// one whole-text positive instead, its windows left out for that label.
import { foldSameLength } from "../../normalize/fold-table.ts";
import { readText } from "../claim-text.ts";
import { type Window, windows } from "../clauses.ts";
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
  /** how many of `features`, at its end, belong to the window rather than to its clauses */
  ownCount: number;
}

const HOLDS_SPAN = 0.6;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The windows that carry each gold span: those holding most of it, or, for a span longer than any window,
 * the window holding the most of it. A piece of a claim ("用了一周" of "用了一周，斑就淡了") is not the claim.
 */
function carriers(all: readonly Window[], spans: CorpusLine["spans"]): Set<Window> {
  const chosen = new Set<Window>();
  for (const span of spans) {
    let best: Window | undefined;
    let bestShared = 0;
    for (const window of all) {
      const shared = overlap(window, span);
      if (shared >= HOLDS_SPAN * (span.end - span.start)) chosen.add(window);
      if (shared > bestShared) {
        best = window;
        bestShared = shared;
      }
    }
    if (best && ![...chosen].some((window) => overlap(window, span) > 0)) chosen.add(best);
  }
  return chosen;
}

export function windowExamples(line: CorpusLine, rules: readonly RuleMark[] = []): WindowExample[] {
  const folded = foldSameLength(line.text);
  const text = readText(line.text, folded, line.industry, rules);
  const spanned = new Set(line.spans.map((span) => span.label));
  const examples: WindowExample[] = [];
  const all = windows(text.clauses);
  const carrying = new Map(
    CLAIM_LABELS.map((label) => [
      label,
      carriers(
        all,
        line.spans.filter((span) => span.label === label),
      ),
    ]),
  );
  for (const window of all) {
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
      // a window carrying a span is a positive, one touching a span partly teaches nothing
      const touches = line.spans.some((span) => span.label === label && overlap(window, span) > 0);
      targets[label] = carrying.get(label)?.has(window) ? 1 : touches ? null : 0;
    }
    const features = windowFeatures(parts, line.industry, text.context(window.first, window.size));
    examples.push({
      features,
      ownCount: features.length - parts.reduce((sum, part) => sum + part.local.length, 0),
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
    const features = windowFeatures(readings, line.industry, {
      sentence: documentCues,
      document: documentCues,
      rules,
    });
    examples.push({
      features,
      ownCount: features.length - readings.reduce((sum, part) => sum + part.local.length, 0),
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
