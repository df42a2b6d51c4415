// approve, reject, request changes: one verb, because the three share the lock, the checks and the audit row.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { writeAudit } from "./audit.ts";
import { isDatabaseRefusal } from "./database-refusal.ts";
import { dismissalsOf } from "./dismissals.ts";
import { type DraftRecord, findDraft } from "./draft-record.ts";
import { contributorsOf, type LineageLink, lineageOf } from "./four-eyes.ts";
import { type Decision, decide, type ReasonCode } from "./lifecycle.ts";
import { reviewState } from "./review-findings.ts";
import { staleVersion } from "./stale-version.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface DecideInput {
  id: string;
  decision: Decision;
  /** The version the reviewer read: a decision binds to that text, and to no other. */
  version: number;
  reasonCode?: ReasonCode | undefined;
  note?: string | undefined;
  overrideReason?: string | undefined;
  /** Phrases of the body the reviewer marks as the problem: what the learning report counts. */
  phrases?: string[] | undefined;
}

const AUDIT_ACTION = {
  approve: "approved",
  reject: "rejected",
  request_changes: "changes_requested",
} as const;

function validate(input: DecideInput): void {
  if (input.decision === "reject" && !input.reasonCode) {
    throw new DomainError("invalid_request", "a rejection needs a reason_code", [
      { in: "body", field: "reason_code", message: "required" },
    ]);
  }
  if (input.decision !== "approve" && (input.note ?? "").trim().length === 0) {
    throw new DomainError("invalid_request", "say what is wrong or what to change in note", [
      { in: "body", field: "note", message: "required" },
    ]);
  }
}

/**
 * Race-safe: the row is locked (FOR UPDATE) before the machine looks at it, and the UPDATE is conditional on
 * the status and version it saw, so of many concurrent decisions exactly one commits and the others get a 409,
 * and an edit that lands first turns the decision into a 409 naming who changed the text and when.
 */
export async function decideDraft(
  context: AppContext,
  actor: Actor,
  input: DecideInput,
): Promise<DraftRecord> {
  if (!can(actor.role, "drafts:review")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:review'`);
  }
  await loadVisibleDraft(context.db, actor, input.id);
  validate(input);
  const lineage = await lineageOf(context.db, actor.id);
  try {
    await context.db.transaction((tx) => decideWithin(tx, actor, lineage, input));
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  const decided = await findDraft(context.db, input.id);
  if (!decided) throw new DomainError("not_found", `no draft '${input.id}'`);
  return decided;
}

/**
 * One decision inside the caller's transaction (with its audit rows), so a batch of decisions (a plan decided at
 * once) commits together or not at all. The caller has checked the permission, the visibility and the lineage.
 */
export async function decideWithin(
  tx: Queryable,
  actor: Actor,
  lineage: LineageLink[],
  input: DecideInput,
): Promise<void> {
  validate(input);
  const { rows } = await tx.query<DraftRecord>("SELECT * FROM drafts WHERE id = $1 FOR UPDATE", [input.id]);
  const draft = rows[0];
  if (!draft) throw new DomainError("not_found", `no draft '${input.id}'`);
  if (draft.version !== input.version) throw await staleVersion(tx, draft, input.version);
  const phrases = [...new Set((input.phrases ?? []).map((p) => p.trim()).filter(Boolean))];
  const stray = phrases.find((phrase) => !draft.body.includes(phrase));
  if (stray !== undefined) {
    throw new DomainError("invalid_request", `the phrase '${stray}' is not in the draft`, [
      { in: "body", field: "phrases", message: "each phrase must be quoted from the draft's text" },
    ]);
  }
  const [contributors, dismissals] = await Promise.all([
    contributorsOf(tx, draft),
    dismissalsOf(tx, draft.id, draft.version),
  ]);
  const transition = decide({ ...draft, contributors }, lineage, input.decision, {
    overrideReason: input.overrideReason,
    dismissals,
  });
  if (!transition.ok) throw new DomainError(transition.code, transition.reason);
  const state = reviewState(draft, dismissals);
  const override = input.decision === "approve" && state.verdict !== "pass";
  const updated = await tx.query(
    `UPDATE drafts SET status = $2, decided_by = $3, decided_at = now(), decision_reason_code = $4,
       decision_note = $5, override_reason = $6, updated_at = now()
     WHERE id = $1 AND status = $7 AND version = $8 RETURNING id`,
    [
      draft.id,
      transition.to,
      actor.id,
      input.reasonCode ?? null,
      input.note?.trim() || null,
      override ? (input.overrideReason ?? "").trim() : null,
      transition.from,
      input.version,
    ],
  );
  if (updated.rows.length === 0) throw new DomainError("conflict", "the draft was decided concurrently");
  const dismissed = state.findings.filter((finding) => finding.dismissal !== null).map((f) => f.id);
  await writeAudit(tx, {
    draft_id: draft.id,
    actor_id: actor.id,
    action: AUDIT_ACTION[input.decision],
    from_status: transition.from,
    to_status: transition.to,
    draft_version: draft.version,
    reason_code: input.reasonCode ?? null,
    note: input.note?.trim() || null,
    detail: {
      verdict: draft.verdict.verdict,
      review_verdict: state.verdict,
      ...(dismissed.length > 0 ? { dismissed_findings: dismissed } : {}),
      ...(phrases.length > 0 ? { phrases } : {}),
    },
  });
  if (override) {
    await writeAudit(tx, {
      draft_id: draft.id,
      actor_id: actor.id,
      action: "warn_overridden",
      draft_version: draft.version,
      note: (input.overrideReason ?? "").trim(),
      detail: {
        findings: state.findings
          .filter((finding) => finding.dismissal === null)
          .map((f) => ({ id: f.id, rule_id: f.rule_id, severity: f.severity, excerpt: f.excerpt })),
        reasons: state.reasons,
      },
    });
  }
}
