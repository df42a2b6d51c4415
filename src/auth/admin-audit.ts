// The administrative audit trail: key creation, revocation and rotation, audit exports. Rows are written
// with the transaction of the change they record and never updated (database trigger).
import type { Queryable } from "../db/database.ts";

export const ADMIN_ACTIONS = ["key_created", "key_revoked", "key_rotated", "audit_exported"] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

export interface AdminAuditEntry {
  /** null when the system acted (the first start, the CLI with database access) */
  actor_id: string | null;
  action: AdminAction;
  subject_actor_id?: string | null;
  key_id?: string | null;
  detail?: Record<string, unknown>;
}

export interface AdminAuditRow extends Required<Omit<AdminAuditEntry, "detail">> {
  id: number;
  detail: Record<string, unknown>;
  at: string;
}

/** Takes the transaction's handle: the row commits with the change or not at all. */
export async function writeAdminAudit(tx: Queryable, entry: AdminAuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO admin_audit (actor_id, action, subject_actor_id, key_id, detail)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [
      entry.actor_id,
      entry.action,
      entry.subject_actor_id ?? null,
      entry.key_id ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

export async function listAdminAudit(
  db: Queryable,
  filter: { subject_actor_id?: string | undefined; limit: number },
): Promise<AdminAuditRow[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT id, actor_id, action, subject_actor_id, key_id, detail, at FROM admin_audit
     WHERE ($1::text IS NULL OR subject_actor_id = $1) ORDER BY id DESC LIMIT $2`,
    [filter.subject_actor_id ?? null, filter.limit],
  );
  return rows.map((row) => ({
    ...(row as unknown as AdminAuditRow),
    id: Number(row.id),
    at: row.at instanceof Date ? row.at.toISOString() : String(row.at),
  }));
}
