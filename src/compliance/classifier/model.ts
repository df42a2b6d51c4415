// A one-vs-rest logistic regression over hashed character n-grams, stored as sparse JSON.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { featureBuckets } from "./features.ts";

export const CLASSIFIER_LABELS = [
  "absolute",
  "finance_promise",
  "medical_claim",
  "education_promise",
  "harassment",
] as const;
export type ClassifierLabel = (typeof CLASSIFIER_LABELS)[number];

export const ModelSchema = z.object({
  format: z.literal("liangyan-ngram-lr/1"),
  buckets: z.number().int().positive(),
  trained_on: z.string(),
  labels: z.record(
    z.string(),
    z.object({ bias: z.number(), threshold: z.number(), weights: z.record(z.string(), z.number()) }),
  ),
});
export type ClassifierModel = z.infer<typeof ModelSchema>;

export const DEFAULT_MODEL_URL = new URL("../model/classifier.json", import.meta.url);

export function loadModel(url: URL = DEFAULT_MODEL_URL): ClassifierModel {
  return ModelSchema.parse(JSON.parse(readFileSync(url, "utf8")));
}

/** Probability per label for a text. */
export function predict(model: ClassifierModel, text: string): Map<string, number> {
  const buckets = featureBuckets(text);
  const scores = new Map<string, number>();
  for (const [label, head] of Object.entries(model.labels)) {
    let z = head.bias;
    for (const bucket of buckets) z += head.weights[bucket] ?? 0;
    scores.set(label, 1 / (1 + Math.exp(-z)));
  }
  return scores;
}
