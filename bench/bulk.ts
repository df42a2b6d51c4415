// Items per second of an offline bulk job on the embedded database (file-backed PGlite in a temporary data
// folder): create the job, run one worker to the end, then count drafts per item. Last line: JSON with n,
// items_per_s, lost, duplicated. Usage: npm run bench:bulk [-- --n 10000 --concurrency 8]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchRows, countOutcome } from "../scripts/bulk-rows.ts";
import { createApiKey } from "../src/auth/api-keys.ts";
import { loadConfig } from "../src/config/config.ts";
import { createContext } from "../src/context.ts";
import { createJob } from "../src/jobs/create-job.ts";
import { getJobProgress } from "../src/jobs/job-progress.ts";
import { JobWorker } from "../src/jobs/worker.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "8" },
    memory: { type: "boolean", default: false },
  },
});
const n = Number(values.n);
const dataDir = mkdtempSync(join(tmpdir(), "liangyan-bench-bulk-"));
// Offline: the composer and the offline judge, whatever the shell has configured.
const config = loadConfig({
  LIANGYAN_DATA_DIR: values.memory ? "memory://" : dataDir,
  LIANGYAN_CONTENT_DIR: "content-library",
});
const context = await createContext(config, "bench:bulk");
try {
  const ingest = await ingestFolder(context, config.LIANGYAN_CONTENT_DIR);
  const { actor } = await createApiKey(context.db, { name: "bench ops", role: "ops" });
  const rows = benchRows(n);
  const createdAt = performance.now();
  const { job } = await createJob(context, actor, { source: { kind: "rows" }, rows });
  const createMs = performance.now() - createdAt;
  const worker = new JobWorker(context, { jobId: job.id, concurrency: Number(values.concurrency) });
  const started = performance.now();
  let lastLog = started;
  await worker.runUntil(async () => {
    const progress = await getJobProgress(context, job.id);
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      console.error(`${progress.done}/${n} ${progress.items_per_s}/s`);
    }
    return progress.job.status !== "running";
  });
  const seconds = (performance.now() - started) / 1000;
  const progress = await getJobProgress(context, job.id);
  const outcome = await countOutcome(context.db, job.id);
  console.log(
    `library: ${ingest.added} items; job of ${n} items created in ${Math.round(createMs)} ms; ` +
      `ran in ${seconds.toFixed(1)} s: ${progress.counts.succeeded} succeeded, ${progress.counts.failed} failed`,
  );
  console.log(
    JSON.stringify({
      n,
      items_per_s: Math.round((n / seconds) * 10) / 10,
      seconds: Math.round(seconds * 10) / 10,
      succeeded: progress.counts.succeeded,
      failed: progress.counts.failed,
      drafts: outcome.drafts,
      lost: outcome.lost,
      duplicated: outcome.duplicated,
      database: context.db.kind,
      concurrency: Number(values.concurrency),
    }),
  );
} finally {
  await context.db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
