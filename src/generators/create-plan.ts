// The plan verb: a plan row, then every scheduled item as a draft through the same pipeline as /v1/generate.
import { randomUUID } from "node:crypto";
import pLimit from "p-limit";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { uncovered } from "./coverage.ts";
import { generateDrafts, parseGenerateRequest } from "./generate-drafts.ts";
import { materialFor } from "./material-cache.ts";
import { type PlanRequest, PlanRequestSchema } from "./plan-request.ts";
import { planSchedule } from "./plan-schedule.ts";

export interface PlanItem {
  day: number;
  slot: string;
  channel: string;
  message_type: string | null;
  stage: string;
  product: string | null;
  draft_id: string;
  status: string;
}

export interface Plan {
  id: string;
  author_id: string;
  request: PlanRequest;
  created_at: string;
  items: PlanItem[];
}

export function parsePlanRequest(input: unknown): PlanRequest {
  const parsed = PlanRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    in: "body",
    field: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  throw new DomainError("invalid_request", errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
}

export async function createPlan(context: AppContext, actor: Actor, input: unknown): Promise<Plan> {
  if (!can(actor.role, "drafts:create")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:create'`);
  }
  const request = parsePlanRequest(input);
  const id = `pln_${randomUUID()}`;
  const seed = request.seed ?? id;
  const schedule = planSchedule(request);
  // Every slot must be groundable before anything is stored: a plan with holes would send hollow days.
  const gaps: string[] = [];
  for (const entry of schedule) {
    const slotRequest = parseGenerateRequest({
      ...entry.request,
      seed: `${seed}|${entry.day}|${entry.slot}`,
    });
    const gap = uncovered(await materialFor(context, slotRequest), slotRequest, slotRequest.seed ?? "");
    if (gap) gaps.push(`day ${entry.day} ${entry.slot}: ${gap.detail}`);
  }
  if (gaps.length > 0) {
    throw new DomainError(
      "unprocessable",
      `the plan cannot be grounded: ${[...new Set(gaps)].slice(0, 5).join(" | ")}`,
      [],
      {
        slots: gaps.length,
      },
    );
  }
  await context.db.query("INSERT INTO plans (id, author_id, request) VALUES ($1, $2, $3::jsonb)", [
    id,
    actor.id,
    JSON.stringify({ ...request, seed }),
  ]);
  // Items are independent drafts; a few at a time keeps a model's concurrency limit busy without flooding it.
  const limit = pLimit(8);
  await Promise.all(
    schedule.map((entry) =>
      limit(() =>
        generateDrafts(
          context,
          actor,
          { ...entry.request, seed: `${seed}|${entry.day}|${entry.slot}` },
          { planId: id, planDay: entry.day, planSlot: entry.slot },
        ),
      ),
    ),
  );
  const plan = await getPlan(context, actor, id);
  if (!plan) throw new DomainError("internal", "the plan was stored but could not be read back");
  return plan;
}

const SLOT_ORDER = ["moments", "group_09:00", "private", "group_20:00"];

/** A plan with its items; another author's plan is invisible (null) unless the actor reads all drafts. */
export async function getPlan(context: AppContext, actor: Actor, id: string): Promise<Plan | null> {
  const { rows } = await context.db.query<{
    id: string;
    author_id: string;
    request: PlanRequest;
    created_at: string;
  }>("SELECT id, author_id, request, created_at::text AS created_at FROM plans WHERE id = $1", [id]);
  const plan = rows[0];
  if (!plan || (plan.author_id !== actor.id && !can(actor.role, "drafts:read_all"))) return null;
  const { rows: drafts } = await context.db.query<{
    id: string;
    plan_day: number;
    plan_slot: string;
    channel: string;
    message_type: string | null;
    stage: string;
    product: string | null;
    status: string;
  }>(
    "SELECT id, plan_day, plan_slot, channel, message_type, stage, product, status FROM drafts WHERE plan_id = $1",
    [id],
  );
  const items = drafts
    .map((draft) => ({
      day: draft.plan_day,
      slot: draft.plan_slot,
      channel: draft.channel,
      message_type: draft.message_type,
      stage: draft.stage,
      product: draft.product,
      draft_id: draft.id,
      status: draft.status,
    }))
    .sort((a, b) => a.day - b.day || SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot));
  return { ...plan, items };
}
