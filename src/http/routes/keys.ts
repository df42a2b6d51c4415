import { OpenAPIHono, z } from "@hono/zod-openapi";
import { listAdminAudit } from "../../auth/admin-audit.ts";
import {
  createApiKey,
  type KeyRecord,
  listKeys,
  MAX_ROTATION_GRACE_SECONDS,
  revokeKey,
  rotateKey,
} from "../../auth/api-keys.ts";
import { ROLES } from "../../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

const futureTime = z.iso
  .datetime({ offset: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), "not a real date and time")
  .transform((value) => new Date(value));

const CreateKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    expires_at: futureTime.optional().describe("When the key stops working (ISO 8601); none: until revoked"),
  })
  .strict();
const ActorSchema = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) });
const CreatedKeySchema = z.object({
  actor: ActorSchema,
  key_id: z.string(),
  key: z.string().describe("Shown once; only its hash is stored"),
  expires_at: z.string().nullable(),
});
const KeySchema = z
  .object({
    id: z.string(),
    prefix: z.string().describe("The key's first characters, to tell keys apart"),
    actor: ActorSchema,
    created_at: z.string(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
    replaced_by: z.string().nullable().describe("The key that replaced this one in a rotation"),
    state: z.enum(["active", "revoked", "expired"]),
  })
  .openapi("ApiKey");
const KeyIdParam = z.object({ id: z.string().min(1).max(100) });
const RevokeSchema = z.object({ reason: z.string().trim().max(500).optional() }).strict();
const RotateSchema = z
  .object({
    grace_seconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_ROTATION_GRACE_SECONDS)
      .default(86_400)
      .describe("How long the old key keeps working (default one day; 0: it stops now)"),
    expires_at: futureTime.optional().describe("Expiry of the new key; none: until revoked"),
  })
  .strict();
const RotatedSchema = z.object({
  key_id: z.string(),
  key: z.string().describe("Shown once"),
  key_record: KeySchema,
  previous: KeySchema.describe("The old key, now ending when its grace period does"),
});
const AuditRowSchema = z.object({
  id: z.number().int(),
  actor_id: z.string().nullable().describe("null: the system (first start, CLI with database access)"),
  action: z.string(),
  subject_actor_id: z.string().nullable(),
  key_id: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const keyOut = (record: KeyRecord) => KeySchema.parse(record);

export function keyRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/keys",
      summary: "Create an actor with an API key, optionally expiring (admin; audited)",
      permission: "keys:manage",
      request: { body: { required: true, content: { "application/json": { schema: CreateKeySchema } } } },
      responses: { 201: json(CreatedKeySchema, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await createApiKey(c.get("context").db, input, { actor: c.get("actor") });
      return c.json(
        CreatedKeySchema.parse({
          actor: created.actor,
          key_id: created.keyId,
          key: created.key,
          expires_at: created.expiresAt,
        }),
        201,
      );
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/keys",
      summary: "Every key: whose, its prefix, and whether it is active, revoked or expired (admin)",
      permission: "keys:manage",
      responses: { 200: json(z.object({ keys: z.array(KeySchema) }), "The keys") },
    }),
    async (c) => {
      const keys = await listKeys(c.get("context").db, { actor: c.get("actor") });
      return c.json({ keys: keys.map(keyOut) }, 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/keys/{id}/revoke",
      summary: "Revoke a key: it gets 401 from the next request on (admin; audited)",
      permission: "keys:manage",
      request: {
        params: KeyIdParam,
        body: { required: false, content: { "application/json": { schema: RevokeSchema } } },
      },
      responses: {
        200: json(KeySchema, "The revoked key"),
        404: { description: "No such key" },
        409: { description: "Already revoked (the answer says when)" },
      },
    }),
    async (c) => {
      const body = c.req.valid("json") ?? {};
      const record = await revokeKey(
        c.get("context").db,
        c.req.valid("param").id,
        { actor: c.get("actor") },
        body.reason,
      );
      return c.json(keyOut(record), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/keys/{id}/rotate",
      summary: "A new key for the same actor; the old one keeps working for a grace period (admin; audited)",
      permission: "keys:manage",
      request: {
        params: KeyIdParam,
        body: { required: false, content: { "application/json": { schema: RotateSchema } } },
      },
      responses: {
        201: json(RotatedSchema, "The new key (shown once) and the old one's new end"),
        404: { description: "No such key" },
        409: { description: "The key is revoked or expired" },
      },
    }),
    async (c) => {
      // with no body the validator hands over {} without defaults
      const input = c.req.valid("json") as Partial<z.output<typeof RotateSchema>> | undefined;
      const body = { grace_seconds: input?.grace_seconds ?? 86_400, expires_at: input?.expires_at };
      const rotated = await rotateKey(
        c.get("context").db,
        c.req.valid("param").id,
        { actor: c.get("actor") },
        {
          graceSeconds: body.grace_seconds,
          expiresAt: body.expires_at,
        },
      );
      return c.json(
        RotatedSchema.parse({
          key_id: rotated.keyId,
          key: rotated.key,
          key_record: rotated.record,
          previous: rotated.previous,
        }),
        201,
      );
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/keys/audit",
      summary: "The administrative audit trail: key creation, revocation, rotation, audit exports (admin)",
      permission: "keys:manage",
      request: {
        query: z
          .object({
            actor_id: z.string().max(100).optional().describe("only rows about this actor's keys"),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          })
          .strict(),
      },
      responses: { 200: json(z.object({ rows: z.array(AuditRowSchema) }), "Newest first") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listAdminAudit(c.get("context").db, {
        subject_actor_id: query.actor_id,
        limit: query.limit,
      });
      return c.json({ rows: rows.map((row) => AuditRowSchema.parse(row)) }, 200);
    },
  );
  return app;
}
