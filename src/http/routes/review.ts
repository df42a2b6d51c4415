import { OpenAPIHono, z } from "@hono/zod-openapi";
import { can, PERMISSIONS } from "../../auth/permissions.ts";
import { auditRows, CSV_COLUMNS, csvLine } from "../../review/export-audit.ts";
import { learningReport } from "../../review/learning-report.ts";
import { chinaDate } from "../../shared/china-time.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";
import { consoleRoutes } from "./console.ts";
import { draftRoutes } from "./drafts.ts";
import { ruleProposalRoutes } from "./rule-proposals.ts";

const MeSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  permissions: z.array(z.string()),
});

const ExportQuerySchema = z
  .object({
    format: z.enum(["jsonl", "csv"]).default("jsonl"),
    since: z.iso.datetime({ offset: true }).optional(),
    until: z.iso.datetime({ offset: true }).optional(),
    draft_id: z.string().max(200).optional(),
  })
  .strict();

/** Everything of the human review: drafts, audit, learning, and the reviewers' console. */
export function reviewRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.route("/", draftRoutes());
  app.route("/", ruleProposalRoutes());
  app.route("/", consoleRoutes());

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/me",
      summary: "Who this key belongs to and what it may do (the console signs in with it)",
      permission: "drafts:read_own",
      responses: { 200: { description: "The actor", content: { "application/json": { schema: MeSchema } } } },
    }),
    (c) => {
      const actor = c.get("actor");
      const permissions = PERMISSIONS.filter((permission) => can(actor.role, permission));
      return c.json(MeSchema.parse({ ...actor, permissions }), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/audit/export",
      summary: "The whole audit trail, streamed as JSON lines or CSV (admin)",
      permission: "audit:export",
      request: { query: ExportQuerySchema },
      responses: {
        200: {
          description: "One audit row per line",
          content: { "application/x-ndjson": { schema: z.string() }, "text/csv": { schema: z.string() } },
        },
      },
    }),
    (c) => {
      const { format, ...filter } = c.req.valid("query");
      const rows = auditRows(c.get("context").db, filter);
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          // The BOM makes spreadsheet programs read the Chinese in the CSV as UTF-8.
          if (format === "csv") controller.enqueue(encoder.encode(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`));
        },
        async pull(controller) {
          const next = await rows.next();
          if (next.done) return controller.close();
          controller.enqueue(
            encoder.encode(format === "csv" ? csvLine(next.value) : `${JSON.stringify(next.value)}\n`),
          );
        },
      });
      const stamp = chinaDate(new Date());
      return c.body(stream, 200, {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename="liangyan-audit-${stamp}.${format}"`,
      }) as never;
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/review/learning",
      summary: "Rejection reasons aggregated, and rule additions proposed from phrases rejected repeatedly",
      permission: "drafts:read_all",
      request: {
        query: z
          .object({
            since: z.iso.datetime({ offset: true }).optional(),
            threshold: z.coerce.number().int().min(1).max(100).default(3),
          })
          .strict(),
      },
      responses: {
        200: {
          description: "The report",
          content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    }),
    async (c) => {
      const report = await learningReport(c.get("context"), c.req.valid("query"));
      return c.json(report as unknown as Record<string, unknown>, 200);
    },
  );

  return app;
}
