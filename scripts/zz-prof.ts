import { createApiKey } from "../src/auth/api-keys.ts";
import { createEphemeralContext } from "../src/context.ts";
import { createJob } from "../src/jobs/create-job.ts";
import { getJobProgress } from "../src/jobs/job-progress.ts";
import * as queue from "../src/jobs/queue.ts";
import { JobWorker } from "../src/jobs/worker.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { benchRows } from "./bulk-rows.ts";
const context = await createEphemeralContext({ LIANGYAN_CONTENT_DIR: "content-library" });
await ingestFolder(context, "content-library");
const { actor } = await createApiKey(context.db, { name: "b", role: "ops" });
const { job } = await createJob(context, actor, { source: { kind: "rows" }, rows: benchRows(1000) });
const times: Record<string, number> = {};
const origQuery = context.db.query.bind(context.db);
const origTx = context.db.transaction.bind(context.db);
(context.db as any).query = async (sql: string, params: unknown[]) => {
  const t = performance.now();
  try { return await origQuery(sql, params); } finally { const k = sql.replace(/\s+/g, " ").slice(0, 60); times[k] = (times[k] ?? 0) + performance.now() - t; }
};
(context.db as any).transaction = async (work: any) => {
  const t = performance.now();
  try { return await origTx(work); } finally { times.TX = (times.TX ?? 0) + performance.now() - t; }
};
const worker = new JobWorker(context, { jobId: job.id, ...(process.env.NOOP ? { generate: async () => ({ draftIds: [] }) } : {}) });
const t = performance.now();
await worker.runUntil(async () => (await getJobProgress(context, job.id)).job.status !== "running");
console.log("total", performance.now() - t);
console.log(Object.entries(times).sort((a, b) => b[1] - a[1]).slice(0, 15));
