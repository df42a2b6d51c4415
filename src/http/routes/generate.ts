import { OpenAPIHono, z } from "@hono/zod-openapi";
import { generateDrafts } from "../../generators/generate-drafts.ts";
import { GenerateRequestSchema } from "../../generators/generate-request.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

// What a generated draft looks like on the wire; checked before it is sent (the handler validates its output).
const DraftOutSchema = z
  .object({
    id: z.string(),
    status: z.enum(["pending_review", "blocked", "approved", "rejected", "changes_requested"]),
    channel: z.string(),
    industry: z.string(),
    stage: z.string(),
    tier: z.string(),
    content: z.record(z.string(), z.unknown()),
    body: z.string(),
    citations: z.array(z.object({ item_id: z.string(), item_version: z.number(), claim: z.string() })),
    sources: z.array(z.record(z.string(), z.unknown())),
    verdict: z.object({ verdict: z.enum(["pass", "needs_attention", "block"]) }).passthrough(),
    grounding: z.object({ grounded: z.boolean() }).passthrough(),
    generator: z.object({
      kind: z.enum(["llm", "composer"]),
      name: z.string(),
      model: z.string().nullable(),
      prompt_version: z.string(),
      ai_generated: z.literal(true),
      ai_label: z.boolean(),
    }),
    usage: z.record(z.string(), z.number()).nullable(),
    timings: z.record(z.string(), z.number()).nullable(),
    steps: z.array(z.object({ step: z.string(), outcome: z.string() }).passthrough()),
  })
  .passthrough();

const GenerateResponseSchema = z.object({ drafts: z.array(DraftOutSchema) });

export function generateRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/generate",
      summary: "Generate grounded drafts for one channel and segment; each is stored for review",
      permission: "drafts:create",
      request: {
        body: { required: true, content: { "application/json": { schema: GenerateRequestSchema } } },
      },
      responses: {
        201: {
          description: "The stored drafts: pending_review, or blocked with findings",
          content: { "application/json": { schema: GenerateResponseSchema } },
        },
      },
    }),
    async (c) => {
      const drafts = await generateDrafts(c.get("context"), c.get("actor"), c.req.valid("json"));
      return c.json(GenerateResponseSchema.parse({ drafts }), 201);
    },
  );

  return app;
}
