import { OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS, INDUSTRIES } from "../../domain/vocabulary.ts";
import { DRAFT_STATUSES } from "../../drafts/draft.ts";
import { listAudit } from "../../review/audit.ts";
import { decideDraft } from "../../review/decide-draft.ts";
import { dismissFinding, MIN_REASON_LENGTH } from "../../review/dismiss-finding.ts";
import { editDraft } from "../../review/edit-draft.ts";
import { renderEvidenceHtml } from "../../review/evidence-html.ts";
import { buildEvidencePack } from "../../review/evidence-pack.ts";
import { REASON_CODES } from "../../review/lifecycle.ts";
import { DRAFT_SORTS, listDrafts } from "../../review/list-drafts.ts";
import { promoteDraft } from "../../review/promote-draft.ts";
import { loadVisibleDraft } from "../../review/visibility.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";
import {
  AuditRowSchema,
  DraftIdParams,
  DraftPageSchema,
  DraftSchema,
  FindingParams,
} from "./draft-schemas.ts";

const statusList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((status) => status.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(DRAFT_STATUSES)));

const ListQuerySchema = z
  .object({
    industry: z.enum(INDUSTRIES).optional(),
    channel: z.enum(CHANNELS).optional(),
    status: statusList.optional().openapi({ type: "string", description: "Comma-separated statuses" }),
    author: z.string().max(200).optional().describe("Author actor id (reviewers and admins)"),
    plan_id: z.string().max(200).optional(),
    job_id: z.string().max(200).optional(),
    sort: z
      .enum(DRAFT_SORTS)
      .default("oldest")
      .describe("oldest first (default), newest first, or riskiest first (blocked, then needs attention)"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).optional(),
  })
  .strict();

const seenVersion = z
  .number()
  .int()
  .min(1)
  .describe("The version you read; 409 naming who changed it and when if the draft moved on");

const EditBodySchema = z
  .object({
    body: z.string().trim().min(1).max(20_000).optional().describe("The edited text"),
    content: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Or the channel's structured content: the text is derived from it (send one, or both agreeing)",
      ),
    version: seenVersion,
    note: z.string().max(2000).optional(),
  })
  .strict();

const ApproveBodySchema = z
  .object({
    version: seenVersion,
    override_reason: z.string().max(2000).optional().describe("Required when the draft has warn findings"),
    note: z.string().max(2000).optional(),
  })
  .strict();

const RejectBodySchema = z
  .object({
    version: seenVersion,
    reason_code: z.enum(REASON_CODES),
    note: z.string().trim().min(1).max(2000),
    phrases: z
      .array(z.string().trim().min(1).max(100))
      .max(20)
      .optional()
      .describe("The offending phrases, quoted"),
  })
  .strict();

const RequestChangesBodySchema = z
  .object({
    version: seenVersion,
    note: z.string().trim().min(1).max(2000),
    reason_code: z.enum(REASON_CODES).optional(),
  })
  .strict();

const DismissBodySchema = z
  .object({
    version: seenVersion,
    reason: z.string().trim().min(MIN_REASON_LENGTH).max(2000).describe("Why the finding is wrong"),
  })
  .strict();

const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const optionalBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: false, content: { "application/json": { schema } } },
});
const requiredBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
const conflict = { 409: { description: "The draft's status does not allow this (problem+json)" } };

