// Line-level metrics of the compliance eval (pure: lines and predictions in, numbers out).
import { FINDING_SOURCES, type Finding, LABELS, type Verdict } from "../../src/compliance/types.ts";

export interface EvalLine {
  id: string;
  channel?: string;
  industry?: string;
  text: string;
  labels: string[];
  spans: Array<[string, string]>;
  note?: string;
}

export interface LabelStats {
  support: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the set has no line to measure it on (printed n/a, never a made-up 100%) */
  recall: number | null;
  precision: number | null;
}

/** What one source of findings (rules, the claim model, PII, required elements, the judge) contributes. */
export interface SourceStats {
  /** counted findings (block, or any model or judge finding) */
  findings: number;
  /** share of those findings whose label the line's gold has */
  precision: number | null;
  /** share of violation lines whose gold label this source alone finds */
  recall: number | null;
  /** share of compliant lines this source flags */
  fp_rate_ok: number | null;
}

export interface EvalReport {
  lines: number;
  recall: number | null;
  flag_recall: number | null;
  precision: number | null;
  evasion_recall: number | null;
  fp_rate_ok: number | null;
  fp_rate_hard: number | null;
  attention_rate_ok: number | null;
  span_agreement: number | null;
  per_label: Record<string, LabelStats>;
  per_source: Record<string, SourceStats>;
  counts: { violations: number; ok: number; hard: number; evasion: number; spans: number };
}

/** A finding the eval counts: a block, or anything the model or the judge raised (a rule's warn is advice). */
export function counted(finding: Finding): boolean {
  return finding.severity === "block" || finding.source === "judge" || finding.source === "model";
}

/** The labels a verdict asserts: blocking findings and every model or judge finding. */
export function predictedLabels(verdict: Verdict): Set<string> {
  return new Set(verdict.findings.filter(counted).map((finding) => finding.label));
}

/** Compliant look-alikes: "Hard negative:" in our sets, "Look-alike:" in the corpus. */
export function isHardNegative(note: string | undefined): boolean {
  return note?.startsWith("Hard negative:") === true || note?.startsWith("Look-alike:") === true;
}

/** A share of nothing is unknown, not 100% (or 0%): null, which the report prints as n/a. */
const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? null : numerator / denominator;
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export function computeMetrics(lines: readonly EvalLine[], verdicts: readonly Verdict[]): EvalReport {
  const per: Record<string, LabelStats> = {};
  for (const label of LABELS) per[label] = { support: 0, tp: 0, fp: 0, fn: 0, recall: 0, precision: 0 };
  let violations = 0;
  let recalled = 0;
  let flaggedViolations = 0;
  let flagged = 0;
  let ok = 0;
  let okFlagged = 0;
  let okAttention = 0;
  let hard = 0;
  let hardFlagged = 0;
  let evasion = 0;
  let evasionRecalled = 0;
  let spans = 0;
  let spansAgreed = 0;
  lines.forEach((line, index) => {
    const verdict = verdicts[index] as Verdict;
    const predicted = predictedLabels(verdict);
    const gold = new Set(line.labels.filter((label) => label !== "ok" && label !== "evasion"));
    const isViolation = gold.size > 0;
    if (predicted.size > 0) flagged++;
    for (const label of LABELS) {
      const stats = per[label] as LabelStats;
      if (gold.has(label)) stats.support++;
      if (gold.has(label) && predicted.has(label)) stats.tp++;
      if (!gold.has(label) && predicted.has(label)) stats.fp++;
      if (gold.has(label) && !predicted.has(label)) stats.fn++;
    }
    if (isViolation) {
      violations++;
      const hit = [...gold].some((label) => predicted.has(label));
      if (hit) recalled++;
      if (predicted.size > 0) flaggedViolations++;
      if (line.labels.includes("evasion")) {
        evasion++;
        if (hit) evasionRecalled++;
      }
    } else {
      ok++;
      if (predicted.size > 0) okFlagged++;
      if (verdict.verdict !== "pass") okAttention++;
      if (isHardNegative(line.note)) {
        hard++;
        if (predicted.size > 0) hardFlagged++;
      }
    }
    for (const [substring, label] of line.spans) {
      const start = line.text.indexOf(substring);
      if (start < 0) continue;
      spans++;
      const end = start + substring.length;
      const agreed = verdict.findings.some(
        (finding) =>
          finding.label === label &&
          (finding.severity === "block" || finding.source === "judge") &&
          finding.start < end &&
          start < finding.end,
      );
      if (agreed) spansAgreed++;
    }
  });
  for (const stats of Object.values(per)) {
    stats.recall = round(ratio(stats.tp, stats.support));
    stats.precision = round(ratio(stats.tp, stats.tp + stats.fp));
  }
  const perSource: Record<string, SourceStats> = {};
  for (const source of FINDING_SOURCES) {
    let findings = 0;
    let right = 0;
    let found = 0;
    let okFlaggedBy = 0;
    lines.forEach((line, index) => {
      const gold = new Set(line.labels.filter((label) => label !== "ok" && label !== "evasion"));
      const mine = (verdicts[index] as Verdict).findings.filter(
        (finding) => finding.source === source && counted(finding),
      );
      findings += mine.length;
      right += mine.filter((finding) => gold.has(finding.label)).length;
      if (gold.size > 0 && mine.some((finding) => gold.has(finding.label))) found++;
      if (gold.size === 0 && mine.length > 0) okFlaggedBy++;
    });
    perSource[source] = {
      findings,
      precision: round(ratio(right, findings)),
      recall: round(ratio(found, violations)),
      fp_rate_ok: round(ratio(okFlaggedBy, ok)),
    };
  }
  return {
    lines: lines.length,
    recall: round(ratio(recalled, violations)),
    flag_recall: round(ratio(flaggedViolations, violations)),
    precision: round(ratio(flaggedViolations, flagged)),
    evasion_recall: round(ratio(evasionRecalled, evasion)),
    fp_rate_ok: round(ratio(okFlagged, ok)),
    fp_rate_hard: round(ratio(hardFlagged, hard)),
    attention_rate_ok: round(ratio(okAttention, ok)),
    span_agreement: round(ratio(spansAgreed, spans)),
    per_label: per,
    per_source: perSource,
    counts: { violations, ok, hard, evasion, spans },
  };
}
