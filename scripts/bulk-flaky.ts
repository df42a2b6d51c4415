// A bulk job against a local OpenAI-protocol server that fails a share of its calls (429, 500, hangs past the
// timeout, malformed JSON). The job runs with one attempt per item, so failures show; then `retry` rounds run
// the failed items again until none is left. Last line: JSON with the counts after the first pass and at the end.
// Usage: node bin/run.js scripts/bulk-flaky.ts [--n 1000] [--failure-rate 0.3]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApiKey } from "../src/auth/api-keys.ts";
import { createEngine } from "../src/compliance/default-engine.ts";
import { createEphemeralContext } from "../src/context.ts";
import { controlJob } from "../src/jobs/control-job.ts";
import { createJob } from "../src/jobs/create-job.ts";
import { jobCost, loadPriceTable } from "../src/jobs/job-cost.ts";
import { getJobProgress } from "../src/jobs/job-progress.ts";
import { JobWorker } from "../src/jobs/worker.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { startFlakyOpenAI } from "../test/jobs/support/flaky-openai.ts";
import { benchRows, countOutcome } from "./bulk-rows.ts";

const { values } = parseArgs({
  options: { n: { type: "string", default: "1000" }, "failure-rate": { type: "string", default: "0.3" } },
});
const n = Number(values.n);
const flaky = await startFlakyOpenAI({ failureRate: Number(values["failure-rate"]), hangMs: 3_000 });
const base = await createEphemeralContext({
  LIANGYAN_CONTENT_DIR: "content-library",
  LLM_MODEL: "fake-chat",
  LLM_BASE_URL: flaky.baseURL,
  LLM_TIMEOUT_MS: "1000",
  LLM_MAX_RETRIES: "0",
  LLM_CONCURRENCY: "32",
});
// The judge stays offline: the point is the generator's failures, not the judge's.
const context = { ...base, compliance: createEngine() };
const priceDir = mkdtempSync(join(tmpdir(), "liangyan-prices-"));
const pricesFile = join(priceDir, "prices.yaml");
writeFileSync(
  pricesFile,
  "currency: CNY\nmodels:\n  fake-chat: { input_per_million: 2, output_per_million: 8 }\n",
);
try {
  await ingestFolder(context, "content-library");
  const { actor } = await createApiKey(context.db, { name: "flaky ops", role: "ops" });
  const rows = benchRows(n, { channels: [{ channel: "moments" }, { channel: "private" }] });
  const { job } = await createJob(context, actor, { source: { kind: "rows" }, rows, maxAttempts: 1 });
  const run = () =>
    new JobWorker(context, { jobId: job.id, concurrency: 32 }).runUntil(
      async () => (await getJobProgress(context, job.id)).job.status !== "running",
    );
  const started = performance.now();
  await run();
  const first = await getJobProgress(context, job.id);
  const { rows: reasons } = await context.db.query<{ reason: string; n: number }>(
    `SELECT substring(last_error FROM '^ItemGenerationFailed ([a-z_]+)') AS reason, count(*)::int AS n
     FROM job_items WHERE job_id = $1 AND status = 'failed' GROUP BY 1 ORDER BY 2 DESC`,
    [job.id],
  );
  const { rows: withoutReason } = await context.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM job_items WHERE job_id = $1 AND status = 'failed' AND coalesce(last_error, '') = ''",
    [job.id],
  );
  console.error(
    `first pass: ${first.counts.succeeded} drafted, ${first.counts.failed} failed ` +
      `(${reasons.map((r) => `${r.reason} ${r.n}`).join(", ")}); server calls ${flaky.calls}, failures ${JSON.stringify(flaky.failures)}`,
  );
  let rounds = 0;
  let progress = first;
  while (progress.counts.failed > 0 && rounds < 20) {
    rounds++;
    const retried = await controlJob(context, actor, { jobId: job.id, action: "retry" });
    await run();
    progress = await getJobProgress(context, job.id);
    console.error(`retry ${rounds}: ${retried.items} items again, ${progress.counts.failed} still failed`);
  }
  const outcome = await countOutcome(context.db, job.id);
  const cost = await jobCost(context, job.id, loadPriceTable(pricesFile));
  console.log(
    JSON.stringify({
      n,
      failure_rate: Number(values["failure-rate"]),
      first_pass: {
        drafted: first.counts.succeeded,
        failed: first.counts.failed,
        failed_without_reason: withoutReason[0]?.n ?? 0,
        reasons: Object.fromEntries(reasons.map((r) => [r.reason, r.n])),
        accounted: first.counts.succeeded + first.counts.failed === n,
      },
      retry_rounds: rounds,
      final: { drafted: progress.counts.succeeded, failed: progress.counts.failed },
      drafts: outcome.drafts,
      lost: outcome.lost,
      duplicated: outcome.duplicated,
      server: { calls: flaky.calls, failures: flaky.failures },
      tokens: { prompt: cost.prompt_tokens, completion: cost.completion_tokens },
      estimated_cost: cost.estimated_cost,
      currency: cost.currency,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    }),
  );
} finally {
  await context.db.close();
  await flaky.close();
  rmSync(priceDir, { recursive: true, force: true });
}
