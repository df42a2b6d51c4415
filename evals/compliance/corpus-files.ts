// The files the claim model is trained on: the corpus modelled on published cases (corpus/), the first
// lines written for this repo (train.jsonl) and our own earlier holdout sets (holdout*.jsonl, written
// by us, measured first and then given to training). Never anything from ../shared/evals.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("./", import.meta.url));

export function trainingFiles(): string[] {
  const corpusDir = `${here}corpus/`;
  let corpus: string[] = [];
  try {
    corpus = readdirSync(corpusDir)
      .filter((name) => name.endsWith(".jsonl") && !name.startsWith("cases-"))
      .sort()
      .map((name) => `${corpusDir}${name}`);
  } catch {
    corpus = [];
  }
  const own = readdirSync(here)
    .filter((name) => name === "train.jsonl" || /^holdout(-\d+)?\.jsonl$/.test(name))
    .sort()
    .map((name) => `${here}${name}`);
  return [...own, ...corpus];
}
