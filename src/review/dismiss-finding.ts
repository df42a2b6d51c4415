// A reviewer who disagrees with a finding dismisses it with a written reason. Four eyes hold: nobody who wrote any
// version of the draft (or a reviewer they minted) dismisses its findings. A blocked draft whose every block
// finding is dismissed goes back to the review queue, where any reviewer who is not an author or editor (the
// dismisser included) may approve it: the dismissal is already a second person's written judgement, kept in the
// evidence pack, and the approval is checked against the same rules. A new version starts with no dismissals.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { writeAudit } from "./audit.ts";
import { isDatabaseRefusal } from "./database-refusal.ts";
import { dismissalsOf } from "./dismissals.ts";
import { type DraftRecord, findDraft } from "./draft-record.ts";
import { contributorsOf, fourEyesRefusal, lineageOf } from "./four-eyes.ts";
import { reviewState } from "./review-findings.ts";
import { staleVersion } from "./stale-version.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface DismissInput {
  id: string;
  /** The version whose finding the reviewer read. */
  version: number;
  findingId: string;
  reason: string;
}

/** Findings are dismissed while the draft is under review, not once it is with its author or decided. */
const DISMISSABLE_FROM = new Set(["pending_review", "blocked"]);
export const MIN_REASON_LENGTH = 4;

export async function dismissFinding(
  context: AppContext,
  actor: Actor,
  input: DismissInput,
): Promise<DraftRecord> {
  if (!can(actor.role, "drafts:review")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:review'`);
  }
  await loadVisibleDraft(context.db, actor, input.id);
  const reason = input.reason.trim();
  if (reason.length < MIN_REASON_LENGTH) {
    throw new DomainError("invalid_request", "say in reason why the finding is wrong", [
      { in: "body", field: "reason", message: `at least ${MIN_REASON_LENGTH} characters` },
    ]);
  }
  const lineage = await lineageOf(context.db, actor.id);
  try {
    await context.db.transaction(async (tx) => {
      const { rows } = await tx.query<DraftRecord>("SELECT * FROM drafts WHERE id = $1 FOR UPDATE", [
        input.id,
      ]);
      const draft = rows[0];
      if (!draft) throw new DomainError("not_found", `no draft '${input.id}'`);
      if (!DISMISSABLE_FROM.has(draft.status)) {
        throw new DomainError(
          "conflict",
          `the draft is ${draft.status}: findings are dismissed during review`,
        );
      }
      if (draft.version !== input.version) throw await staleVersion(tx, draft, input.version);
      const refusal = fourEyesRefusal(lineage, await contributorsOf(tx, draft), "dismiss findings of");
      if (refusal) throw new DomainError("forbidden", refusal);
      const dismissals = await dismissalsOf(tx, draft.id, draft.version);
      const finding = reviewState(draft, dismissals).findings.find((f) => f.id === input.findingId);
      if (!finding) {
        throw new DomainError("not_found", `no finding '${input.findingId}' on version ${draft.version}`);
      }
      if (finding.dismissal) {
        throw new DomainError(
          "conflict",
          `the finding was dismissed by ${finding.dismissal.by_name} at ${finding.dismissal.at}`,
        );
      }
      const { dismissal: _none, ...snapshot } = finding;
      await tx.query(
        `INSERT INTO finding_dismissals (draft_id, draft_version, finding_id, finding, reason, dismissed_by)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
        [draft.id, draft.version, finding.id, JSON.stringify(snapshot), reason, actor.id],
      );
      const after = reviewState(draft, await dismissalsOf(tx, draft.id, draft.version));
      const reopened = draft.status === "blocked" && after.verdict !== "block";
      if (reopened) {
        await tx.query(
          "UPDATE drafts SET status = 'pending_review', updated_at = now() WHERE id = $1 AND version = $2",
          [draft.id, draft.version],
        );
      }
      await writeAudit(tx, {
        draft_id: draft.id,
        actor_id: actor.id,
        action: "finding_dismissed",
        from_status: draft.status,
        to_status: reopened ? "pending_review" : draft.status,
        draft_version: draft.version,
        note: reason,
        detail: {
          finding_id: finding.id,
          source: finding.source,
          rule_id: finding.rule_id,
          severity: finding.severity,
          excerpt: finding.excerpt,
          review_verdict: after.verdict,
        },
      });
    });
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  const dismissed = await findDraft(context.db, input.id);
  if (!dismissed) throw new DomainError("not_found", `no draft '${input.id}'`);
  return dismissed;
}
