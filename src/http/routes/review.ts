import { OpenAPIHono, z } from "@hono/zod-openapi";
import { writeAdminAudit } from "../../auth/admin-audit.ts";
import { can, PERMISSIONS } from "../../auth/permissions.ts";
import { safeError } from "../../observability/safe-error.ts";
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
    async (c) => {
      const { format, ...filter } = c.req.valid("query");
      const db = c.get("context").db;
      await writeAdminAudit(db, {
        actor_id: c.get("actor").id,
        action: "audit_exported",
        detail: { format, ...filter },
      });
      const rows = auditRows(db, filter);
      // the first row is read before the answer starts: a query that fails at once is a plain error answer
      let head: Awaited<ReturnType<typeof rows.next>> | undefined = await rows.next();
      const encoder = new TextEncoder();
      const line = (row: Parameters<typeof csvLine>[0]) =>
        encoder.encode(format === "csv" ? csvLine(row) : `${JSON.stringify(row)}\n`);
      const requestId = c.get("requestId");
      const log = c.get("log");
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          // The BOM makes spreadsheet programs read the Chinese in the CSV as UTF-8.
          if (format === "csv") controller.enqueue(encoder.encode(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`));
        },
        async pull(controller) {
          try {
            const next = head ?? (await rows.next());
            head = undefined;
            if (next.done) return controller.close();
            controller.enqueue(line(next.value));
          } catch (error) {
            // mid-stream the status is sent: the export ends with an error record instead of a cut socket
            log?.error({ err: safeError(error) }, "audit export failed mid-stream");
            const problem = {
              error: "internal",
              detail: "the export stopped early; retry",
              request_id: requestId,
            };
            controller.enqueue(
              encoder.encode(
                format === "csv"
                  ? `#error,${problem.detail},${requestId}\r\n`
                  : `${JSON.stringify(problem)}\n`,
              ),
            );
            controller.close();
          }
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
