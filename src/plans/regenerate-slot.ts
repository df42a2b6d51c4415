// The rep does not like one slot of their plan: the generator writes it again (a new seed, the same request), and
// the result becomes the next version of the same draft, so the slot keeps its place, its history and its audit
// trail, and a reviewer never sees a text that was not checked. One transaction, with its audit row and plan event.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { parseGenerateRequest, prepareDrafts } from "../generators/generate-drafts.ts";
import { writeAudit } from "../review/audit.ts";
import { isDatabaseRefusal } from "../review/database-refusal.ts";
import { type DraftRecord, findDraft } from "../review/draft-record.ts";
import { canEdit } from "../review/lifecycle.ts";
import { openNextVersion } from "../review/open-next-version.ts";
import { staleVersion } from "../review/stale-version.ts";
import { writePlanEvent } from "./plan-events.ts";
import { loadVisiblePlan } from "./plan-record.ts";

export interface RegenerateInput {
  planId: string;
  draftId: string;
  /** The version on the rep's screen: a slot changed meanwhile is a 409, not silently replaced. */
  version: number;
}

export async function regenerateSlot(
  context: AppContext,
  actor: Actor,
  input: RegenerateInput,
): Promise<DraftRecord> {
  if (!can(actor.role, "drafts:create") || !can(actor.role, "drafts:edit")) {
    throw new DomainError(
      "forbidden",
      `role '${actor.role}' lacks the permissions 'drafts:create' and 'drafts:edit'`,
    );
  }
  const plan = await loadVisiblePlan(context.db, actor, input.planId);
  if (plan.author_id !== actor.id)
    throw new DomainError("forbidden", "only the plan's author regenerates its items");
  const item = plan.items.find((candidate) => candidate.draft_id === input.draftId);
  if (!item) throw new DomainError("not_found", `the plan has no item '${input.draftId}'`);
  const draft = await findDraft(context.db, input.draftId);
  if (!draft) throw new DomainError("not_found", `no draft '${input.draftId}'`);
  if (!canEdit(draft.status)) throw new DomainError("conflict", `the item is ${draft.status}: it is final`);
  if (draft.version !== input.version) throw await staleVersion(context.db, draft, input.version);

  const { variant: _variant, seed: previousSeed, ...stored } = draft.request as Record<string, unknown>;
  const seed = `${String(previousSeed ?? plan.id)}|v${draft.version + 1}`;
  const request = parseGenerateRequest({ ...stored, seed, variants: 1 });
  const [next] = await prepareDrafts(context, actor, request);
  if (!next) throw new DomainError("internal", "the generator returned no draft");

  try {
    await context.db.transaction(async (tx) => {
      const previousStatus = await openNextVersion(tx, draft, input.version, "regenerated");
      await tx.query(
        `UPDATE drafts SET status = $2, request = $3::jsonb, content = $4::jsonb, body = $5, citations = $6::jsonb,
           sources = $7::jsonb, verdict = $8::jsonb, grounding = $9::jsonb, generator = $10::jsonb, prompt = $11,
           usage = $12::jsonb, timings = $13::jsonb, steps = steps || $14::jsonb, version = version + 1,
           edited_by = $15, decided_by = NULL, decided_at = NULL, decision_reason_code = NULL, decision_note = NULL,
           override_reason = NULL, updated_at = now()
         WHERE id = $1 AND version = $16`,
        [
          draft.id,
          next.status,
          JSON.stringify(next.request),
          JSON.stringify(next.content),
          next.body,
          JSON.stringify(next.citations),
          JSON.stringify(next.sources),
          JSON.stringify(next.verdict),
          JSON.stringify(next.grounding),
          JSON.stringify(next.generator),
          next.prompt,
          JSON.stringify(next.usage),
          JSON.stringify(next.timings),
          JSON.stringify(
            next.steps.map((step) => ({ ...step, detail: { ...(step.detail ?? {}), regenerated: true } })),
          ),
          actor.id,
          draft.version,
        ],
      );
      await writeAudit(tx, {
        draft_id: draft.id,
        actor_id: actor.id,
        action: "edited",
        from_status: previousStatus,
        to_status: next.status,
        draft_version: draft.version + 1,
        note: "重新生成",
        detail: {
          regenerated: true,
          previous_version: draft.version,
          seed,
          verdict: next.verdict.verdict,
          rule_pack_version: next.verdict.rule_pack_version,
          citations: next.citations.map((citation) => `${citation.item_id}@${citation.item_version}`),
        },
      });
      await writePlanEvent(tx, {
        plan_id: plan.id,
        actor_id: actor.id,
        action: "slot_regenerated",
        detail: { draft_id: draft.id, day: item.day, slot: item.slot, version: draft.version + 1 },
      });
    });
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  const regenerated = await findDraft(context.db, draft.id);
  if (!regenerated) throw new DomainError("not_found", `no draft '${draft.id}'`);
  return regenerated;
}
