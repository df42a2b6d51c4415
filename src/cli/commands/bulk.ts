import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import type { AppContext } from "../../context.ts";
import { DomainError } from "../../domain/errors.ts";
import { controlJob, type JobAction } from "../../jobs/control-job.ts";
import { createJob } from "../../jobs/create-job.ts";
import { ExportFilterSchema, exportApprovedDrafts } from "../../jobs/export-drafts.ts";
import { listJobs, loadVisibleJob } from "../../jobs/job-access.ts";
import { getJobProgress, type JobProgress, listFailedItems } from "../../jobs/job-progress.ts";
import { unknownHeaders } from "../../jobs/job-row.ts";
import { expandMatrix, MatrixSchema } from "../../jobs/matrix.ts";
import { readSheet } from "../../jobs/read-sheet.ts";
import { JobWorker } from "../../jobs/worker.ts";
import { cliActor, listArgument } from "../cli-actor.ts";
import { withContext } from "../with-context.ts";

const integer = (value: string) => Number.parseInt(value, 10);

/** `liangyan bulk` (start a job and run it), `liangyan worker` (run queued jobs), `liangyan jobs ...`. */
export function registerBulk(program: Command): void {
  program
    .command("bulk [sheet]")
    .description(
      "start a bulk job from a spreadsheet (.xlsx or CSV, one request a row) or matrix flags, then run it with a progress bar",
    )
    .option("--industries <list>", "comma separated industry slugs")
    .option("--products <list>", "comma separated product names")
    .option("--stages <list>", "icebreak,interest,decision")
    .option("--tiers <list>", "high_value,regular,price_sensitive")
    .option("--channels <list>", "moments,group,private,sms,outbound")
    .option("--message-types <list>", "group message types crossed with the group channel")
    .option("--scenarios <list>", "scenarios crossed with outbound and sms")
    .option("--variants <n>", "drafts per request (1-10)", integer)
    .option("--benefit <text>")
    .option("--tone <tone>", "relaxed | rigorous")
    .option("--name <name>", "the job's name")
    .option("--skip-invalid", "run the valid rows when some are invalid")
    .option("--max-attempts <n>", "tries per item before it fails (default 3)", integer)
    .option("--concurrency <n>", "items in flight in this process", integer)
    .option("--detach", "only create the job; a running `liangyan serve` or `liangyan worker` runs it")
    .option("--key <key>", "API key to act as (default LIANGYAN_API_KEY)")
    .action(async (sheet: string | undefined, options) => {
      await withContext("bulk", async (context) => {
        const actor = await cliActor(context, options.key);
        let created: Awaited<ReturnType<typeof createJob>>;
        try {
          created = sheet
            ? await createFromSheet(context, actor, sheet, options)
            : await createFromMatrix(context, actor, options);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          for (const fieldError of error.errors) console.error(`${fieldError.field}: ${fieldError.message}`);
          console.error(`error: ${error.detail}`);
          process.exitCode = 2;
          return;
        }
        const { job } = created;
        for (const skipped of created.skipped) console.error(`skipped ${skipped.field}: ${skipped.message}`);
        if (created.ignored_columns.length > 0)
          console.error(`ignored columns: ${created.ignored_columns.join(", ")}`);
        console.error(
          `job ${job.id}: ${job.items_total} items from ${job.rows_total} rows` +
            (job.rows_deduplicated ? ` (${job.rows_deduplicated} identical rows folded)` : "") +
            ` with ${job.provider}`,
        );
        if (!options.detach) await runWithProgress(context, job.id, options.concurrency);
        const progress = await getJobProgress(context, job.id);
        console.log(JSON.stringify(summary(progress)));
        if (progress.counts.failed > 0) process.exitCode = 1;
      });
    });

  program
    .command("worker")
    .description(
      "run queued job items of this provider (embedded database: alone; DATABASE_URL: alongside any number of workers)",
    )
    .option("--job <id>", "only this job, with a progress bar; ends when it stops")
    .option("--until-idle", "end when no job of this provider has work left")
    .option("--concurrency <n>", "items in flight in this process", integer)
    .action(async (options: { job?: string; untilIdle?: boolean; concurrency?: number }) => {
      await withContext("worker", async (context) => {
        if (options.job) {
          await runWithProgress(context, options.job, options.concurrency);
          console.log(JSON.stringify(summary(await getJobProgress(context, options.job))));
          return;
        }
        const worker = new JobWorker(context, { concurrency: options.concurrency, log: console.error });
        console.error(
          `worker ${worker.id} serving ${context.generator.kind === "llm" ? context.generator.model : "composer"}`,
        );
        if (options.untilIdle) {
          await worker.runUntil(() => noWorkLeft(context));
        } else {
          const stop = () => void worker.stop();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
          await worker.runUntil(async () => false);
        }
        console.log(JSON.stringify({ worker: worker.id, ...worker.stats }));
      });
    });

  const jobs = program
    .command("jobs")
    .description("bulk jobs: list, show, cancel, resume, retry, failed, export");

  jobs
    .command("list")
    .description("your jobs, newest first")
    .option("--key <key>")
    .action(async (options: { key?: string }) => {
      await withContext("jobs list", async (context) => {
        const { jobs } = await listJobs(context, await cliActor(context, options.key));
        for (const job of jobs)
          console.log(
            `${job.id}  ${job.status.padEnd(9)}  ${job.items_total} items  ${job.created_at}  ${job.name ?? ""}`,
          );
      });
    });

  jobs
    .command("show <id>")
    .description("a job's progress as JSON (counts by state, rate, ETA, drafts, token usage and cost)")
    .option("--key <key>")
    .action(async (id: string, options: { key?: string }) => {
      await withContext("jobs show", async (context) => {
        await loadVisibleJob(context, await cliActor(context, options.key), id);
        console.log(JSON.stringify(await getJobProgress(context, id), null, 2));
      });
    });

  for (const action of ["cancel", "resume", "retry"] as const satisfies readonly JobAction[]) {
    jobs
      .command(`${action} <id>`)
      .description(
        {
          cancel: "cancel the queued items of a running job",
          resume: "queue the cancelled items again and run them here",
          retry: "queue the failed items again with fresh attempts and run them here",
        }[action],
      )
      .option("--detach", "only change the job; a running serve or worker does the work")
      .option("--concurrency <n>", "items in flight in this process", integer)
      .option("--key <key>")
      .action(async (id: string, options: { key?: string; detach?: boolean; concurrency?: number }) => {
        await withContext(`jobs ${action}`, async (context) => {
          const result = await controlJob(context, await cliActor(context, options.key), {
            jobId: id,
            action,
          });
          console.error(`${action}: ${result.items} items; job ${id} is ${result.job.status}`);
          if (action !== "cancel" && !options.detach) await runWithProgress(context, id, options.concurrency);
          const progress = await getJobProgress(context, id);
          console.log(JSON.stringify(summary(progress)));
          if (progress.counts.failed > 0) process.exitCode = 1;
        });
      });
  }

  jobs
    .command("failed <id>")
    .description("the failed items of a job: source rows, attempts, reason")
    .option("--key <key>")
    .action(async (id: string, options: { key?: string }) => {
      await withContext("jobs failed", async (context) => {
        await loadVisibleJob(context, await cliActor(context, options.key), id);
        for (const item of await listFailedItems(context, id, 1000))
          console.log(
            `rows ${item.source_rows.join(",")}  attempts ${item.attempts}  ${item.last_error ?? ""}`,
          );
      });
    });

  jobs
    .command("export [id]")
    .description("approved drafts of a job (or by filter) as .xlsx or CSV")
    .option("--format <format>", "xlsx | csv (default: from --out, else xlsx)")
    .option("--headers <lang>", "en | zh", "en")
    .option("--out <file>", "where to write (default: the suggested file name)")
    .option("--industry <industry>")
    .option("--channel <channel>")
    .option("--stage <stage>")
    .option("--tier <tier>")
    .option("--product <product>")
    .option("--approved-from <date>")
    .option("--approved-to <date>")
    .option("--key <key>")
    .action(async (id: string | undefined, options) => {
      const format =
        options.format ??
        (String(options.out ?? "")
          .toLowerCase()
          .endsWith(".csv")
          ? "csv"
          : "xlsx");
      const parsed = ExportFilterSchema.safeParse(
        Object.fromEntries(
          Object.entries({
            job_id: id,
            format,
            headers: options.headers,
            industry: options.industry,
            channel: options.channel,
            stage: options.stage,
            tier: options.tier,
            product: options.product,
            approved_from: options.approvedFrom,
            approved_to: options.approvedTo,
          }).filter(([, value]) => value !== undefined),
        ),
      );
      if (!parsed.success) {
        for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
        process.exitCode = 2;
        return;
      }
      await withContext("jobs export", async (context) => {
        const file = await exportApprovedDrafts(context, await cliActor(context, options.key), parsed.data);
        const out = options.out ?? file.filename;
        await writeFile(out, file.body);
        console.error(`wrote ${file.rows} approved drafts to ${out}`);
      });
    });
}