export function draftRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/drafts",
      summary: "The review queue (reviewers, admins) or your own drafts (sales, ops), oldest first",
      permission: "drafts:read_own",
      request: { query: ListQuerySchema },
      responses: { 200: { description: "A page of drafts", ...json(DraftPageSchema) } },
    }),
    async (c) => {
      const page = await listDrafts(c.get("context"), c.get("actor"), c.req.valid("query"));
      return c.json(DraftPageSchema.parse(page), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/drafts/{id}",
      summary: "One draft with its findings and sources",
      permission: "drafts:read_own",
      request: { params: DraftIdParams },
      responses: { 200: { description: "The draft", ...json(DraftSchema) } },
    }),
    async (c) => {
      const draft = await loadVisibleDraft(c.get("context").db, c.get("actor"), c.req.valid("param").id);
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "patch",
      path: "/v1/drafts/{id}",
      summary: "Edit an open draft: compliance runs again, the previous version is kept",
      permission: "drafts:edit",
      request: { params: DraftIdParams, ...requiredBody(EditBodySchema) },
      responses: { 200: { description: "The edited draft", ...json(DraftSchema) }, ...conflict },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const draft = await editDraft(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        ...body,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/drafts/{id}/approve",
      summary: "Approve a draft pending review (not your own; no block finding; warn needs override_reason)",
      permission: "drafts:review",
      request: { params: DraftIdParams, ...requiredBody(ApproveBodySchema) },
      responses: {
        200: { description: "The approved draft", ...json(DraftSchema) },
        ...conflict,
        422: { description: "Warn findings without an override_reason" },
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const draft = await decideDraft(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        decision: "approve",
        version: input.version,
        overrideReason: input.override_reason,
        note: input.note,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/drafts/{id}/reject",
      summary: "Reject a draft with a reason code and a note",
      permission: "drafts:review",
      request: { params: DraftIdParams, ...requiredBody(RejectBodySchema) },
      responses: { 200: { description: "The rejected draft", ...json(DraftSchema) }, ...conflict },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const draft = await decideDraft(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        decision: "reject",
        version: body.version,
        reasonCode: body.reason_code,
        note: body.note,
        phrases: body.phrases,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/drafts/{id}/request-changes",
      summary: "Send a draft back to its author with what to change",
      permission: "drafts:review",
      request: { params: DraftIdParams, ...requiredBody(RequestChangesBodySchema) },
      responses: {
        200: { description: "The draft, now changes_requested", ...json(DraftSchema) },
        ...conflict,
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const draft = await decideDraft(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        decision: "request_changes",
        version: body.version,
        reasonCode: body.reason_code,
        note: body.note,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/drafts/{id}/findings/{finding_id}/dismiss",
      summary:
        "Dismiss a finding of the version you read, with a written reason (reviewers who wrote no version of it)",
      permission: "drafts:review",
      request: { params: FindingParams, ...requiredBody(DismissBodySchema) },
      responses: {
        200: {
          description: "The draft; back in review once every block finding is dismissed",
          ...json(DraftSchema),
        },
        404: { description: "No such draft, or no such finding on that version" },
        ...conflict,
      },
    }),
    async (c) => {
      const { id, finding_id } = c.req.valid("param");
      const body = c.req.valid("json");
      const draft = await dismissFinding(c.get("context"), c.get("actor"), {
        id,
        findingId: finding_id,
        version: body.version,
        reason: body.reason,
      });
      return c.json(DraftSchema.parse(draft), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/drafts/{id}/audit",
      summary: "The draft's audit trail, oldest first",
      permission: "drafts:read_own",
      request: { params: DraftIdParams },
      responses: {
        200: { description: "Audit rows", ...json(z.object({ audit: z.array(AuditRowSchema) })) },
      },
    }),
    async (c) => {
      const { db } = c.get("context");
      const draft = await loadVisibleDraft(db, c.get("actor"), c.req.valid("param").id);
      return c.json({ audit: z.array(AuditRowSchema).parse(await listAudit(db, draft.id)) }, 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/drafts/{id}/evidence",
      summary: "The evidence pack of a decided draft (JSON, or ?format=html for a printable page)",
      permission: "drafts:read_own",
      request: {
        params: DraftIdParams,
        query: z.object({ format: z.enum(["json", "html"]).default("json") }).strict(),
      },
      responses: {
        200: {
          description: "The evidence pack",
          content: {
            "application/json": { schema: z.record(z.string(), z.unknown()) },
            "text/html": { schema: z.string() },
          },
        },
        ...conflict,
      },
    }),
    async (c) => {
      const pack = await buildEvidencePack(c.get("context"), c.get("actor"), c.req.valid("param").id);
      if (c.req.valid("query").format === "html") return c.html(renderEvidenceHtml(pack), 200);
      return c.json(pack as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/drafts/{id}/promote",
      summary: "Add an approved draft to the library as approved phrasing",
      permission: "library:write",
      request: {
        params: DraftIdParams,
        ...optionalBody(z.object({ title: z.string().trim().min(1).max(200).optional() }).strict()),
      },
      responses: {
        200: {
          description: "The library item",
          ...json(
            z.object({
              item_id: z.string(),
              version: z.number().int(),
              outcome: z.enum(["added", "updated", "unchanged"]),
            }),
          ),
        },
        ...conflict,
      },
    }),
    async (c) => {
      const body = c.req.valid("json") ?? {};
      const result = await promoteDraft(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        title: body.title,
      });
      return c.json(result, 200);
    },
  );

  return app;
}
