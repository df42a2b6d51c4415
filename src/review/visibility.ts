// Who sees which draft: reviewers and admins see every draft, sales and ops only the drafts they authored.
import { type Actor, can } from "../auth/permissions.ts";
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { type DraftRecord, findDraft } from "./draft-record.ts";

export function seesAllDrafts(actor: Actor): boolean {
  return can(actor.role, "drafts:read_all");
}

export function canSeeDraft(actor: Actor, draft: Pick<DraftRecord, "author_id">): boolean {
  return seesAllDrafts(actor) || draft.author_id === actor.id;
}

/** Someone else's draft answers 404, like a missing one: its existence is not leaked to other authors. */
export async function loadVisibleDraft(db: Queryable, actor: Actor, id: string): Promise<DraftRecord> {
  const draft = await findDraft(db, id);
  if (!draft || !canSeeDraft(actor, draft)) throw new DomainError("not_found", `no draft '${id}'`);
  return draft;
}
