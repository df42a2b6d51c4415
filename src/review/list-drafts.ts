// The review queue and "my drafts": one query with filters and keyset paging. Oldest first by default, so the
// queue is worked in the order drafts arrived and a page never shifts when new drafts come in; or newest first;
// or riskiest first (the stored `risk` of migrations/0041), oldest first within a risk. Drafts stored in the same
// instant keep the order they were stored in (`arrival`, migrations/0042).
import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import type { DraftStatus } from "../drafts/draft.ts";
import { decodeCursor, pageOf } from "../shared/keyset-cursor.ts";
import { DRAFT_SELECT, type DraftRecord, toDraftRecords } from "./draft-record.ts";
import { seesAllDrafts } from "./visibility.ts";

export interface ListDraftsInput {
  industry?: string | undefined;
  channel?: string | undefined;
  status?: DraftStatus[] | undefined;
  author?: string | undefined;
  plan_id?: string | undefined;
  job_id?: string | undefined;
  sort?: DraftSort | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface DraftPage {
  drafts: DraftRecord[];
  total: number;
  next_cursor: string | null;
}

/** Queue orders: oldest first (the order drafts arrived), newest first, or riskiest first then oldest. */
export const DRAFT_SORTS = ["oldest", "newest", "risk"] as const;
export type DraftSort = (typeof DRAFT_SORTS)[number];

const ORDER: Record<DraftSort, string> = {
  oldest: "d.created_at, d.arrival",
  newest: "d.created_at DESC, d.arrival DESC",
  risk: "d.risk DESC, d.created_at, d.arrival",
};

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
  const sort = input.sort ?? "oldest";
  if (input.cursor) {
    // The cursor is the sort key of the last row shown; the next page starts strictly after it.
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (sort === "risk") {
      const [risk, at, arrival] = decodeCursor(input.cursor, ["int", "time", "int"]);
      const r = bind(risk);
      where.push(
        `(d.risk < ${r} OR (d.risk = ${r} AND (d.created_at, d.arrival) > (${bind(at)}::timestamptz, ${bind(arrival)})))`,
      );
    } else {
      const [at, arrival] = decodeCursor(input.cursor, ["time", "int"]);
      where.push(
        `(d.created_at, d.arrival) ${sort === "newest" ? "<" : ">"} (${bind(at)}::timestamptz, ${bind(arrival)})`,
      );
    }
  }
  params.push(input.limit + 1);
  const { rows } = await context.db.query(
    `${DRAFT_SELECT} ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY ${ORDER[sort]} LIMIT $${params.length}`,
    params,
  );
  // One row past the page says there is a next one; only the page's rows are read in full.
  const page = pageOf(rows, input.limit, (row) =>
    sort === "risk"
      ? [Number(row.risk), String(row.cursor_at), Number(row.arrival)]
      : [String(row.cursor_at), Number(row.arrival)],
  );
  return {
    drafts: await toDraftRecords(context.db, page.rows),
    total: counted[0]?.n ?? 0,
    next_cursor: page.next_cursor,
  };
}
