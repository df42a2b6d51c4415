// Every path that writes a draft's next version (an edit, a regenerated plan slot) does the same first step
// under the row lock: the draft must still be open to changes and still at the version its maker read, and
// the text being replaced is kept in draft_versions, so a reviewer can always see what changed and what was
// checked before.
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import type { DraftRecord } from "./draft-record.ts";
import { canEdit } from "./lifecycle.ts";
import { staleVersion } from "./stale-version.ts";

/**
 * Locks the draft, checks it against the version `seen` and archives its current version. Returns the status
 * it had. `doing` completes the refusal "the draft was decided while it was being …".
 */
export async function openNextVersion(
  tx: Queryable,
  draft: { id: string; version: number },
  seen: number,
  doing: string,
): Promise<DraftRecord["status"]> {
  const { rows } = await tx.query<{ status: DraftRecord["status"]; version: number }>(
    "SELECT status, version FROM drafts WHERE id = $1 FOR UPDATE",
    [draft.id],
  );
  const current = rows[0];
  if (!current || !canEdit(current.status)) {
    throw new DomainError("conflict", `the draft was decided while it was being ${doing}`);
  }
  if (current.version !== draft.version) {
    throw await staleVersion(tx, { id: draft.id, version: current.version }, seen);
  }
  await tx.query(
    `INSERT INTO draft_versions (draft_id, version, status, content, body, verdict, made_by, created_at)
     SELECT id, version, status, content, body, verdict, coalesce(edited_by, author_id), updated_at
     FROM drafts WHERE id = $1`,
    [draft.id],
  );
  return current.status;
}
