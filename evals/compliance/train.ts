// npm run train:compliance: trains the offline judge on evals/compliance/train.jsonl and writes
// src/compliance/model/classifier.json. Deterministic: same corpus, same model file.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { predict } from "../../src/compliance/classifier/model.ts";
import { chooseThresholds, type Example, trainModel } from "../../src/compliance/classifier/train.ts";

const corpusUrl = new URL("./train.jsonl", import.meta.url);
const modelPath = fileURLToPath(new URL("../../src/compliance/model/classifier.json", import.meta.url));

const raw = readFileSync(corpusUrl, "utf8");
const examples: Example[] = raw
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Example);
const digest = createHash("sha256").update(raw).digest("hex").slice(0, 12);
const model = trainModel(examples, `train.jsonl@${digest}`);
// thresholds from 5-fold cross-validation on the training corpus only: at most 2% false positives per label
const thresholds = chooseThresholds(examples, 5, 0.02);
for (const [label, head] of Object.entries(model.labels))
  head.threshold = thresholds[label] ?? head.threshold;
console.log(`thresholds ${JSON.stringify(thresholds)}`);
writeFileSync(modelPath, `${JSON.stringify(model)}\n`);

let correct = 0;
for (const example of examples) {
  const scores = predict(model, example.text);
  const predicted = [...scores]
    .filter(([label, probability]) => probability >= (model.labels[label]?.threshold ?? 0.5))
    .map(([label]) => label);
  const gold = example.labels.filter((label) => label !== "ok");
  if (predicted.sort().join() === gold.sort().join()) correct++;
}
const weights = Object.values(model.labels).reduce((sum, head) => sum + Object.keys(head.weights).length, 0);
console.log(
  `trained on ${examples.length} lines (${model.trained_on}); ${weights} weights; training accuracy ${(correct / examples.length).toFixed(3)}`,
);
console.log(`wrote ${modelPath}`);
