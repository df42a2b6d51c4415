import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";

const HealthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  embedder: z.string(),
});

export function healthRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      summary: "Liveness and database reachability",
      responses: {
        200: { description: "Healthy", content: { "application/json": { schema: HealthSchema } } },
      },
    }),
    async (c) => {
      const context = c.get("context");
      await context.db.query("SELECT 1");
      return c.json(
        HealthSchema.parse({ status: "ok", database: context.db.kind, embedder: context.embedder.id }),
        200,
      );
    },
  );
  return app;
}