async function createFromSheet(
  context: AppContext,
  actor: Parameters<typeof createJob>[1],
  path: string,
  options: Record<string, unknown>,
) {
  const sheet = await readSheet(path, await readFile(path));
  return createJob(context, actor, {
    name: (options.name as string | undefined) ?? basename(path),
    source: { kind: "file", filename: basename(path) },
    rows: sheet.rows,
    skipInvalid: Boolean(options.skipInvalid),
    maxAttempts: options.maxAttempts as number | undefined,
    ignoredColumns: unknownHeaders(sheet.headers),
  });
}

async function createFromMatrix(
  context: AppContext,
  actor: Parameters<typeof createJob>[1],
  options: Record<string, unknown>,
) {
  const given = (name: string) => listArgument(options[name] as string | undefined);
  const parsed = MatrixSchema.safeParse(
    Object.fromEntries(
      Object.entries({
        industries: given("industries"),
        products: given("products"),
        stages: given("stages"),
        tiers: given("tiers"),
        channels: given("channels"),
        message_types: given("messageTypes"),
        scenarios: given("scenarios"),
        variants: options.variants,
        benefit: options.benefit,
        persona: options.tone ? { tone: options.tone } : undefined,
      }).filter(([, value]) => value !== undefined),
    ),
  );
  if (!parsed.success) {
    const flag = (path: PropertyKey[]) => `--${String(path[0] ?? "").replaceAll("_", "-")}`;
    throw new DomainError(
      "invalid_request",
      "give a spreadsheet, or --industries, --stages, --tiers and --channels",
      parsed.error.issues.map((issue) => ({ in: "flag", field: flag(issue.path), message: issue.message })),
    );
  }
  return createJob(context, actor, {
    name: options.name as string | undefined,
    source: { kind: "matrix", matrix: parsed.data },
    rows: expandMatrix(parsed.data),
    skipInvalid: Boolean(options.skipInvalid),
    maxAttempts: options.maxAttempts as number | undefined,
  });
}

