import { OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { DomainError } from "../../domain/errors.ts";
import { controlJob, type JobAction } from "../../jobs/control-job.ts";
import { createJob } from "../../jobs/create-job.ts";
import { ExportFilterSchema, exportApprovedDrafts } from "../../jobs/export-drafts.ts";
import { listJobs, loadVisibleJob } from "../../jobs/job-access.ts";
import { getJobProgress, listFailedItems } from "../../jobs/job-progress.ts";
import { unknownHeaders } from "../../jobs/job-row.ts";
import { expandMatrix, matrixSize } from "../../jobs/matrix.ts";
import { readSheet, SheetError } from "../../jobs/read-sheet.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";
import {
  CreatedSchema,
  FormJobSchema,
  JobSchema,
  JsonJobSchema,
  MAX_ROWS,
  ProgressSchema,
} from "./job-schemas.ts";

const IdParam = z.object({ id: z.string().min(1).max(100) });

const jsonOf = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export function jobRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/jobs",
      summary:
        "Start a bulk job over a matrix (JSON) or a spreadsheet (multipart .xlsx / CSV); every row is validated first",
      permission: "jobs:manage",
      request: {
        body: {
          // Each content type is validated when it is the one sent (required: true would run both validators).
          required: false,
          content: {
            "application/json": { schema: JsonJobSchema },
            "multipart/form-data": { schema: FormJobSchema },
          },
        },
      },
      responses: {
        201: jsonOf(CreatedSchema, "The job, started"),
        422: { description: "Invalid rows (each named by row and column), or no rows" },
      },
    }),
    async (c) => {
      const context = c.get("context");
      const actor = c.get("actor");
      const isForm = (c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
      let created: Awaited<ReturnType<typeof createJob>>;
      if (isForm) {
        const form = c.req.valid("form" as never) as z.output<typeof FormJobSchema>;
        const file = form.file as unknown;
        if (!(file instanceof File)) {
          throw new DomainError("invalid_request", "attach the spreadsheet as the form field 'file'", [
            { in: "body", field: "file", message: "expected a file" },
          ]);
        }
        let sheet: Awaited<ReturnType<typeof readSheet>>;
        try {
          sheet = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
        } catch (error) {
          if (error instanceof SheetError)
            throw new DomainError("unprocessable", error.message, [
              { in: "body", field: "file", message: error.message },
            ]);
          throw error;
        }
        created = await createJob(context, actor, {
          name: form.name ?? file.name,
          source: { kind: "file", filename: file.name },
          rows: sheet.rows,
          skipInvalid: form.skip_invalid === "true",
          maxAttempts: form.max_attempts,
          ignoredColumns: unknownHeaders(sheet.headers),
        });
      } else {
        const body = c.req.valid("json" as never) as z.output<typeof JsonJobSchema> | undefined;
        if (!body)
          throw new DomainError(
            "invalid_request",
            "send a JSON body with matrix or rows, or a multipart spreadsheet",
            [{ in: "body", field: "(root)", message: "required" }],
          );
        if (body.matrix && matrixSize(body.matrix) > MAX_ROWS)
          throw new DomainError(
            "unprocessable",
            `the matrix expands to ${matrixSize(body.matrix)} rows; a job takes at most ${MAX_ROWS}`,
          );
        const rows = body.matrix
          ? expandMatrix(body.matrix)
          : (body.rows ?? []).map((cells, index) => ({ row: index + 1, cells }));
        created = await createJob(context, actor, {
          name: body.name,
          source: body.matrix ? { kind: "matrix", matrix: body.matrix } : { kind: "rows" },
          rows,
          skipInvalid: body.skip_invalid,
          maxAttempts: body.max_attempts,
          ignoredColumns: body.rows
            ? unknownHeaders([...new Set(body.rows.flatMap((row) => Object.keys(row)))])
            : [],
        });
      }
      c.header("location", `/v1/jobs/${created.job.id}`);
      return c.json(CreatedSchema.parse(created), 201);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/jobs",
      summary: "Your jobs, newest first, keyset-paged (an admin sees everyone's)",
      permission: "jobs:manage",
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().min(1).max(500).optional().describe("next_cursor of the previous page"),
        }),
      },
      responses: {
        200: jsonOf(z.object({ jobs: z.array(JobSchema), next_cursor: z.string().nullable() }), "Jobs"),
      },
    }),
    async (c) => {
      const page = await listJobs(c.get("context"), c.get("actor"), c.req.valid("query"));
      return c.json(
        { jobs: page.jobs.map((job) => JobSchema.parse(job)), next_cursor: page.next_cursor },
        200,
      );
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/jobs/{id}",
      summary: "A job's progress: items by state, drafts, rate, ETA, token usage and estimated cost",
      permission: "jobs:manage",
      request: { params: IdParam },
      responses: { 200: jsonOf(ProgressSchema, "Progress") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadVisibleJob(c.get("context"), c.get("actor"), id);
      return c.json(ProgressSchema.parse(await getJobProgress(c.get("context"), id)), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/jobs/{id}/events",
      summary: "Progress as server-sent events: `progress` while it changes, then `end` when the job stops",
      permission: "jobs:manage",
      request: {
        params: IdParam,
        query: z.object({ interval_ms: z.coerce.number().int().min(100).max(10_000).default(1000) }),
      },
      responses: {
        200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { interval_ms: interval } = c.req.valid("query");
      const context = c.get("context");
      await loadVisibleJob(context, c.get("actor"), id);
      const shutdown = c.get("shutdown");
      return streamSSE(c, async (stream) => {
        let last = "";
        let sequence = 0;
        while (!stream.aborted) {
          if (shutdown?.aborted) {
            // the server is stopping: say so, so the client reconnects elsewhere instead of seeing a cut
            await stream.writeSSE({ event: "end", data: JSON.stringify({ status: "server_stopping" }) });
            break;
          }
          const progress = ProgressSchema.parse(await getJobProgress(context, id));
          const data = JSON.stringify(progress);
          const stopped = progress.job.status !== "running";
          if (data !== last) {
            await stream.writeSSE({ event: "progress", data, id: String(++sequence) });
            last = data;
          }
          if (stopped) {
            await stream.writeSSE({ event: "end", data: JSON.stringify({ status: progress.job.status }) });
            break;
          }
          await sleepUnlessAborted(interval, shutdown);
        }
      });
    },
  );

  for (const action of ["cancel", "resume", "retry"] as const satisfies readonly JobAction[]) {
    const summaries: Record<JobAction, string> = {
      cancel: "Cancel a running job: queued items are cancelled, items in flight finish",
      resume: "Resume a cancelled job: its cancelled items are queued again",
      retry: "Retry the failed items of a job with fresh attempts",
    };
    app.openapi(
      authorizedRoute({
        method: "post",
        path: `/v1/jobs/{id}/${action}`,
        summary: summaries[action],
        permission: "jobs:manage",
        request: { params: IdParam },
        responses: {
          200: jsonOf(
            z.object({ job: JobSchema, items: z.number().int() }),
            "The job and how many items changed",
          ),
          409: { description: "The job is not in a state that allows this" },
        },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const result = await controlJob(c.get("context"), c.get("actor"), { jobId: id, action });
        return c.json({ job: JobSchema.parse(result.job), items: result.items }, 200);
      },
    );
  }

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/jobs/{id}/failed",
      summary: "The failed items of a job, each with its source rows, attempts and last error",
      permission: "jobs:manage",
      request: {
        params: IdParam,
        query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                source_rows: z.array(z.number().int()),
                attempts: z.number().int(),
                last_error: z.string().nullable(),
              }),
            ),
          }),
          "Failed items",
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadVisibleJob(c.get("context"), c.get("actor"), id);
      const items = await listFailedItems(c.get("context"), id, c.req.valid("query").limit);
      return c.json({ items }, 200);
    },
  );

  const fileResponse = {
    200: {
      description: "The spreadsheet (.xlsx) or CSV (UTF-8 with BOM)",
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
          schema: z.string().openapi({ format: "binary" }),
        },
        "text/csv": { schema: z.string() },
      },
    },
  };

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/jobs/{id}/export",
      summary: "The approved drafts of a job as .xlsx or CSV",
      permission: "jobs:manage",
      request: { params: IdParam, query: ExportFilterSchema.omit({ job_id: true }) },
      responses: fileResponse,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const file = await exportApprovedDrafts(c.get("context"), c.get("actor"), {
        ...c.req.valid("query"),
        job_id: id,
      });
      return fileBody(file);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/exports/approved",
      summary:
        "Approved drafts by filter (job, industry, channel, stage, tier, product, approval dates) as .xlsx or CSV",
      permission: "jobs:manage",
      request: { query: ExportFilterSchema },
      responses: fileResponse,
    }),
    async (c) => fileBody(await exportApprovedDrafts(c.get("context"), c.get("actor"), c.req.valid("query"))),
  );

  return app;
}

function fileBody(file: { filename: string; contentType: string; body: Uint8Array; rows: number }): Response {
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "x-rows": String(file.rows),
    },
  }) as never;
}

/** Waits, but wakes at once when the server starts stopping. */
function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
