// 我的计划 and the reviewers' list of submitted plans: newest first, keyset-paged so a page never shifts when a
// rep makes another plan.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { decodeCursor, pageOf } from "../shared/keyset-cursor.ts";
import { PLAN_SELECT, type PlanStatus, type PlanSummary, toPlanSummary } from "./plan-record.ts";

export interface ListPlansInput {
  status?: PlanStatus | undefined;
  /** Only plans by this author (for those who see everyone's submitted plans). */
  author?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface PlanPage {
  plans: Omit<PlanSummary, "cursor_at">[];
  next_cursor: string | null;
}

export async function listPlans(context: AppContext, actor: Actor, input: ListPlansInput): Promise<PlanPage> {
  if (!can(actor.role, "drafts:read_own")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:read_own'`);
  }
  const where: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (can(actor.role, "drafts:read_all")) {
    where.push(`(p.author_id = ${bind(actor.id)} OR p.status = 'submitted')`);
    if (input.author) where.push(`p.author_id = ${bind(input.author)}`);
  } else {
    where.push(`p.author_id = ${bind(actor.id)}`);
  }
  if (input.status) where.push(`p.status = ${bind(input.status)}`);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, ["time", "id"]);
    where.push(`(p.created_at, p.id) < (${bind(at)}::timestamptz, ${bind(id)})`);
  }
  const { rows } = await context.db.query<Parameters<typeof toPlanSummary>[0]>(
    `${PLAN_SELECT} WHERE ${where.join(" AND ")} ORDER BY p.created_at DESC, p.id DESC LIMIT ${bind(input.limit + 1)}`,
    params,
  );
  const page = pageOf(rows.map(toPlanSummary), input.limit, (plan) => [plan.cursor_at, plan.id]);
  return { plans: page.rows.map(({ cursor_at: _, ...plan }) => plan), next_cursor: page.next_cursor };
}
