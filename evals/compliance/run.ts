// npm run eval:compliance -- [FILE] [--verbose]: checks every line of a labeled JSONL file and prints
// per-label, overall and per-source metrics, then one JSON line. Default FILE: evals/compliance/fresh-cases-1.jsonl
// (written for this repo and never trained on); the team's measuring sets are given explicitly, e.g.
// `npm run eval:compliance -- ../shared/evals/real-cases-dev.jsonl`.
// npm run eval:compliance -- --cv: the same figures, cross-validated on the training corpus (5 folds grouped
// by published case: every line is checked by a model that never saw its case).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkText } from "../../src/compliance/check-text.ts";
import { createEngine } from "../../src/compliance/default-engine.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { checkInput } from "./cross-validated.ts";
import { crossValidate, FOLDS } from "./cross-validation.ts";
import { computeMetrics, type EvalLine, predictedLabels } from "./metrics.ts";
import { printReport } from "./report.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");

if (args.includes("--cv")) {
  const cv = await crossValidate();
  console.log(
    `compliance eval, cross-validated (${FOLDS} folds grouped by source case): ${cv.prepared.length} lines, ${cv.groups} groups`,
  );
  console.log(`thresholds ${JSON.stringify(cv.thresholds)}`);
  printReport(cv.report);
  console.log(JSON.stringify({ cv: true, folds: FOLDS, groups: cv.groups, ...cv.report }));
  process.exit(0);
}
// The default is found from the repository root wherever the script is started; a path given by hand
// is read from the directory it was typed in (npm run sets INIT_CWD to it).
const given = args.find((arg) => !arg.startsWith("--"));
const file =
  given === undefined
    ? resolve(repoRoot, "evals/compliance/fresh-cases-1.jsonl")
    : resolve(process.env.INIT_CWD ?? process.cwd(), given);

const lines: EvalLine[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as EvalLine);

const engine = createEngine();
const verdicts: Verdict[] = [];
for (const line of lines) {
  const verdict = await checkText(checkInput(line.text, line.industry, line.channel), engine);
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
console.log(`compliance eval: ${file}`);
console.log(
  `rule pack ${engine.rulePack.pack.version}, claim model ${engine.claims.trainedOn}, judge ${engine.judge?.name ?? "none"}`,
);
printReport(report);
console.log(JSON.stringify(report));
