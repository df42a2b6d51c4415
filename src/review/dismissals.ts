// The dismissals written on a draft's findings, read back per version: a new version starts with none.
import type { Queryable } from "../db/database.ts";
import { isoTime } from "./iso-time.ts";
import type { DismissalNote } from "./review-findings.ts";

export interface DismissalRow extends DismissalNote {
  draft_id: string;
  draft_version: number;
  finding_id: string;
  finding: Record<string, unknown>;
}

const SELECT = `SELECT f.draft_id, f.draft_version, f.finding_id, f.finding, f.reason, f.dismissed_by AS by,
  a.name AS by_name, f.at FROM finding_dismissals f JOIN actors a ON a.id = f.dismissed_by`;

function toRow(row: Record<string, unknown>): DismissalRow {
  return { ...(row as unknown as DismissalRow), at: isoTime(row.at) ?? "" };
}

export function asNotes(rows: readonly DismissalRow[]): Map<string, DismissalNote> {
  return new Map(
    rows.map((row) => [row.finding_id, { reason: row.reason, by: row.by, by_name: row.by_name, at: row.at }]),
  );
}

/** The dismissals of one version of one draft, by finding id. */
export async function dismissalsOf(
  db: Queryable,
  draftId: string,
  version: number,
): Promise<Map<string, DismissalNote>> {
  const { rows } = await db.query(`${SELECT} WHERE f.draft_id = $1 AND f.draft_version = $2 ORDER BY f.id`, [
    draftId,
    version,
  ]);
  return asNotes(rows.map(toRow));
}

/** Every dismissal of a draft, all versions, oldest first: the evidence pack shows them all. */
export async function allDismissalsOf(db: Queryable, draftId: string): Promise<DismissalRow[]> {
  const { rows } = await db.query(`${SELECT} WHERE f.draft_id = $1 ORDER BY f.id`, [draftId]);
  return rows.map(toRow);
}

/** The current version's dismissals of many drafts in one query (a page of the queue). */
export async function dismissalsOfMany(
  db: Queryable,
  drafts: ReadonlyArray<{ id: string; version: number }>,
): Promise<Map<string, Map<string, DismissalNote>>> {
  const byDraft = new Map<string, Map<string, DismissalNote>>();
  if (drafts.length === 0) return byDraft;
  const { rows } = await db.query(
    `${SELECT} JOIN unnest($1::text[], $2::int[]) AS current (id, version)
       ON current.id = f.draft_id AND current.version = f.draft_version ORDER BY f.id`,
    [drafts.map((draft) => draft.id), drafts.map((draft) => draft.version)],
  );
  const grouped = new Map<string, DismissalRow[]>();
  for (const row of rows.map(toRow)) grouped.set(row.draft_id, [...(grouped.get(row.draft_id) ?? []), row]);
  for (const [id, list] of grouped) byDraft.set(id, asNotes(list));
  return byDraft;
}
