// Deterministic training of the n-gram logistic regression: fixed seed, fixed epochs, AdaGrad with L2.

import { mulberry32 } from "../../shared/seeded-random.ts";
import { BUCKETS, featureBuckets } from "./features.ts";
import { CLASSIFIER_LABELS, type ClassifierModel, predict } from "./model.ts";

export interface Example {
  text: string;
  labels: string[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  threshold: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 30,
  learningRate: 0.3,
  l2: 1e-3,
  seed: 20240601,
  threshold: 0.5,
};

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

export function trainModel(
  examples: readonly Example[],
  trainedOn: string,
  options = DEFAULT_TRAIN_OPTIONS,
): ClassifierModel {
  const features = examples.map((example) => featureBuckets(example.text));
  const random = mulberry32(options.seed);
  const order = examples.map((_, index) => index);
  const labels: ClassifierModel["labels"] = {};
  for (const label of CLASSIFIER_LABELS) {
    const weights = new Float64Array(BUCKETS);
    const squared = new Float64Array(BUCKETS).fill(1e-8);
    let bias = 0;
    let biasSquared = 1e-8;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const index of order) {
        const buckets = features[index] ?? [];
        const target = examples[index]?.labels.includes(label) ? 1 : 0;
        let z = bias;
        for (const bucket of buckets) z += weights[bucket] ?? 0;
        const gradient = 1 / (1 + Math.exp(-z)) - target;
        for (const bucket of buckets) {
          const g = gradient + options.l2 * (weights[bucket] ?? 0);
          squared[bucket] = (squared[bucket] ?? 0) + g * g;
          weights[bucket] =
            (weights[bucket] ?? 0) - (options.learningRate * g) / Math.sqrt(squared[bucket] ?? 1);
        }
        biasSquared += gradient * gradient;
        bias -= (options.learningRate * gradient) / Math.sqrt(biasSquared);
      }
    }
    const sparse: Record<string, number> = {};
    weights.forEach((weight, bucket) => {
      if (Math.abs(weight) >= 0.005) sparse[bucket] = round(weight);
    });
    labels[label] = { bias: round(bias), threshold: options.threshold, weights: sparse };
  }
  return { format: "liangyan-ngram-lr/1", buckets: BUCKETS, trained_on: trainedOn, labels };
}

/** Per label, the lowest threshold whose cross-validated false-positive rate on other lines stays under maxFpRate. */
export function chooseThresholds(
  examples: readonly Example[],
  folds: number,
  maxFpRate: number,
  options = DEFAULT_TRAIN_OPTIONS,
): Record<string, number> {
  const scored: Array<{ labels: string[]; scores: Map<string, number> }> = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = examples.filter((_, index) => index % folds !== fold);
    const model = trainModel(training, "cv", options);
    examples.forEach((example, index) => {
      if (index % folds === fold)
        scored.push({ labels: example.labels, scores: predict(model, example.text) });
    });
  }
  const thresholds: Record<string, number> = {};
  for (const label of CLASSIFIER_LABELS) {
    const negatives = scored
      .filter((item) => !item.labels.includes(label))
      .map((item) => item.scores.get(label) ?? 0);
    let chosen = 0.95;
    for (let threshold = 0.3; threshold <= 0.95; threshold += 0.05) {
      const fp = negatives.filter((score) => score >= threshold).length / Math.max(1, negatives.length);
      if (fp <= maxFpRate) {
        chosen = threshold;
        break;
      }
    }
    thresholds[label] = Math.round(chosen * 100) / 100;
  }
  return thresholds;
}
