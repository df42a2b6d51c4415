// The API's JSON as the console reads it (the server's schemas are the source of truth; these name what is used).
// Where the server's record goes out as it is, its type is reused (type-only: nothing of the server is bundled).
import type { Citation, SourceSnapshot } from "../../drafts/draft.ts";
import type { PlanItem } from "../../plans/plan-record.ts";

export type { Citation, PlanItem, SourceSnapshot };

export interface EngineFinding {
  id?: string;
  source?: string;
  rule_id: string;
  label?: string | null;
  article: string;
  severity: "block" | "warn";
  start: number;
  end: number;
  excerpt: string;
  suggestion: string;
}

export interface GroundingFinding {
  id?: string;
  kind: string;
  claim: string;
  start: number;
  end: number;
  severity?: "block" | "warn";
  message?: string;
}

/** A finding as the review API states it (`review.findings`): with its id and any dismissal on this version. */
export interface Dismissal {
  reason: string;
  by: string;
  by_name: string;
  at: string;
}

export interface ReviewFinding {
  id: string | null;
  source: string;
  rule_id: string;
  article: string;
  severity: "block" | "warn";
  start: number;
  end: number;
  excerpt: string;
  suggestion: string;
  dismissal: Dismissal | null;
}

export interface Draft {
  id: string;
  status: string;
  channel: string;
  industry: string;
  stage: string;
  tier: string;
  scenario: string | null;
  message_type: string | null;
  product: string | null;
  author_id: string;
  author_name: string;
  plan_id: string | null;
  plan_day: number | null;
  plan_slot: string | null;
  job_id: string | null;
  version: number;
  body: string;
  citations: Citation[];
  sources: SourceSnapshot[];
  verdict: { verdict: string; findings: EngineFinding[]; reasons?: string[] };
  grounding: { grounded?: boolean; findings?: GroundingFinding[] };
  generator: { kind: string; name: string; model: string | null };
  edited_by: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_reason_code: string | null;
  decision_note: string | null;
  override_reason: string | null;
  risk: number;
  review?: { verdict: string; findings: ReviewFinding[]; reasons: string[] };
  created_at: string;
  updated_at: string;
}

export interface DraftPage {
  drafts: Draft[];
  total: number;
  next_cursor: string | null;
}

export interface DraftVersion {
  version: number;
  status: string;
  body: string;
  verdict: string;
  made_by_name: string;
  created_at: string;
  current: boolean;
}

export interface PlanCounts {
  total: number;
  pending_review: number;
  blocked: number;
  changes_requested: number;
  approved: number;
  rejected: number;
}

export interface PlanSummary {
  id: string;
  author_id: string;
  author_name: string;
  status: "draft" | "submitted";
  industry: string;
  purpose: string;
  tier: string;
  stage: string;
  period: number;
  products: string[];
  start_date: string;
  end_date: string;
  created_at: string;
  submitted_at: string | null;
  counts: PlanCounts;
}

export interface PlanDetail extends PlanSummary {
  items: PlanItem[];
}

export interface Job {
  id: string;
  name: string | null;
  status: string;
  rows_total: number;
  items_total: number;
  created_at: string;
  finished_at: string | null;
}

export interface JobProgress {
  job: Job;
  counts: { queued: number; running: number; succeeded: number; failed: number; cancelled: number };
  done: number;
  drafts: number;
  items_per_s: number;
  eta_s: number | null;
  cost: { currency: string; estimated_cost: number | null; prompt_tokens: number; completion_tokens: number };
}

export interface FailedItem {
  id: number;
  source_rows: number[];
  attempts: number;
  last_error: string | null;
}
