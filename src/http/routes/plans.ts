// The rep's plans and their review: create (every item through the generation pipeline), list (keyset-paged),
// read with the calendar, submit.
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { PlanRequestSchema } from "../../generators/plan-request.ts";
import { createPlan } from "../../plans/create-plan.ts";
import { decidePlan } from "../../plans/decide-plan.ts";
import { listPlans } from "../../plans/list-plans.ts";
import { listPlanEvents } from "../../plans/plan-events.ts";
import { loadVisiblePlan, PLAN_STATUSES } from "../../plans/plan-record.ts";
import { regenerateSlot } from "../../plans/regenerate-slot.ts";
import { submitPlan } from "../../plans/submit-plan.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";
import { DraftSchema } from "./draft-schemas.ts";

const CountsSchema = z.object({
  total: z.number().int(),
  pending_review: z.number().int(),
  blocked: z.number().int(),
  changes_requested: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
});

export const PlanSummarySchema = z
  .object({
    id: z.string(),
    author_id: z.string(),
    author_name: z.string(),
    status: z
      .enum(PLAN_STATUSES)
      .describe("draft: the rep's, not in review; submitted: its items are in the queue"),
    industry: z.string(),
    purpose: z.string(),
    tier: z.string(),
    stage: z.string(),
    period: z.number().int(),
    products: z.array(z.string()),
    start_date: z.string().describe("Day 1 of the plan (YYYY-MM-DD, China time)"),
    end_date: z.string(),
    created_at: z.string(),
    submitted_at: z.string().nullable(),
    counts: CountsSchema.describe("Items by review status"),
  })
  .openapi("PlanSummary");

const PlanItemSchema = z.object({
  day: z.number().int(),
  date: z.string().describe("YYYY-MM-DD in China"),
  weekday: z.string(),
  time: z.string().describe("When the slot goes out (HH:MM, China time)"),
  slot: z.string(),
  channel: z.string(),
  message_type: z.string().nullable(),
  stage: z.string(),
  product: z.string().nullable(),
  draft_id: z.string(),
  status: z.string(),
  version: z.number().int(),
});

export const PlanDetailSchema = PlanSummarySchema.extend({
  request: z.record(z.string(), z.unknown()),
  items: z.array(PlanItemSchema),
}).openapi("PlanDetail");

const PlanPageSchema = z.object({
  plans: z.array(PlanSummarySchema),
  next_cursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last"),
});

const PlanEventSchema = z.object({
  id: z.number().int(),
  plan_id: z.string(),
  actor_id: z.string(),
  actor_name: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});

const IdParams = z.object({ id: z.string().min(1).max(100) });

const RegenerateBodySchema = z
  .object({ version: z.number().int().min(1).describe("The version of the item you read") })
  .strict();

const DecideBodySchema = z
  .object({
    items: z
      .array(z.object({ draft_id: z.string().min(1).max(200), version: z.number().int().min(1) }).strict())
      .min(1)
      .max(200)
      .describe("The items to approve, each with the version you read"),
    override_reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe("One written reason covering every listed item that has warnings"),
  })
  .strict();
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export function planRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/plans",
      summary:
        "A 7 or 15 day plan, saved as your draft plan: every item is a draft, in review once you submit the plan",
      permission: "drafts:create",
      request: { body: { required: true, content: { "application/json": { schema: PlanRequestSchema } } } },
      responses: {
        201: {
          description: "The plan with every item's draft id",
          content: { "application/json": { schema: PlanDetailSchema } },
        },
      },
    }),
    async (c) => {
      const plan = await createPlan(c.get("context"), c.get("actor"), c.req.valid("json"));
      return c.json(PlanDetailSchema.parse(plan), 201);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/plans",
      summary:
        "Plans, newest first: your own (drafts and submitted), and everyone's submitted ones for reviewers",
      permission: "drafts:read_own",
      request: {
        query: z
          .object({
            status: z.enum(PLAN_STATUSES).optional(),
            author: z.string().min(1).max(100).optional().describe("Only this author's (reviewers)"),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            cursor: z.string().min(1).max(500).optional(),
          })
          .strict(),
      },
      responses: { 200: json(PlanPageSchema, "A page of plans") },
    }),
    async (c) => {
      const page = await listPlans(c.get("context"), c.get("actor"), c.req.valid("query"));
      return c.json(PlanPageSchema.parse(page), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/plans/{id}",
      summary: "A plan with its calendar: every item's date, weekday, time, slot and review status",
      permission: "drafts:read_own",
      request: { params: IdParams },
      responses: {
        200: json(PlanDetailSchema, "The plan"),
        404: { description: "No such plan (or not yours; a draft plan is its author's only)" },
      },
    }),
    async (c) => {
      const plan = await loadVisiblePlan(c.get("context").db, c.get("actor"), c.req.valid("param").id);
      return c.json(PlanDetailSchema.parse(plan), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/plans/{id}/submit",
      summary: "Submit your draft plan for review: its items enter the reviewers' queue",
      permission: "drafts:create",
      request: { params: IdParams },
      responses: {
        200: json(PlanDetailSchema, "The submitted plan"),
        404: { description: "No such plan (or not yours)" },
        409: { description: "Already submitted (says by whom and when)" },
      },
    }),
    async (c) => {
      const plan = await submitPlan(c.get("context"), c.get("actor"), { id: c.req.valid("param").id });
      return c.json(PlanDetailSchema.parse(plan), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/plans/{id}/items/{draft_id}/regenerate",
      summary:
        "Write one slot of your plan again: the new text is the item's next version, checked like any other",
      permission: "drafts:edit",
      request: {
        params: IdParams.extend({ draft_id: z.string().min(1).max(200) }),
        body: { required: true, content: { "application/json": { schema: RegenerateBodySchema } } },
      },
      responses: {
        200: json(DraftSchema, "The item's draft at its new version"),
        404: { description: "No such plan or item (or not yours)" },
        409: {
          description: "The item is decided, or changed since the version you read (says by whom and when)",
        },
      },
    }),
    async (c) => {
      const { id, draft_id } = c.req.valid("param");
      const draft = await regenerateSlot(c.get("context"), c.get("actor"), {
        planId: id,
        draftId: draft_id,
        version: c.req.valid("json").version,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/plans/{id}/decide",
      summary:
        "Approve items of a submitted plan in one transaction: clean ones as they are, warned ones under one written reason",
      permission: "drafts:review",
      request: {
        params: IdParams,
        body: { required: true, content: { "application/json": { schema: DecideBodySchema } } },
      },
      responses: {
        200: json(z.object({ approved: z.number().int(), plan: PlanDetailSchema }), "How many were approved"),
        404: { description: "No such plan (or not submitted)" },
        409: {
          description: "An item changed or was decided meanwhile: nothing was approved (the item is named)",
        },
        422: { description: "An item has warnings and no override_reason was given: nothing was approved" },
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const result = await decidePlan(c.get("context"), c.get("actor"), {
        planId: c.req.valid("param").id,
        items: body.items,
        overrideReason: body.override_reason,
      });
      return c.json({ approved: result.approved, plan: PlanDetailSchema.parse(result.plan) }, 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/plans/{id}/events",
      summary: "What happened to the plan as a whole: submission, regenerated slots, batch decisions",
      permission: "drafts:read_own",
      request: { params: IdParams },
      responses: { 200: json(z.object({ events: z.array(PlanEventSchema) }), "The plan's events") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const context = c.get("context");
      await loadVisiblePlan(context.db, c.get("actor"), id);
      return c.json({ events: await listPlanEvents(context.db, id) }, 200);
    },
  );

  return app;
}
