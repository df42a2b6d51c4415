// The log of what happened to a plan as a whole (submitted, a slot regenerated, a batch decision), written in the
// transaction of the change it records; the database refuses to change or delete a row (migrations/0040).
import type { Queryable } from "../db/database.ts";
import { isoTime } from "./plan-record.ts";

export const PLAN_EVENT_ACTIONS = ["submitted", "slot_regenerated", "batch_decided"] as const;
export type PlanEventAction = (typeof PLAN_EVENT_ACTIONS)[number];

export interface PlanEvent {
  plan_id: string;
  actor_id: string;
  action: PlanEventAction;
  detail: Record<string, unknown>;
}

export async function writePlanEvent(tx: Queryable, event: PlanEvent): Promise<void> {
  await tx.query(
    "INSERT INTO plan_events (plan_id, actor_id, action, detail) VALUES ($1, $2, $3, $4::jsonb)",
    [event.plan_id, event.actor_id, event.action, JSON.stringify(event.detail)],
  );
}

export interface PlanEventRow extends PlanEvent {
  id: number;
  actor_name: string;
  at: string;
}

export async function listPlanEvents(db: Queryable, planId: string): Promise<PlanEventRow[]> {
  const { rows } = await db.query<Omit<PlanEventRow, "at" | "id"> & { at: unknown; id: unknown }>(
    `SELECT e.id, e.plan_id, e.actor_id, a.name AS actor_name, e.action, e.detail, e.at
     FROM plan_events e JOIN actors a ON a.id = e.actor_id WHERE e.plan_id = $1 ORDER BY e.id`,
    [planId],
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    at: isoTime(row.at) ?? "",
  }));
}
