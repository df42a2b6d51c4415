// The model judge: one interface for any OpenAI-compatible LLM (and any other judge a test or deployment plugs in).
import type { CheckInput, Finding } from "../types.ts";

/** A rule finding passed to the judge as a hint (the judge may disagree). */
export interface RuleHint {
  rule_id: string;
  label: string;
  article: string;
  excerpt: string;
}

export type JudgeResult =
  | { status: "ok"; findings: Finding[]; notes?: string[]; model?: string }
  | { status: "unavailable"; reason: string; model?: string };

export interface Judge {
  name: string;
  model?: string;
  judge(input: CheckInput, ruleHints: readonly RuleHint[]): Promise<JudgeResult>;
}
