// Reads drafts as the review layer sees them: the stored draft plus its author's and reviewer's names, its content
// only as far as it is the checked text, and its review state (findings with ids and dismissals, the verdict a
// reviewer acts on) for the current version.
import type { Queryable } from "../db/database.ts";
import type { Draft } from "../drafts/draft.ts";
import { dismissalsOf, dismissalsOfMany } from "./dismissals.ts";
import { shownContent } from "./draft-content.ts";
import { isoTime } from "./iso-time.ts";
import { type DismissalNote, type ReviewState, reviewState } from "./review-findings.ts";

export interface DraftRecord extends Draft {
  edited_by: string | null;
  override_reason: string | null;
  author_name: string;
  decided_by_name: string | null;
  /** created_at at full (microsecond) precision, for paging cursors; JS dates stop at milliseconds. */
  cursor_at: string;
  /** 2 block, 1 needs attention, 0 clean pass: the triage order (migrations/0041). */
  risk: number;
  review: ReviewState;
}

/** The SELECT list every review query shares, so a draft has one shape wherever it is read. */
export const DRAFT_SELECT = `SELECT d.*, a.name AS author_name, r.name AS decided_by_name,
  d.created_at::text AS cursor_at
  FROM drafts d JOIN actors a ON a.id = d.author_id LEFT JOIN actors r ON r.id = d.decided_by`;

export function toDraftRecord(
  row: Record<string, unknown>,
  dismissals: ReadonlyMap<string, DismissalNote> = new Map(),
): DraftRecord {
  // arrival orders the queue (migrations/0042); it is the database's bookkeeping, not part of the draft
  const { arrival: _arrival, ...fields } = row;
  const draft = fields as unknown as DraftRecord;
  return {
    ...draft,
    content: shownContent(draft),
    decided_at: isoTime(row.decided_at),
    created_at: isoTime(row.created_at) ?? "",
    updated_at: isoTime(row.updated_at) ?? "",
    review: reviewState(draft, dismissals),
  };
}

/** Rows of DRAFT_SELECT as records, with each draft's current dismissals read in one query. */
export async function toDraftRecords(
  db: Queryable,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<DraftRecord[]> {
  const dismissals = await dismissalsOfMany(
    db,
    rows.map((row) => ({ id: String(row.id), version: Number(row.version) })),
  );
  return rows.map((row) => toDraftRecord(row, dismissals.get(String(row.id))));
}

export async function findDraft(db: Queryable, id: string): Promise<DraftRecord | undefined> {
  const { rows } = await db.query(`${DRAFT_SELECT} WHERE d.id = $1`, [id]);
  const row = rows[0];
  if (!row) return undefined;
  return toDraftRecord(row, await dismissalsOf(db, id, Number(row.version)));
}
