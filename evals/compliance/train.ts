// npm run train:compliance: trains the claim model on the training corpus (see corpus-files.ts) and writes
// src/compliance/model/claims.json. Deterministic: same corpus and rules, same bytes. Thresholds come from
// grouped 5-fold cross-validation (a published case never on both sides), whose whole-engine figures are
// printed as a table and, last, one JSON line.
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeModel } from "../../src/compliance/claims/model.ts";
import {
  assembleModel,
  ruleConfidence,
  trainHeads,
} from "../../src/compliance/claims/training/train-model.ts";
import { crossValidate, FOLDS } from "./cross-validation.ts";
import { printReport } from "./report.ts";

const modelPath = fileURLToPath(new URL("../../src/compliance/model/claims.json", import.meta.url));
const started = performance.now();
const cv = await crossValidate();
const lines = cv.prepared.length;
const trainedOn = `${lines} lines, ${cv.groups} groups, corpus@${cv.digest}`;
const model = assembleModel(trainHeads(cv.prepared), cv.thresholds, ruleConfidence(cv.prepared), trainedOn);
writeFileSync(modelPath, `${JSON.stringify(serializeModel(model))}\n`);

console.log(`trained on ${trainedOn}: ${cv.files.map((file) => basename(file)).join(", ")}`);
console.log(`thresholds ${JSON.stringify(cv.thresholds)}`);
console.log(`cross-validated (${FOLDS} folds grouped by source case), whole engine:`);
printReport(cv.report);
console.log(`wrote ${modelPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  JSON.stringify({
    lines,
    groups: cv.groups,
    folds: FOLDS,
    thresholds: cv.thresholds,
    cv: cv.report,
  }),
);
