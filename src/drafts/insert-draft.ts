import type { Queryable } from "../db/database.ts";
import type { Draft } from "./draft.ts";

export type NewDraft = Omit<
  Draft,
  | "version"
  | "decided_by"
  | "decided_at"
  | "decision_reason_code"
  | "decision_note"
  | "created_at"
  | "updated_at"
>;

const JSON_COLUMNS = new Set([
  "request",
  "content",
  "citations",
  "sources",
  "verdict",
  "grounding",
  "generator",
  "usage",
  "timings",
  "steps",
]);
const COLUMNS = [
  "id",
  "status",
  "channel",
  "industry",
  "stage",
  "tier",
  "scenario",
  "message_type",
  "product",
  "author_id",
  "plan_id",
  "plan_day",
  "plan_slot",
  "job_id",
  "job_item_key",
  "request",
  "content",
  "body",
  "citations",
  "sources",
  "verdict",
  "grounding",
  "generator",
  "prompt",
  "usage",
  "timings",
  "steps",
] as const satisfies ReadonlyArray<keyof NewDraft>;

/** How a draft is read back: timestamps as text, the same on PGlite and node-postgres. */
export const DRAFT_COLUMNS =
  "*, created_at::text AS created_at, updated_at::text AS updated_at, decided_at::text AS decided_at";

/**
 * Stores a new draft and returns it as stored. With a job_item_key, a second insert of the same key is a no-op
 * and returns undefined, so a retried bulk item never makes two drafts.
 */
export async function insertDraft(db: Queryable, draft: NewDraft): Promise<Draft | undefined> {
  const values = COLUMNS.map((column) => {
    const value = draft[column];
    if (value === undefined) return null;
    return JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
  });
  const placeholders = COLUMNS.map(
    (column, index) => `$${index + 1}${JSON_COLUMNS.has(column) ? "::jsonb" : ""}`,
  );
  const { rows } = await db.query<Draft>(
    `INSERT INTO drafts (${COLUMNS.join(", ")}) VALUES (${placeholders.join(", ")})
     ON CONFLICT (job_item_key) DO NOTHING RETURNING ${DRAFT_COLUMNS}`,
    values,
  );
  return rows[0];
}
