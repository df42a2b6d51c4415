// The rep hands a plan to review: from now on its items are in the reviewers' queue. One-way (the database
// refuses to take a submission back), one transaction with its plan event.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { isDatabaseRefusal } from "../review/database-refusal.ts";
import { writePlanEvent } from "./plan-events.ts";
import { canSeePlan, isoTime, loadVisiblePlan, type PlanDetail, type PlanStatus } from "./plan-record.ts";

export async function submitPlan(
  context: AppContext,
  actor: Actor,
  input: { id: string },
): Promise<PlanDetail> {
  if (!can(actor.role, "drafts:create")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:create'`);
  }
  const plan = await loadVisiblePlan(context.db, actor, input.id);
  if (plan.author_id !== actor.id) throw new DomainError("forbidden", "only the plan's author submits it");
  try {
    await context.db.transaction(async (tx) => {
      const { rows } = await tx.query<{
        author_id: string;
        status: PlanStatus;
        submitted_at: unknown;
        submitted_by_name: string | null;
      }>(
        `SELECT p.author_id, p.status, p.submitted_at, a.name AS submitted_by_name
         FROM plans p LEFT JOIN actors a ON a.id = p.submitted_by WHERE p.id = $1 FOR UPDATE OF p`,
        [input.id],
      );
      const current = rows[0];
      if (!current || !canSeePlan(actor, current))
        throw new DomainError("not_found", `no plan '${input.id}'`);
      if (current.status === "submitted") {
        const at = isoTime(current.submitted_at);
        throw new DomainError(
          "conflict",
          `the plan was already submitted by ${current.submitted_by_name} at ${at}`,
          [],
          {
            submitted_by: current.submitted_by_name,
            submitted_at: at,
          },
        );
      }
      await tx.query(
        "UPDATE plans SET status = 'submitted', submitted_at = now(), submitted_by = $2 WHERE id = $1 AND status = 'draft'",
        [input.id, actor.id],
      );
      await writePlanEvent(tx, {
        plan_id: input.id,
        actor_id: actor.id,
        action: "submitted",
        detail: {
          items: plan.counts.total,
          blocked: plan.counts.blocked,
          pending_review: plan.counts.pending_review,
        },
      });
    });
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  return loadVisiblePlan(context.db, actor, input.id);
}
