// A plan as the API and the console see it: who made it, whether it is still the rep's draft, what it is for,
// when it runs, and how far its items are through review. One reader for the list, the detail and the verbs.
import { type Actor, can } from "../auth/permissions.ts";
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { compareSlots, SLOT_TIMES, slotTime, startDateOf } from "./plan-calendar.ts";

export const PLAN_STATUSES = ["draft", "submitted"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanCounts {
  total: number;
  pending_review: number;
  blocked: number;
  changes_requested: number;
  approved: number;
  rejected: number;
}

export interface PlanSummary {
  id: string;
  author_id: string;
  author_name: string;
  status: PlanStatus;
  industry: string;
  purpose: string;
  tier: string;
  stage: string;
  period: number;
  products: string[];
  start_date: string;
  end_date: string;
  created_at: string;
  submitted_at: string | null;
  counts: PlanCounts;
  /** created_at at full precision, for paging. */
  cursor_at: string;
}

export interface PlanItem {
  day: number;
  date: string;
  weekday: string;
  time: string;
  slot: string;
  channel: string;
  message_type: string | null;
  stage: string;
  product: string | null;
  draft_id: string;
  status: string;
  version: number;
}

export interface PlanDetail extends PlanSummary {
  request: Record<string, unknown>;
  items: PlanItem[];
}

interface PlanRow {
  id: string;
  author_id: string;
  author_name: string;
  status: PlanStatus;
  request: Record<string, unknown> & {
    industry: string;
    period: number;
    products?: string[];
    start_date?: string;
    segment: { tier: string; stage: string; purpose: string };
  };
  created_at: unknown;
  submitted_at: unknown;
  cursor_at: string;
  counts: Partial<PlanCounts> | null;
}

/** Plans with their author's name and item counts by status, for a WHERE clause over `p`. */
export const PLAN_SELECT = `SELECT p.id, p.author_id, a.name AS author_name, p.status, p.request, p.created_at,
  p.submitted_at, p.created_at::text AS cursor_at,
  (SELECT jsonb_build_object('total', count(*),
      'pending_review', count(*) FILTER (WHERE d.status = 'pending_review'),
      'blocked', count(*) FILTER (WHERE d.status = 'blocked'),
      'changes_requested', count(*) FILTER (WHERE d.status = 'changes_requested'),
      'approved', count(*) FILTER (WHERE d.status = 'approved'),
      'rejected', count(*) FILTER (WHERE d.status = 'rejected'))
    FROM drafts d WHERE d.plan_id = p.id) AS counts
  FROM plans p JOIN actors a ON a.id = p.author_id`;

/** PGlite and node-postgres hand back Date objects for timestamptz; the API speaks ISO strings. */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function toPlanSummary(row: PlanRow): PlanSummary {
  const createdAt = isoTime(row.created_at) ?? "";
  const start = startDateOf(row.request, new Date(createdAt));
  const counts = row.counts ?? {};
  return {
    id: row.id,
    author_id: row.author_id,
    author_name: row.author_name,
    status: row.status,
    industry: row.request.industry,
    purpose: row.request.segment.purpose,
    tier: row.request.segment.tier,
    stage: row.request.segment.stage,
    period: row.request.period,
    products: row.request.products ?? [],
    start_date: start,
    end_date: slotTime(start, row.request.period, "moments").date,
    created_at: createdAt,
    submitted_at: isoTime(row.submitted_at),
    counts: {
      total: Number(counts.total ?? 0),
      pending_review: Number(counts.pending_review ?? 0),
      blocked: Number(counts.blocked ?? 0),
      changes_requested: Number(counts.changes_requested ?? 0),
      approved: Number(counts.approved ?? 0),
      rejected: Number(counts.rejected ?? 0),
    },
    cursor_at: row.cursor_at,
  };
}

/**
 * A plan is its author's; people who read every draft see it once it is submitted (a draft plan is the rep's
 * work in progress). Anything else answers 404, as if it did not exist.
 */
export function canSeePlan(actor: Actor, plan: { author_id: string; status: PlanStatus }): boolean {
  return plan.author_id === actor.id || (plan.status === "submitted" && can(actor.role, "drafts:read_all"));
}

async function readPlanRow(db: Queryable, id: string): Promise<PlanRow | undefined> {
  const { rows } = await db.query<PlanRow>(`${PLAN_SELECT} WHERE p.id = $1`, [id]);
  return rows[0];
}

export async function loadVisiblePlan(db: Queryable, actor: Actor, id: string): Promise<PlanDetail> {
  const row = await readPlanRow(db, id);
  if (!row || !canSeePlan(actor, row)) throw new DomainError("not_found", `no plan '${id}'`);
  const summary = toPlanSummary(row);
  const { rows: drafts } = await db.query<{
    id: string;
    plan_day: number;
    plan_slot: string;
    channel: string;
    message_type: string | null;
    stage: string;
    product: string | null;
    status: string;
    version: number;
  }>(
    `SELECT id, plan_day, plan_slot, channel, message_type, stage, product, status, version
     FROM drafts WHERE plan_id = $1`,
    [id],
  );
  const items = drafts
    .map((draft) => ({
      day: draft.plan_day,
      ...slotTime(summary.start_date, draft.plan_day, draft.plan_slot),
      time: SLOT_TIMES[draft.plan_slot] ?? "",
      slot: draft.plan_slot,
      channel: draft.channel,
      message_type: draft.message_type,
      stage: draft.stage,
      product: draft.product,
      draft_id: draft.id,
      status: draft.status,
      version: draft.version,
    }))
    .sort((a, b) => a.day - b.day || compareSlots(a.slot, b.slot));
  return { ...summary, request: row.request, items };
}