/** Works on one job in this process until it stops (completed or cancelled), drawing progress on stderr. */
export async function runWithProgress(
  context: AppContext,
  jobId: string,
  concurrency?: number,
): Promise<void> {
  const worker = new JobWorker(context, { jobId, concurrency, log: console.error });
  const bar = progressBar(process.stderr);
  let stopping = false;
  const interrupt = () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error("\nstopping after the items in flight (again to quit at once; the job resumes later)");
    void worker.stop();
  };
  process.on("SIGINT", interrupt);
  const timer = setInterval(() => {
    getJobProgress(context, jobId)
      .then(bar.draw)
      .catch(() => {});
  }, 500);
  try {
    await worker.runUntil(async () => (await getJobProgress(context, jobId)).job.status !== "running");
  } finally {
    clearInterval(timer);
    process.off("SIGINT", interrupt);
  }
  bar.draw(await getJobProgress(context, jobId));
  bar.end();
}

/** A one-line bar redrawn in place on a terminal; elsewhere a line every 5% so logs stay short. */
function progressBar(stream: NodeJS.WriteStream) {
  let lastStep = -1;
  return {
    draw(progress: JobProgress) {
      const total = progress.job.items_total || 1;
      const done = progress.counts.succeeded + progress.counts.failed + progress.counts.cancelled;
      const share = Math.min(1, done / total);
      const width = 30;
      const filled = Math.round(share * width);
      const eta = progress.eta_s === null ? "?" : `${progress.eta_s}s`;
      const line =
        `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(share * 100).toFixed(1).padStart(5)}% ` +
        `${done}/${progress.job.items_total} ok ${progress.counts.succeeded} failed ${progress.counts.failed} ` +
        `${progress.items_per_s}/s ETA ${eta}`;
      if (stream.isTTY) stream.write(`\r${line}\x1b[K`);
      else {
        const step = Math.floor(share * 20);
        if (step !== lastStep) {
          lastStep = step;
          stream.write(`${line}\n`);
        }
      }
    },
    end() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}

function summary(progress: JobProgress) {
  return {
    job: progress.job.id,
    status: progress.job.status,
    items: progress.job.items_total,
    ...progress.counts,
    drafts: progress.drafts,
    prompt_tokens: progress.cost.prompt_tokens,
    completion_tokens: progress.cost.completion_tokens,
    estimated_cost: progress.cost.estimated_cost,
    currency: progress.cost.currency,
  };
}

async function noWorkLeft(context: AppContext): Promise<boolean> {
  const { rows } = await context.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM job_items i JOIN jobs j ON j.id = i.job_id
     WHERE j.status = 'running' AND i.status IN ('queued', 'running')`,
  );
  return (rows[0]?.n ?? 0) === 0;
}
