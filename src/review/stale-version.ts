// A decision, edit or dismissal names the version its maker read. When the draft has moved on, the refusal says
// who changed it and when (in the problem's extensions too), so the reviewer reads the new text, not a guess.
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { isoTime } from "./iso-time.ts";

export async function staleVersion(
  db: Queryable,
  draft: { id: string; version: number },
  seen: number,
): Promise<DomainError> {
  const { rows } = await db.query<{ actor_id: string; actor_name: string; at: unknown }>(
    `SELECT l.actor_id, a.name AS actor_name, l.at FROM review_audit l JOIN actors a ON a.id = l.actor_id
     WHERE l.draft_id = $1 AND l.action = 'edited' AND l.draft_version = $2 ORDER BY l.id DESC LIMIT 1`,
    [draft.id, draft.version],
  );
  const change = rows[0];
  const changedAt = change ? isoTime(change.at) : null;
  const detail = change
    ? `you read version ${seen}, but ${change.actor_name} changed the draft to version ${draft.version} at ${changedAt}: read it again`
    : `the draft is at version ${draft.version}, not ${seen}`;
  return new DomainError("conflict", detail, [], {
    current_version: draft.version,
    your_version: seen,
    changed_by: change ? { id: change.actor_id, name: change.actor_name } : null,
    changed_at: changedAt,
  });
}
