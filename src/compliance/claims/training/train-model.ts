// Trains the claim model's heads on a set of corpus lines: features are computed once per line (jieba is
// the slow part) and reused by every fold of the cross-validation and by the final model.

import { foldSameLength } from "../../normalize/fold-table.ts";
import { normalize } from "../../normalize/normalize.ts";
import { scanPii } from "../../pii/scan-pii.ts";
import { checkRequiredElements } from "../../required/required-elements.ts";
import type { CompiledPack } from "../../rules/compile-pack.ts";
import { warningFramedLabels } from "../../rules/scan-rules.ts";
import type { CheckInput } from "../../types.ts";
import { candidateFeatures } from "../candidate-features.ts";
import { readText } from "../claim-text.ts";
import { FEATURE_DIMENSIONS } from "../features.ts";
import { type LogisticHead, type LogisticOptions, type SparseExample, trainLogistic } from "../logistic.ts";
import { CLAIM_LABELS, type ClaimLabel, type ClaimModel, packHeads } from "../model.ts";
import type { CorpusLine } from "./corpus.ts";
import { type LabelledHit, ruleHits } from "./rule-hits.ts";
import { labelExamples, type WindowExample, windowExamples } from "./window-examples.ts";

export interface PreparedLine {
  line: CorpusLine;
  windows: WindowExample[];
  hits: LabelledHit[];
  /** features of each candidate hit, in the order of `hits` (null for a plain hit) */
  candidateFeatures: Array<Uint32Array | null>;
  /** the PII or required-element checks block this line whatever the claim model says */
  blockedByChecks: boolean;
  /** labels the model may not raise here: the rules read the line as a warning against such claims */
  warnedAgainst: ReadonlySet<string>;
}

export interface Heads {
  heads: Map<ClaimLabel, LogisticHead>;
  candidate: LogisticHead;
}

export interface TrainOptions {
  heads: LogisticOptions;
  candidate: LogisticOptions;
}

// The heads' L2 stays low (1e-5). Stronger L2 (1e-4 to 1e-3), measured on 2026-12-06, raised recall and lowered
// false alarms a little on published sets (round 40, the pooled rounds, the dev files), but it flagged written
// look-alikes the tests keep (最严重的时候, 强度最强的降雪, a client told the principal is not guaranteed); the gains
// were a few lines on the sets the setting was chosen on (evals/compliance/real-heldout/README.md, round 40).
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  heads: { epochs: 12, learningRate: 0.2, l2: 1e-5, seed: 20261201, positiveWeight: 3 },
  candidate: { epochs: 20, learningRate: 0.2, l2: 1e-4, seed: 20261202, positiveWeight: 1 },
};

export function prepareLines(lines: readonly CorpusLine[], pack: CompiledPack): PreparedLine[] {
  // a warm normalizer makes the first line no slower than the rest
  normalize("");
  return lines.map((line) => {
    const hits = ruleHits(pack, line);
    const marks = hits.map((hit) => ({
      start: hit.finding.start,
      end: hit.finding.end,
      ruleId: hit.finding.rule_id,
      label: hit.finding.label,
      candidate: hit.candidate,
    }));
    const folded = foldSameLength(line.text);
    const text = readText(line.text, folded, line.industry, marks);
    return {
      line,
      windows: windowExamples(line, marks),
      hits,
      blockedByChecks: [
        ...scanPii(line.text, folded),
        ...checkRequiredElements({
          text: line.text,
          industry: line.industry as CheckInput["industry"],
          channel: line.channel as CheckInput["channel"],
        }),
      ].some((finding) => finding.severity === "block"),
      warnedAgainst: warningFramedLabels(pack, folded, line.industry, line.channel),
      candidateFeatures: hits.map((hit) =>
        hit.candidate
          ? candidateFeatures(
              {
                start: hit.finding.start,
                end: hit.finding.end,
                ruleId: hit.finding.rule_id,
                label: hit.finding.label,
              },
              text,
            )
          : null,
      ),
    };
  });
}

export function trainHeads(
  prepared: readonly PreparedLine[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Heads {
  const all = prepared.flatMap((item) => item.windows);
  const heads = new Map<ClaimLabel, LogisticHead>();
  for (const label of CLAIM_LABELS)
    heads.set(label, trainLogistic(labelExamples(all, label), FEATURE_DIMENSIONS, options.heads));
  const candidates: SparseExample[] = [];
  for (const item of prepared) {
    item.hits.forEach((hit, index) => {
      const features = item.candidateFeatures[index];
      if (features && hit.target !== null) candidates.push({ features, target: hit.target, weight: 1 });
    });
  }
  return { heads, candidate: trainLogistic(candidates, FEATURE_DIMENSIONS, options.candidate) };
}

/**
 * Each rule's precision on the lines (plain, non-candidate hits), shrunk towards the pooled precision of all
 * rules so that a rule seen twice is not called certain: (tp + k * pooled) / (hits + k).
 */
export function ruleConfidence(prepared: readonly PreparedLine[]): {
  perRule: Record<string, number>;
  pooled: number;
} {
  const counts = new Map<string, { tp: number; hits: number }>();
  let tp = 0;
  let hits = 0;
  for (const item of prepared) {
    for (const hit of item.hits) {
      if (hit.candidate || hit.target === null || hit.finding.severity !== "block") continue;
      const count = counts.get(hit.finding.rule_id) ?? { tp: 0, hits: 0 };
      count.hits++;
      count.tp += hit.target;
      counts.set(hit.finding.rule_id, count);
      hits++;
      tp += hit.target;
    }
  }
  const pooled = hits === 0 ? 0.9 : tp / hits;
  const shrink = 4;
  const perRule: Record<string, number> = {};
  for (const [rule, count] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    perRule[rule] = Math.round(((count.tp + shrink * pooled) / (count.hits + shrink)) * 1000) / 1000;
  return { perRule, pooled: Math.round(pooled * 1000) / 1000 };
}

export interface Thresholds {
  emit: Record<ClaimLabel, number>;
  block: Record<ClaimLabel, number>;
  confirm: number;
  dismiss: number;
}

export function assembleModel(
  heads: Heads,
  thresholds: Thresholds,
  confidence: { perRule: Record<string, number>; pooled: number },
  trainedOn: string,
): ClaimModel {
  const labelHeads: ClaimModel["heads"] = new Map();
  for (const [label, head] of heads.heads)
    labelHeads.set(label, { head, emit: thresholds.emit[label], block: thresholds.block[label] });
  return {
    trainedOn,
    heads: labelHeads,
    packed: packHeads(labelHeads),
    candidate: { head: heads.candidate, confirm: thresholds.confirm, dismiss: thresholds.dismiss },
    ruleConfidence: confidence.perRule,
    defaultRuleConfidence: confidence.pooled,
  };
}
