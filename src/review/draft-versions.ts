// Every text a draft has had, oldest first, ending with the current one: what the console compares when a
// reviewer asks what changed between versions.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface DraftVersion {
  version: number;
  status: string;
  body: string;
  verdict: string;
  made_by: string;
  made_by_name: string;
  created_at: string;
  current: boolean;
}

function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export async function listDraftVersions(
  context: AppContext,
  actor: Actor,
  id: string,
): Promise<DraftVersion[]> {
  if (!can(actor.role, "drafts:read_own")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:read_own'`);
  }
  const draft = await loadVisibleDraft(context.db, actor, id);
  const { rows } = await context.db.query<{
    version: number;
    status: string;
    body: string;
    verdict: { verdict?: string };
    made_by: string;
    made_by_name: string;
    created_at: unknown;
  }>(
    `SELECT v.version, v.status, v.body, v.verdict, v.made_by, a.name AS made_by_name, v.created_at
     FROM draft_versions v JOIN actors a ON a.id = v.made_by WHERE v.draft_id = $1 ORDER BY v.version`,
    [id],
  );
  // The current version was made when the draft was stored (version 1) or by its latest edit.
  const { rows: made } = await context.db.query<{ name: string; at: unknown }>(
    `SELECT a.name, (SELECT max(l.at) FROM review_audit l WHERE l.draft_id = $2 AND l.action = 'edited') AS at
     FROM actors a WHERE a.id = $1`,
    [draft.edited_by ?? draft.author_id, id],
  );
  return [
    ...rows.map((row) => ({
      version: row.version,
      status: row.status,
      body: row.body,
      verdict: row.verdict?.verdict ?? "",
      made_by: row.made_by,
      made_by_name: row.made_by_name,
      created_at: iso(row.created_at),
      current: false,
    })),
    {
      version: draft.version,
      status: draft.status,
      body: draft.body,
      verdict: draft.verdict.verdict,
      made_by: draft.edited_by ?? draft.author_id,
      made_by_name: made[0]?.name ?? "",
      created_at: draft.version > 1 && made[0]?.at ? iso(made[0].at) : draft.created_at,
      current: true,
    },
  ];
}
