// Prints an eval report as a table (per label, overall, per source); the caller prints the JSON line.
import type { EvalReport } from "./metrics.ts";

const pct = (value: number | null) => (value === null ? "n/a" : `${(value * 100).toFixed(1)}%`).padStart(7);

export function printReport(report: EvalReport): void {
  console.log("label               support  recall  precision");
  for (const [label, stats] of Object.entries(report.per_label)) {
    console.log(
      `${label.padEnd(20)}${String(stats.support).padStart(7)}  ${pct(stats.recall)}  ${pct(stats.precision)}`,
    );
  }
  console.log("-".repeat(48));
  console.log(`violation recall (label match)  ${pct(report.recall)}   (${report.counts.violations} lines)`);
  console.log(`violation recall (any flag)     ${pct(report.flag_recall)}`);
  console.log(`precision (flagged lines)       ${pct(report.precision)}`);
  console.log(
    `evasion recall                  ${pct(report.evasion_recall)}   (${report.counts.evasion} lines)`,
  );
  console.log(`FP rate on ok lines             ${pct(report.fp_rate_ok)}   (${report.counts.ok} lines)`);
  console.log(`FP rate on hard negatives       ${pct(report.fp_rate_hard)}   (${report.counts.hard} lines)`);
  console.log(`ok lines not passed (any warn)  ${pct(report.attention_rate_ok)}`);
  console.log(
    `span agreement                  ${pct(report.span_agreement)}   (${report.counts.spans} spans)`,
  );
  console.log("-".repeat(48));
  console.log("source     findings  precision  recall alone  flags ok lines");
  for (const [source, stats] of Object.entries(report.per_source)) {
    console.log(
      `${source.padEnd(10)}${String(stats.findings).padStart(9)}  ${pct(stats.precision)}    ${pct(stats.recall)}        ${pct(stats.fp_rate_ok)}`,
    );
  }
}
