// Grouped 5-fold cross-validation of the whole engine on the training corpus (shared by
// `npm run train:compliance`, which also writes the model, and `npm run eval:compliance -- --cv`).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readCorpusFile } from "../../src/compliance/claims/training/corpus.ts";
import {
  chooseThresholds,
  type OutOfFold,
  outOfFold,
  pooledDeals,
} from "../../src/compliance/claims/training/cross-validate.ts";
import {
  type PreparedLine,
  prepareLines,
  type Thresholds,
} from "../../src/compliance/claims/training/train-model.ts";
import { compilePack } from "../../src/compliance/rules/compile-pack.ts";
import { loadRulePack } from "../../src/compliance/rules/rule-pack.ts";
import { LIBRARY_DIR, libraryLines, trainingFiles } from "./corpus-files.ts";
import { crossValidatedVerdicts } from "./cross-validated.ts";
import { computeMetrics, type EvalReport } from "./metrics.ts";

export const FOLDS = 5;
/** Two more deals of the same groups into folds, pooled with the first to choose thresholds. */
const DEAL_SALTS = ["deal-2", "deal-3"];

export interface CrossValidation {
  /** the corpus files and the library folder */
  files: string[];
  digest: string;
  prepared: PreparedLine[];
  groups: number;
  oof: OutOfFold;
  thresholds: Thresholds;
  report: EvalReport;
}

export async function crossValidate(): Promise<CrossValidation> {
  const rulePack = compilePack(loadRulePack());
  const files = trainingFiles();
  const hash = createHash("sha256");
  for (const file of files) hash.update(readFileSync(file));
  const library = await libraryLines();
  for (const line of library) hash.update(`\0${line.id}\0${line.text}`);
  const lines = [...files.flatMap((file) => readCorpusFile(file)), ...library];
  const prepared = prepareLines(lines, rulePack);
  // The report scores the first deal; the thresholds are chosen on all deals pooled (pooledDeals says why).
  const oof = outOfFold(prepared, FOLDS);
  const others = DEAL_SALTS.map((salt) => outOfFold(prepared, FOLDS, undefined, salt));
  const pooled = pooledDeals(prepared, [oof, ...others]);
  const thresholds = chooseThresholds(pooled.prepared, pooled.oof);
  const { lines: evalLines, verdicts } = await crossValidatedVerdicts(prepared, oof, thresholds, rulePack);
  return {
    files: [...files, LIBRARY_DIR],
    digest: hash.digest("hex").slice(0, 12),
    prepared,
    groups: new Set(lines.map((line) => line.group)).size,
    oof,
    thresholds,
    report: computeMetrics(evalLines, verdicts),
  };
}
