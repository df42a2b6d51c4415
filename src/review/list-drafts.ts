// The review queue and "my drafts": one query with filters and keyset paging (oldest first, so the queue is
// worked in the order drafts arrived and a page never shifts when new drafts come in).
import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import type { DraftStatus } from "../drafts/draft.ts";
import { DRAFT_SELECT, type DraftRecord, toDraftRecord } from "./draft-record.ts";
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

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
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
  else {
    // A plan the rep has not submitted is their work in progress, not the queue's (migrations/0040).
    add(
      "(d.plan_id IS NULL OR d.author_id = ? OR EXISTS (SELECT 1 FROM plans p WHERE p.id = d.plan_id AND p.status = 'submitted'))",
      actor.id,
    );
    if (input.author) add("d.author_id = ?", input.author);
  }
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
  const drafts = rows.slice(0, input.limit).map(toDraftRecord);
  const last = drafts.at(-1);
  return {
    drafts,
    total: counted[0]?.n ?? 0,
    next_cursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
