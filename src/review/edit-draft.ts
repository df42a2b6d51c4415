// Editing a draft: the new text is checked again before it is stored (compliance, grounding, and which item
// backs which sentence), the previous version is kept, and the verdict alone decides whether the draft waits for
// a reviewer (pending_review) or stays blocked. No dismissal carries over: a new text is judged afresh.
import { performance } from "node:perf_hooks";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import type { Channel, Industry, Scenario } from "../domain/vocabulary.ts";
import type { Citation, DraftStep } from "../drafts/draft.ts";
import type { Grounding } from "../generators/grounding.ts";
import { regroundDraft } from "../generators/reground.ts";
import { writeAudit } from "./audit.ts";
import { citationsAfterEdit } from "./citations-after-edit.ts";
import { isDatabaseRefusal } from "./database-refusal.ts";
import { editedText } from "./draft-content.ts";
import { type DraftRecord, findDraft } from "./draft-record.ts";
import { canEdit, statusAfterEdit } from "./lifecycle.ts";
import { openNextVersion } from "./open-next-version.ts";
import { complianceCheckOf } from "./recheck.ts";
import { staleVersion } from "./stale-version.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface EditInput {
  id: string;
  /** The edited text. */
  body?: string | undefined;
  /** Or the channel's structured content, from which the text is derived (draft-content.ts). */
  content?: unknown;
  /** The version the editor started from: a stale edit gets a 409 instead of silently overwriting. */
  version: number;
  note?: string | undefined;
}

/**
 * The numbers and benefits of the new text must still come from the cited material (a requester's benefit only
 * explains a claim, flagged for the reviewer; the guidance the draft was written under must not appear in it),
 * and a cited sentence the edit rewrote away from its material is flagged (a warning a reviewer must answer in
 * writing).
 */
function groundingAfterEdit(
  draft: DraftRecord,
  body: string,
): { grounding: Grounding; citations: Citation[] } {
  const checked = regroundDraft(body, {
    sources: Array.isArray(draft.sources) ? draft.sources : [],
    request: draft.request,
    grounding: draft.grounding,
  });
  const { citations, lost } = citationsAfterEdit({
    previousBody: draft.body,
    body,
    citations: Array.isArray(draft.citations) ? draft.citations : [],
    sources: Array.isArray(draft.sources) ? draft.sources : [],
  });
  const findings = [...checked.findings, ...lost].sort((a, b) => a.start - b.start || a.end - b.end);
  return { grounding: { ...checked, findings } as Grounding, citations };
}

export async function editDraft(context: AppContext, actor: Actor, input: EditInput): Promise<DraftRecord> {
  if (!can(actor.role, "drafts:edit")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:edit'`);
  }
  const draft = await loadVisibleDraft(context.db, actor, input.id);
  if (draft.author_id !== actor.id && !can(actor.role, "drafts:review")) {
    throw new DomainError("forbidden", "only the author or a reviewer can edit this draft");
  }
  if (!canEdit(draft.status)) throw new DomainError("conflict", `the draft is ${draft.status}: it is final`);
  if (input.version !== draft.version) throw await staleVersion(context.db, draft, input.version);
  const { body, content } = editedText(draft, input);
  // The check runs before the transaction: a slow judge must not hold the row lock.
  const started = performance.now();
  const verdict = await complianceCheckOf(context)({
    text: body,
    industry: draft.industry as Industry,
    channel: draft.channel as Channel,
    ...(draft.scenario ? { scenario: draft.scenario as Scenario } : {}),
  });
  const { grounding, citations } = groundingAfterEdit(draft, body);
  const status = statusAfterEdit(verdict, grounding);
  const step: DraftStep = {
    step: "edit",
    at: context.now().toISOString(),
    ms: Math.round(performance.now() - started),
    outcome: verdict.verdict,
    detail: {
      by: actor.id,
      version: draft.version + 1,
      findings: verdict.findings.length,
      grounded: grounding.grounded,
      citations: citations.length,
    },
  };
  try {
    await context.db.transaction(async (tx) => {
      const previousStatus = await openNextVersion(tx, draft, input.version, "edited");
      await tx.query(
        `UPDATE drafts SET body = $2, content = $3::jsonb, verdict = $4::jsonb, status = $5, version = version + 1,
           edited_by = $6, decided_by = NULL, decided_at = NULL, decision_reason_code = NULL, decision_note = NULL,
           override_reason = NULL, steps = steps || $7::jsonb, grounding = $9::jsonb, citations = $10::jsonb,
           updated_at = now()
         WHERE id = $1 AND version = $8`,
        [
          draft.id,
          body,
          JSON.stringify(content ?? null),
          JSON.stringify(verdict),
          status,
          actor.id,
          JSON.stringify([step]),
          draft.version,
          JSON.stringify(grounding),
          JSON.stringify(citations),
        ],
      );
      await writeAudit(tx, {
        draft_id: draft.id,
        actor_id: actor.id,
        action: "edited",
        from_status: previousStatus,
        to_status: status,
        draft_version: draft.version + 1,
        note: input.note?.trim() || null,
        detail: {
          previous_version: draft.version,
          verdict: verdict.verdict,
          rule_pack_version: verdict.rule_pack_version,
          grounded: grounding.grounded,
          ungrounded: grounding.findings.map((finding) => finding.claim),
          citations: citations.map((citation) => `${citation.item_id}@${citation.item_version}`),
          findings: verdict.findings.map((f) => ({
            rule_id: f.rule_id,
            severity: f.severity,
            excerpt: f.excerpt,
          })),
        },
      });
    });
  } catch (error) {
    if (isDatabaseRefusal(error)) throw new DomainError("conflict", error.message);
    throw error;
  }
  const edited = await findDraft(context.db, draft.id);
  if (!edited) throw new DomainError("not_found", `no draft '${draft.id}'`);
  return edited;
}
