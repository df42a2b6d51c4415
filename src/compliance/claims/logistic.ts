// Binary logistic regression over sparse binary features (hashed indices), trained by AdaGrad with L2 and
// a seeded shuffle: the same examples and options give the same weights, bit for bit.
import { mulberry32 } from "../../shared/seeded-random.ts";

export interface SparseExample {
  features: Uint32Array;
  target: 0 | 1;
  /** how much the example counts (e.g. a whole-text example standing for several clauses) */
  weight: number;
}

export interface LogisticHead {
  bias: number;
  weights: Float32Array;
}

export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** extra weight on positive examples: they are rare among clauses */
  positiveWeight: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function probability(head: LogisticHead, features: Uint32Array): number {
  let z = head.bias;
  for (const feature of features) z += head.weights[feature] ?? 0;
  return sigmoid(z);
}

export function trainLogistic(
  examples: readonly SparseExample[],
  dimensions: number,
  options: LogisticOptions,
): LogisticHead {
  const weights = new Float64Array(dimensions);
  const squared = new Float64Array(dimensions).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const random = mulberry32(options.seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const index of order) {
      const example = examples[index] as SparseExample;
      let z = bias;
      for (const feature of example.features) z += weights[feature] ?? 0;
      const scale = example.weight * (example.target === 1 ? options.positiveWeight : 1);
      const gradient = (sigmoid(z) - example.target) * scale;
      for (const feature of example.features) {
        const current = weights[feature] ?? 0;
        const g = gradient + options.l2 * current;
        const sum = (squared[feature] ?? 0) + g * g;
        squared[feature] = sum;
        weights[feature] = current - (options.learningRate * g) / Math.sqrt(sum);
      }
      biasSquared += gradient * gradient;
      bias -= (options.learningRate * gradient) / Math.sqrt(biasSquared);
    }
  }
  return { bias, weights: Float32Array.from(weights) };
}
