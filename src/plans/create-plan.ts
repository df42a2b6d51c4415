// The plan verb: a plan row, then every scheduled item as a draft through the same pipeline as /v1/generate.
import { randomUUID } from "node:crypto";
import pLimit from "p-limit";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { parseBody } from "../domain/parse-body.ts";
import { chooseFrames } from "../generators/composer/frame-fill.ts";
import { uncovered } from "../generators/coverage.ts";
import { generateDrafts, parseGenerateRequest } from "../generators/generate-drafts.ts";
import { materialFor } from "../generators/material-cache.ts";
import { type PlanRequest, PlanRequestSchema } from "../generators/plan-request.ts";
import { planSchedule } from "../generators/plan-schedule.ts";
import { assignSlots } from "../generators/plan-slots.ts";
import { loadVisiblePlan, type PlanDetail } from "./plan-record.ts";

export function parsePlanRequest(input: unknown): PlanRequest {
  return parseBody(PlanRequestSchema, input);
}

export async function createPlan(context: AppContext, actor: Actor, input: unknown): Promise<PlanDetail> {
  if (!can(actor.role, "drafts:create")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:create'`);
  }
  const request = parsePlanRequest(input);
  const id = `pln_${randomUUID()}`;
  const seed = request.seed ?? id;
  const schedule = planSchedule(request);
  const choices = await assignSlots(schedule, seed, async (entry, stage, slotSeed) => {
    const slotRequest = parseGenerateRequest({ ...entry.request, stage, seed: slotSeed });
    const material = await materialFor(context, slotRequest);
    return chooseFrames({ request: slotRequest, material, avoid: new Set() }, slotSeed, 0).filled.map(
      (filled) => filled.frame.id,
    );
  });
  // Every slot must be groundable before anything is stored: a plan with holes would send hollow days.
  const gaps: string[] = [];
  for (const { entry, stage, seed: slotSeed } of choices) {
    const slotRequest = parseGenerateRequest({ ...entry.request, stage, seed: slotSeed });
    const gap = uncovered(await materialFor(context, slotRequest), slotRequest, slotSeed);
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
    choices.map(({ entry, stage, seed: slotSeed, rotation }) =>
      limit(() =>
        generateDrafts(
          context,
          actor,
          { ...entry.request, stage, seed: slotSeed },
          { planId: id, planDay: entry.day, planSlot: entry.slot, rotation },
        ),
      ),
    ),
  );
  // Read back as GET /v1/plans/{id} shows it: the calendar, statuses and versions the rep works from.
  return loadVisiblePlan(context.db, actor, id);
}
