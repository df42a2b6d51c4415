import type { Verdict } from "../compliance/types.ts";

export const DRAFT_STATUSES = [
  "pending_review",
  "approved",
  "rejected",
  "changes_requested",
  "blocked",
] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface Citation {
  item_id: string;
  item_version: number;
  /** The sentence or claim of the draft this item backs. */
  claim: string;
}

export interface SourceSnapshot {
  id: string;
  version: number;
  kind: string;
  title: string;
  text: string;
  source: string;
  approved_by: string;
  /** An offer's or a product fact's clause, and an offer's last day: what its slot fillings said. */
  clause?: string | null;
  valid_until?: string | null;
}

export interface GeneratorInfo {
  /** "composer" is the offline assembler of approved material; it is never presented as a model. */
  kind: "llm" | "composer";
  name: string;
  model: string | null;
  prompt_version: string;
  ai_generated: true;
  ai_label: boolean;
}

export interface DraftStep {
  step: string;
  at: string;
  ms: number;
  outcome: string;
  detail?: unknown;
}

/** A draft as stored in the `drafts` table (migrations/0003_drafts.sql). */
export interface Draft {
  id: string;
  status: DraftStatus;
  channel: string;
  industry: string;
  stage: string;
  tier: string;
  scenario: string | null;
  message_type: string | null;
  product: string | null;
  author_id: string;
  plan_id: string | null;
  plan_day: number | null;
  plan_slot: string | null;
  job_id: string | null;
  job_item_key: string | null;
  version: number;
  request: unknown;
  content: unknown;
  body: string;
  citations: Citation[];
  sources: SourceSnapshot[];
  verdict: Verdict;
  grounding: unknown;
  generator: GeneratorInfo;
  prompt: string | null;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
  timings: Record<string, number> | null;
  steps: DraftStep[];
  decided_by: string | null;
  decided_at: string | null;
  decision_reason_code: string | null;
  decision_note: string | null;
  created_at: string;
  updated_at: string;
}
