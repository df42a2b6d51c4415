// A reviewer decides a submitted plan as a batch: the items they list (each with the version they read) are
// approved in ONE transaction, each through the same decision as a single approval (four eyes, no block finding,
// a written reason over warnings: one reason for every warned item). Any refusal rolls the whole batch back and
// names the item, so a batch is never half done.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { isDatabaseRefusal } from "../review/database-refusal.ts";
import { decideWithin } from "../review/decide-draft.ts";
import { lineageOf } from "../review/four-eyes.ts";
import { writePlanEvent } from "./plan-events.ts";
import { loadVisiblePlan, type PlanDetail } from "./plan-record.ts";

export interface DecidePlanInput {
  planId: string;
  items: Array<{ draft_id: string; version: number }>;
  /** Covers every listed item with warnings; clean items need none. */
  overrideReason?: string | undefined;
}

function itemError(error: DomainError, index: number, where: string): DomainError {
  return new DomainError(
    error.code,
    `items[${index}] (${where}): ${error.detail}`,
    [{ in: "body", field: `items.${index}.draft_id`, message: error.detail }, ...error.errors],
    { ...error.extensions, item: index },
  );
}

export async function decidePlan(
  context: AppContext,
  actor: Actor,
  input: DecidePlanInput,
): Promise<{ approved: number; plan: PlanDetail }> {
  if (!can(actor.role, "drafts:review")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:review'`);
  }
  const plan = await loadVisiblePlan(context.db, actor, input.planId);
  if (plan.status !== "submitted")
    throw new DomainError("conflict", "the plan has not been submitted for review");
  const seen = new Set<string>();
  input.items.forEach((item, index) => {
    const field = `items.${index}.draft_id`;
    if (seen.has(item.draft_id)) {
      throw new DomainError("invalid_request", `items[${index}] repeats ${item.draft_id}`, [
        { in: "body", field, message: "listed twice" },
      ]);
    }
    seen.add(item.draft_id);
    if (!plan.items.some((candidate) => candidate.draft_id === item.draft_id)) {
      throw new DomainError("invalid_request", `items[${index}] is not an item of this plan`, [
        { in: "body", field, message: "not an item of this plan" },
      ]);
    }
  });
  const lineage = await lineageOf(context.db, actor.id);
  try {
    await context.db.transaction(async (tx) => {
      for (const [index, item] of input.items.entries()) {
        const slot = plan.items.find((candidate) => candidate.draft_id === item.draft_id);
        const where = `day ${slot?.day} ${slot?.slot}`;
        try {
          await decideWithin(tx, actor, lineage, {
            id: item.draft_id,
            decision: "approve",
            version: item.version,
            overrideReason: input.overrideReason,
          });
        } catch (error) {
          if (error instanceof DomainError) throw itemError(error, index, where);
          if (isDatabaseRefusal(error))
            throw itemError(new DomainError("conflict", error.message), index, where);
          throw error;
        }
      }
      await writePlanEvent(tx, {
        plan_id: plan.id,
        actor_id: actor.id,
        action: "batch_decided",
        detail: {
          approved: input.items.map((item) => `${item.draft_id}@${item.version}`),
          override_reason: input.overrideReason?.trim() || null,
        },
      });
    });
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  return { approved: input.items.length, plan: await loadVisiblePlan(context.db, actor, plan.id) };
}
