import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Metrics } from "../../observability/metrics.ts";
import type { AppEnv } from "../app-env.ts";

const HealthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  embedder: z.string(),
});

const ReadySchema = z.object({
  status: z.enum(["ready", "not_ready"]),
  database: z.enum(["ok", "unreachable"]),
  accepting: z.boolean().describe("false while the process starts or shuts down"),
});

const READY_PROBE_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  metrics?: Metrics | undefined;
  ready?: (() => boolean) | undefined;
  shutdown: AbortSignal;
}

export function healthRoutes(options: HealthOptions) {
  const app = new OpenAPIHono<AppEnv>();
  // Liveness: the process answers. It touches nothing shared, so a busy database does not get the process
  // restarted; whether it should get traffic is /readyz.
  app.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      summary: "Liveness: the process is up and its event loop answers",
      responses: {
        200: { description: "Alive", content: { "application/json": { schema: HealthSchema } } },
      },
    }),
    (c) => {
      const context = c.get("context");
      return c.json(
        HealthSchema.parse({ status: "ok", database: context.db.kind, embedder: context.embedder.id }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      summary:
        "Readiness: the database answers and the process accepts work (503 while starting or draining)",
      responses: {
        200: { description: "Ready", content: { "application/json": { schema: ReadySchema } } },
        503: { description: "Not ready", content: { "application/json": { schema: ReadySchema } } },
      },
    }),
    async (c) => {
      const accepting = !options.shutdown.aborted && (options.ready?.() ?? true);
      let database: "ok" | "unreachable" = "ok";
      try {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          c.get("context").db.query("SELECT 1"),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error("timeout")), READY_PROBE_TIMEOUT_MS);
          }),
        ]).finally(() => clearTimeout(timer));
      } catch {
        database = "unreachable";
      }
      const ready = accepting && database === "ok";
      return c.json(
        ReadySchema.parse({ status: ready ? "ready" : "not_ready", database, accepting }),
        ready ? 200 : 503,
      );
    },
  );

  app.get("/metrics", async (c) => {
    if (!options.metrics) return c.text("metrics are not enabled in this process\n", 404);
    const { contentType, body } = await options.metrics.render();
    return c.body(body, 200, { "content-type": contentType });
  });
  return app;
}
