// Whole checks (rules, claim model, PII, required elements) on every training line, each judged by the
// fold model that never saw its published case: the cross-validated figures of the engine.
import { checkText } from "../../src/compliance/check-text.ts";
import type { OutOfFold } from "../../src/compliance/claims/training/cross-validate.ts";
import {
  assembleModel,
  type PreparedLine,
  ruleConfidence,
  type Thresholds,
} from "../../src/compliance/claims/training/train-model.ts";
import type { CompiledPack } from "../../src/compliance/rules/compile-pack.ts";
import type { CheckInput, Verdict } from "../../src/compliance/types.ts";
import { CHANNELS, type Channel, INDUSTRIES, type Industry } from "../../src/domain/vocabulary.ts";
import type { EvalLine } from "./metrics.ts";

export function checkInput(text: string, industry?: string, channel?: string): CheckInput {
  const input: CheckInput = { text };
  if ((INDUSTRIES as readonly string[]).includes(industry ?? "")) input.industry = industry as Industry;
  if ((CHANNELS as readonly string[]).includes(channel ?? "")) input.channel = channel as Channel;
  return input;
}

export async function crossValidatedVerdicts(
  prepared: readonly PreparedLine[],
  oof: OutOfFold,
  thresholds: Thresholds,
  rulePack: CompiledPack,
): Promise<{ lines: EvalLine[]; verdicts: Verdict[] }> {
  const lines: EvalLine[] = [];
  const verdicts: Verdict[] = [];
  const models = oof.models.map((heads, fold) =>
    assembleModel(
      heads,
      thresholds,
      ruleConfidence(prepared.filter((_, index) => oof.folds[index] !== fold)),
      `cv-fold-${fold}`,
    ),
  );
  for (const [index, item] of prepared.entries()) {
    const claims = models[oof.folds[index] ?? 0];
    const { line } = item;
    verdicts.push(await checkText(checkInput(line.text, line.industry, line.channel), { rulePack, claims }));
    lines.push({
      id: line.id,
      industry: line.industry,
      channel: line.channel,
      text: line.text,
      labels: line.raw.labels,
      spans: line.raw.spans,
      note: line.raw.note,
    });
  }
  return { lines, verdicts };
}
