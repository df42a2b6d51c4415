// Shared shapes of the compliance engine: inputs, findings, verdicts.
import type { Channel, Industry, Scenario } from "../domain/vocabulary.ts";

/** The labels of ../shared/evals/README.md: what a finding means to a reviewer. */
export const LABELS = [
  "absolute",
  "finance_promise",
  "medical_claim",
  "education_promise",
  "pii",
  "missing_disclosure",
  "harassment",
] as const;
export type Label = (typeof LABELS)[number];

export type Severity = "block" | "warn";
export type FindingSource = "rule" | "pii" | "required" | "judge";
export type VerdictKind = "pass" | "needs_attention" | "block";

export interface CheckInput {
  text: string;
  industry?: Industry;
  channel?: Channel;
  scenario?: Scenario;
}

export interface Finding {
  source: FindingSource;
  rule_id: string;
  category: string;
  label: Label;
  article: string;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text; start === end for a missing element. */
  start: number;
  end: number;
  excerpt: string;
  suggestion: string;
}

export interface JudgeInfo {
  name: string;
  model?: string;
}

export interface Verdict {
  verdict: VerdictKind;
  findings: Finding[];
  /** How many findings there were before the list was capped (per rule and in all); absent on older verdicts. */
  findings_total?: number;
  rule_pack_version: string;
  judge: JudgeInfo | null;
  /** Why the verdict is not a plain pass when no finding explains it (e.g. the judge failed). */
  reasons: string[];
}
