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
/** Who raised a finding: a rule of the pack, the PII or required-element checks, the claim model, or the judge. */
export const FINDING_SOURCES = ["rule", "pii", "required", "model", "judge"] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];
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
  /**
   * Stable id of the finding in its text: a hash of source, rule_id, start and end (set by checkText), so a
   * reviewer's dismissal can name it.
   */
  id?: string;
  /**
   * 0..1, set by checkText. Rule hits: the rule's precision on the training corpus; ambiguous rule hits and
   * model findings: the model's probability; PII and required elements: 1; the LLM judge: its own figure.
   */
  confidence?: number;
  /** why the engine decided as it did, when a model was involved (e.g. a context the model could not settle) */
  reason?: string;
}

/** A finding as checkText returns it: with its id and confidence. */
export type CheckedFinding = Finding & { id: string; confidence: number };

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

/** What checkText returns: every finding carries its id and confidence. */
export interface CheckedVerdict extends Verdict {
  findings: CheckedFinding[];
}
