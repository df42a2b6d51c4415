// The audit trail: one row per state change, edit, override, dismissal, promotion or accepted rule. Rows are
// written with the transaction of the change (a change without its row cannot commit) and never updated (DB
// trigger).
import type { Queryable } from "../db/database.ts";
import { isoTime } from "./iso-time.ts";

export const AUDIT_ACTIONS = [
  "created",
  "edited",
  "approved",
  "rejected",
  "changes_requested",
  "warn_overridden",
  "promoted",
  "rule_accepted",
  "finding_dismissed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  draft_id: string | null;
  actor_id: string;
  action: AuditAction;
  from_status?: string | null;
  to_status?: string | null;
  draft_version?: number | null;
  reason_code?: string | null;
  note?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRow extends Required<Omit<AuditEntry, "detail">> {
  id: number;
  actor_name: string;
  detail: Record<string, unknown>;
  at: string;
}

/** Takes the transaction's handle on purpose: callers cannot write the row outside the change it records. */
export async function writeAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO review_audit (draft_id, actor_id, action, from_status, to_status, draft_version, reason_code,
       note, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    [
      entry.draft_id,
      entry.actor_id,
      entry.action,
      entry.from_status ?? null,
      entry.to_status ?? null,
      entry.draft_version ?? null,
      entry.reason_code ?? null,
      entry.note ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

export const AUDIT_SELECT = `SELECT l.id, l.draft_id, l.actor_id, a.name AS actor_name, l.action, l.from_status,
  l.to_status, l.draft_version, l.reason_code, l.note, l.detail, l.at
  FROM review_audit l JOIN actors a ON a.id = l.actor_id`;

export function toAuditRow(row: Record<string, unknown>): AuditRow {
  return { ...(row as unknown as AuditRow), id: Number(row.id), at: isoTime(row.at) ?? "" };
}

export async function listAudit(db: Queryable, draftId: string): Promise<AuditRow[]> {
  const { rows } = await db.query(`${AUDIT_SELECT} WHERE l.draft_id = $1 ORDER BY l.id`, [draftId]);
  return rows.map(toAuditRow);
}
