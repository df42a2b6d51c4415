// npm run eval:compliance -- [FILE] [--verbose]: checks every line of a labeled JSONL file and prints
// per-label and overall metrics, then one JSON line. Default FILE: ../shared/evals/compliance-dev.jsonl.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkText } from "../../src/compliance/check-text.ts";
import { createEngine } from "../../src/compliance/default-engine.ts";
import type { CheckInput, Verdict } from "../../src/compliance/types.ts";
import { CHANNELS, type Channel, INDUSTRIES, type Industry } from "../../src/domain/vocabulary.ts";
import { computeMetrics, type EvalLine, predictedLabels } from "./metrics.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = resolve(
  repoRoot,
  args.find((arg) => !arg.startsWith("--")) ?? "../shared/evals/compliance-dev.jsonl",
);

const lines: EvalLine[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as EvalLine);

const engine = createEngine();
const verdicts: Verdict[] = [];
for (const line of lines) {
  const input: CheckInput = { text: line.text };
  if ((INDUSTRIES as readonly string[]).includes(line.industry ?? ""))
    input.industry = line.industry as Industry;
  if ((CHANNELS as readonly string[]).includes(line.channel ?? "")) input.channel = line.channel as Channel;
  const verdict = await checkText(input, engine);
  verdicts.push(verdict);
  if (verbose) {
    const gold = line.labels
      .filter((label) => label !== "evasion")
      .sort()
      .join(",");
    const predicted = [...predictedLabels(verdict)].sort().join(",") || "ok";
    if (gold !== predicted) {
      const spans = verdict.findings.map((finding) => `${finding.rule_id}:${finding.excerpt}`).join(" | ");
      console.log(`${line.id}\tgold=${gold}\tpred=${predicted}\t${spans}`);
    }
  }
}

const report = computeMetrics(lines, verdicts);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log(`compliance eval: ${file}`);
console.log(
  `rule pack ${engine.rulePack.pack.version}, claim model ${engine.claims.trainedOn}, judge ${engine.judge?.name ?? "none"}`,
);
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
console.log(`span agreement                  ${pct(report.span_agreement)}   (${report.counts.spans} spans)`);
console.log(JSON.stringify(report));
