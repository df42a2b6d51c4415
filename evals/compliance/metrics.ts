// Line-level metrics of the compliance eval (pure: lines and predictions in, numbers out).
import { LABELS, type Verdict } from "../../src/compliance/types.ts";

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
  recall: number;
  precision: number;
}

export interface EvalReport {
  lines: number;
  recall: number;
  flag_recall: number;
  precision: number;
  evasion_recall: number;
  fp_rate_ok: number;
  fp_rate_hard: number;
  attention_rate_ok: number;
  span_agreement: number;
  per_label: Record<string, LabelStats>;
  counts: { violations: number; ok: number; hard: number; evasion: number; spans: number };
}

/** The labels a verdict asserts: blocking findings and every judge finding (warn-level rule hits are advice). */
export function predictedLabels(verdict: Verdict): Set<string> {
  return new Set(
    verdict.findings
      .filter((finding) => finding.severity === "block" || finding.source === "judge")
      .map((finding) => finding.label),
  );
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);
const round = (value: number) => Math.round(value * 1000) / 1000;

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
      if (line.note?.startsWith("Hard negative:")) {
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
  return {
    lines: lines.length,
    recall: round(ratio(recalled, violations)),
    flag_recall: round(ratio(flaggedViolations, violations)),
    precision: round(ratio(flaggedViolations, flagged)),
    evasion_recall: round(ratio(evasionRecalled, evasion)),
    fp_rate_ok: round(ratio(okFlagged, ok) * (ok === 0 ? 0 : 1)),
    fp_rate_hard: round(ratio(hardFlagged, hard) * (hard === 0 ? 0 : 1)),
    attention_rate_ok: round(ratio(okAttention, ok) * (ok === 0 ? 0 : 1)),
    span_agreement: round(ratio(spansAgreed, spans)),
    per_label: per,
    counts: { violations, ok, hard, evasion, spans },
  };
}
