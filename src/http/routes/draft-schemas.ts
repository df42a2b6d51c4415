// The shapes the review routes return, validated before they leave (a response never carries a stray column).
import { z } from "@hono/zod-openapi";
import { DRAFT_STATUSES } from "../../drafts/draft.ts";
import { AUDIT_ACTIONS } from "../../review/audit.ts";

const FindingSchema = z
  .object({
    source: z.string(),
    rule_id: z.string(),
    category: z.string(),
    label: z.string(),
    article: z.string(),
    severity: z.enum(["block", "warn"]),
    start: z.number().int(),
    end: z.number().int(),
    excerpt: z.string(),
    suggestion: z.string(),
  })
  .passthrough();

export const VerdictSchema = z
  .object({
    verdict: z.enum(["pass", "needs_attention", "block"]),
    findings: z.array(FindingSchema),
    rule_pack_version: z.string(),
    judge: z.unknown(),
    reasons: z.array(z.string()).default([]),
  })
  .passthrough();

const ReviewFindingSchema = z.object({
  id: z.string().describe("Stable id of the finding on this version; what a dismissal names"),
  source: z.string(),
  rule_id: z.string(),
  label: z.string().nullable(),
  article: z.string(),
  severity: z.enum(["block", "warn"]),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  suggestion: z.string(),
  dismissal: z.object({ reason: z.string(), by: z.string(), by_name: z.string(), at: z.string() }).nullable(),
});

export const ReviewStateSchema = z
  .object({
    verdict: z
      .enum(["pass", "needs_attention", "block"])
      .describe("What a reviewer acts on: the check, grounding and dismissals of this version together"),
    findings: z.array(ReviewFindingSchema),
    reasons: z.array(z.string()),
  })
  .openapi("ReviewState");

export const DraftSchema = z
  .object({
    id: z.string(),
    status: z.enum(DRAFT_STATUSES),
    channel: z.string(),
    industry: z.string(),
    stage: z.string(),
    tier: z.string(),
    scenario: z.string().nullable(),
    message_type: z.string().nullable(),
    product: z.string().nullable(),
    author_id: z.string(),
    author_name: z.string(),
    plan_id: z.string().nullable(),
    plan_day: z.number().int().nullable(),
    plan_slot: z.string().nullable(),
    job_id: z.string().nullable(),
    version: z.number().int(),
    request: z.unknown(),
    content: z.unknown(),
    body: z.string(),
    citations: z.array(
      z.object({ item_id: z.string(), item_version: z.number().int(), claim: z.string() }).passthrough(),
    ),
    sources: z.array(
      z
        .object({
          id: z.string(),
          version: z.number().int(),
          kind: z.string(),
          title: z.string(),
          text: z.string(),
          source: z.string(),
          approved_by: z.string(),
        })
        .passthrough(),
    ),
    verdict: VerdictSchema,
    grounding: z.unknown(),
    generator: z.unknown(),
    prompt: z.string().nullable(),
    steps: z.unknown(),
    edited_by: z.string().nullable(),
    decided_by: z.string().nullable(),
    decided_by_name: z.string().nullable(),
    decided_at: z.string().nullable(),
    decision_reason_code: z.string().nullable(),
    decision_note: z.string().nullable(),
    override_reason: z.string().nullable(),
    risk: z
      .number()
      .int()
      .describe("Triage order: 2 blocked or ungrounded, 1 needs attention, 0 a clean pass"),
    review: ReviewStateSchema,
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("Draft");

export const DraftPageSchema = z.object({
  drafts: z.array(DraftSchema),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});

export const AuditRowSchema = z
  .object({
    id: z.number().int(),
    draft_id: z.string().nullable(),
    actor_id: z.string(),
    actor_name: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    from_status: z.string().nullable(),
    to_status: z.string().nullable(),
    draft_version: z.number().int().nullable(),
    reason_code: z.string().nullable(),
    note: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .openapi("AuditRow");

export const DraftIdParams = z.object({ id: z.string().min(1).max(200) });
export const FindingParams = DraftIdParams.extend({ finding_id: z.string().min(1).max(200) });
