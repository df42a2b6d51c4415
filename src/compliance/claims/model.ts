// The trained claim model as stored in src/compliance/model/claims.json and as used at run time: one
// logistic head per claim label over clause windows, one head for ambiguous rule hits, their thresholds,
// and each rule's precision on the training corpus (the confidence of its plain hits).
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Label } from "../types.ts";
import { cueLexicon } from "./cue-lexicon.ts";
import { FEATURE_DIMENSIONS } from "./features.ts";
import type { LogisticHead } from "./logistic.ts";

/** The labels a claim is made of; pii and missing elements have their own exact checks. */
export const CLAIM_LABELS = [
  "absolute",
  "finance_promise",
  "medical_claim",
  "education_promise",
  "harassment",
] as const satisfies readonly Label[];
export type ClaimLabel = (typeof CLAIM_LABELS)[number];

export const MODEL_FORMAT = "liangyan-claims/1";
/** weights are stored as integers of this many parts per unit */
const SCALE = 10_000;

const StoredHeadSchema = z.object({
  bias: z.number(),
  indices: z.array(z.number().int().nonnegative()),
  values: z.array(z.number().int()),
});

export const ModelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  trained_on: z.string(),
  cues: z.string(),
  dimensions: z.number().int().positive(),
  heads: z.record(z.enum(CLAIM_LABELS), StoredHeadSchema.extend({ emit: z.number(), block: z.number() })),
  candidate: StoredHeadSchema.extend({ confirm: z.number(), dismiss: z.number() }),
  rule_confidence: z.record(z.string(), z.number()),
  default_rule_confidence: z.number(),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export interface LabelHead {
  head: LogisticHead;
  /** a window at or above this probability is a model finding */
  emit: number;
  /** ... and at or above this one it blocks */
  block: number;
}

/**
 * The label heads side by side: weights[feature * labels + label]. One window's features are looked up
 * once for all labels, so a check touches one cache line per feature instead of one per feature and label.
 */
export interface PackedHeads {
  labels: ClaimLabel[];
  bias: Float64Array;
  weights: Float32Array;
}

export interface ClaimModel {
  trainedOn: string;
  heads: Map<ClaimLabel, LabelHead>;
  packed: PackedHeads;
  candidate: { head: LogisticHead; confirm: number; dismiss: number };
  ruleConfidence: Record<string, number>;
  defaultRuleConfidence: number;
}

export function packHeads(heads: ReadonlyMap<ClaimLabel, LabelHead>): PackedHeads {
  const labels = CLAIM_LABELS.filter((label) => heads.has(label));
  const bias = new Float64Array(labels.length);
  const weights = new Float32Array(FEATURE_DIMENSIONS * labels.length);
  labels.forEach((label, position) => {
    const head = (heads.get(label) as LabelHead).head;
    bias[position] = head.bias;
    for (let feature = 0; feature < FEATURE_DIMENSIONS; feature++)
      weights[feature * labels.length + position] = head.weights[feature] ?? 0;
  });
  return { labels, bias, weights };
}

/** Adds each label's weights of `features` into `sums` (in `packed.labels` order). */
export function addWeights(
  packed: PackedHeads,
  features: Uint32Array | readonly number[],
  sums: Float64Array,
): Float64Array {
  // an indexed loop over locals: one loop for both kinds of feature list, the weights not looked up per add
  const { weights } = packed;
  const width = packed.labels.length;
  for (let index = 0; index < features.length; index++) {
    const base = (features[index] as number) * width;
    for (let label = 0; label < width; label++)
      sums[label] = (sums[label] ?? 0) + (weights[base + label] ?? 0);
  }
  return sums;
}

/** Probability per label (in `packed.labels` order) of one window's features. */
export function scoreAll(packed: PackedHeads, features: Uint32Array): Float64Array {
  const width = packed.labels.length;
  const sums = Float64Array.from(packed.bias);
  for (const feature of features) {
    const base = feature * width;
    for (let label = 0; label < width; label++)
      sums[label] = (sums[label] ?? 0) + (packed.weights[base + label] ?? 0);
  }
  for (let label = 0; label < width; label++) sums[label] = 1 / (1 + Math.exp(-(sums[label] ?? 0)));
  return sums;
}

export const DEFAULT_CLAIM_MODEL_URL = new URL("../model/claims.json", import.meta.url);

function storeHead(head: LogisticHead) {
  const indices: number[] = [];
  const values: number[] = [];
  let previous = 0;
  head.weights.forEach((weight, index) => {
    const value = Math.round(weight * SCALE);
    if (value === 0) return;
    indices.push(index - previous);
    values.push(value);
    previous = index;
  });
  return { bias: Math.round(head.bias * SCALE) / SCALE, indices, values };
}

function loadHead(stored: z.infer<typeof StoredHeadSchema>, dimensions: number): LogisticHead {
  const weights = new Float32Array(dimensions);
  let index = 0;
  stored.indices.forEach((delta, position) => {
    index += delta;
    weights[index] = (stored.values[position] ?? 0) / SCALE;
  });
  return { bias: stored.bias, weights };
}

export function serializeModel(model: ClaimModel): ModelFile {
  const heads = {} as ModelFile["heads"];
  for (const [label, head] of model.heads)
    heads[label] = { ...storeHead(head.head), emit: head.emit, block: head.block };
  return {
    format: MODEL_FORMAT,
    trained_on: model.trainedOn,
    cues: cueLexicon().hash,
    dimensions: FEATURE_DIMENSIONS,
    heads,
    candidate: {
      ...storeHead(model.candidate.head),
      confirm: model.candidate.confirm,
      dismiss: model.candidate.dismiss,
    },
    rule_confidence: model.ruleConfidence,
    default_rule_confidence: model.defaultRuleConfidence,
  };
}

export function parseModel(data: unknown): ClaimModel {
  const file = ModelFileSchema.parse(data);
  if (file.dimensions !== FEATURE_DIMENSIONS)
    throw new Error(`claim model has ${file.dimensions} dimensions, the code ${FEATURE_DIMENSIONS}: retrain`);
  if (file.cues !== cueLexicon().hash)
    throw new Error("claim model was trained with another cues.yaml: run npm run train:compliance");
  const heads = new Map<ClaimLabel, LabelHead>();
  for (const label of CLAIM_LABELS) {
    const stored = file.heads[label];
    if (stored)
      heads.set(label, { head: loadHead(stored, file.dimensions), emit: stored.emit, block: stored.block });
  }
  return {
    trainedOn: file.trained_on,
    heads,
    packed: packHeads(heads),
    candidate: {
      head: loadHead(file.candidate, file.dimensions),
      confirm: file.candidate.confirm,
      dismiss: file.candidate.dismiss,
    },
    ruleConfidence: file.rule_confidence,
    defaultRuleConfidence: file.default_rule_confidence,
  };
}

export function loadClaimModel(url: URL = DEFAULT_CLAIM_MODEL_URL): ClaimModel {
  return parseModel(JSON.parse(readFileSync(url, "utf8")));
}
