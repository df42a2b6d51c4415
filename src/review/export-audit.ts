// The whole audit trail, for auditors: streamed in id order in batches, as JSON lines or CSV, so an export of
// years of decisions never sits in memory at once.
import type { Queryable } from "../db/database.ts";
import { AUDIT_SELECT, type AuditRow, toAuditRow } from "./audit.ts";

export interface ExportAuditInput {
  since?: string | undefined;
  until?: string | undefined;
  draft_id?: string | undefined;
}

const BATCH = 1000;

export async function* auditRows(db: Queryable, input: ExportAuditInput): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const { rows } = await db.query(
      `${AUDIT_SELECT} WHERE l.id > $1 AND ($2::timestamptz IS NULL OR l.at >= $2::timestamptz)
         AND ($3::timestamptz IS NULL OR l.at < $3::timestamptz) AND ($4::text IS NULL OR l.draft_id = $4)
       ORDER BY l.id LIMIT ${BATCH}`,
      [after, input.since ?? null, input.until ?? null, input.draft_id ?? null],
    );
    for (const row of rows) yield toAuditRow(row);
    if (rows.length < BATCH) return;
    after = Number(rows.at(-1)?.id);
  }
}

export const CSV_COLUMNS = [
  "id",
  "at",
  "draft_id",
  "action",
  "from_status",
  "to_status",
  "draft_version",
  "actor_id",
  "actor_name",
  "reason_code",
  "note",
  "detail",
] as const;

/** RFC 4180 quoting, plus a leading quote on cells a spreadsheet would run as a formula (=, +, -, @). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text =
    typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(row: AuditRow): string {
  return `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(",")}\r\n`;
}
