import { OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiKey } from "../../auth/api-keys.ts";
import { ROLES } from "../../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

const CreateKeySchema = z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) }).strict();
const CreatedKeySchema = z.object({
  actor: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
  key_id: z.string(),
  key: z.string().describe("Shown once; only its hash is stored"),
});

export function keyRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/keys",
      summary: "Create an actor with an API key (admin)",
      permission: "keys:manage",
      request: { body: { required: true, content: { "application/json": { schema: CreateKeySchema } } } },
      responses: {
        201: { description: "Created", content: { "application/json": { schema: CreatedKeySchema } } },
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await createApiKey(c.get("context").db, { ...input, createdBy: c.get("actor").id });
      return c.json(
        CreatedKeySchema.parse({ actor: created.actor, key_id: created.keyId, key: created.key }),
        201,
      );
    },
  );
  return app;
}
