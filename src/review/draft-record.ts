// Reads drafts as the review layer sees them: the stored draft plus its author's and reviewer's names.
import type { Queryable } from "../db/database.ts";
import type { Draft } from "../drafts/draft.ts";

export interface DraftRecord extends Draft {
  edited_by: string | null;
  override_reason: string | null;
  author_name: string;
  decided_by_name: string | null;
  /** created_at at full (microsecond) precision, for paging cursors; JS dates stop at milliseconds. */
  cursor_at: string;
  /** 2 block, 1 needs attention, 0 clean pass: the triage order (migrations/0041). */
  risk: number;
}

/** The SELECT list every review query shares, so a draft has one shape wherever it is read. */
export const DRAFT_SELECT = `SELECT d.*, a.name AS author_name, r.name AS decided_by_name,
  d.created_at::text AS cursor_at
  FROM drafts d JOIN actors a ON a.id = d.author_id LEFT JOIN actors r ON r.id = d.decided_by`;

/** PGlite and node-postgres both hand back Date objects for timestamptz; the API speaks ISO strings. */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function toDraftRecord(row: Record<string, unknown>): DraftRecord {
  return {
    ...(row as unknown as DraftRecord),
    decided_at: isoTime(row.decided_at),
    created_at: isoTime(row.created_at) ?? "",
    updated_at: isoTime(row.updated_at) ?? "",
  };
}

export async function findDraft(db: Queryable, id: string): Promise<DraftRecord | undefined> {
  const { rows } = await db.query(`${DRAFT_SELECT} WHERE d.id = $1`, [id]);
  return rows[0] ? toDraftRecord(rows[0]) : undefined;
}
