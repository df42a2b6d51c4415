// The review queue and "my drafts": one query with filters and keyset paging (oldest first, so the queue is
// worked in the order drafts arrived and a page never shifts when new drafts come in).
import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { unstorableCharacter } from "../domain/storable-text.ts";
import type { DraftStatus } from "../drafts/draft.ts";
import { DRAFT_SELECT, type DraftRecord, toDraftRecords } from "./draft-record.ts";
import { seesAllDrafts } from "./visibility.ts";

export interface ListDraftsInput {
  industry?: string | undefined;
  channel?: string | undefined;
  status?: DraftStatus[] | undefined;
  author?: string | undefined;
  plan_id?: string | undefined;
  job_id?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface DraftPage {
  drafts: DraftRecord[];
  total: number;
  next_cursor: string | null;
}

function encodeCursor(draft: DraftRecord): string {
  return Buffer.from(JSON.stringify([draft.cursor_at, draft.id])).toString("base64url");
}

// created_at::text as Postgres prints it (2026-11-29 08:00:00.123456+00), or ISO 8601
const CURSOR_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function isCursorTime(text: string): boolean {
  const match = CURSOR_TIME.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // a cursor is client input: its time must be one Postgres reads and its id one it can store
    if (
      Array.isArray(value) &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      isCursorTime(value[0]) &&
      !unstorableCharacter(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the refusal below
  }
  throw new DomainError("invalid_request", "the cursor is not one this API returned", [
    { in: "query", field: "cursor", message: "invalid cursor" },
  ]);
}

export async function listDrafts(
  context: AppContext,
  actor: Actor,
  input: ListDraftsInput,
): Promise<DraftPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  // Sales and ops are confined to their own drafts whatever author they ask for.
  if (!seesAllDrafts(actor)) add("d.author_id = ?", actor.id);
  else if (input.author) add("d.author_id = ?", input.author);
  if (input.industry) add("d.industry = ?", input.industry);
  if (input.channel) add("d.channel = ?", input.channel);
  if (input.status && input.status.length > 0) add("d.status = ANY(?::text[])", input.status);
  if (input.plan_id) add("d.plan_id = ?", input.plan_id);
  if (input.job_id) add("d.job_id = ?", input.job_id);
  const filter = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  const { rows: counted } = await context.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM drafts d ${filter}`,
    params,
  );
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor);
    params.push(createdAt, id);
    where.push(`(d.created_at, d.id) > ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(input.limit + 1);
  const { rows } = await context.db.query(
    `${DRAFT_SELECT} ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY d.created_at, d.id LIMIT $${params.length}`,
    params,
  );
  const drafts = await toDraftRecords(context.db, rows.slice(0, input.limit));
  const last = drafts.at(-1);
  return {
    drafts,
    total: counted[0]?.n ?? 0,
    next_cursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
