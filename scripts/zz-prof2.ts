import { createApiKey } from "../src/auth/api-keys.ts";
import { createEphemeralContext } from "../src/context.ts";
import { generateDrafts } from "../src/generators/generate-drafts.ts";
import { createJob } from "../src/jobs/create-job.ts";
import { generateJobItem } from "../src/jobs/generate-item.ts";
import { getJobProgress } from "../src/jobs/job-progress.ts";
import { JobWorker } from "../src/jobs/worker.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { benchRows } from "./bulk-rows.ts";
const context = await createEphemeralContext({ LIANGYAN_CONTENT_DIR: "content-library" });
await ingestFolder(context, "content-library");
const { actor } = await createApiKey(context.db, { name: "b", role: "ops" });
for (const mode of ["direct", "wrapped", "direct", "wrapped"]) {
  for (const conc of [8]) {
  const { job } = await createJob(context, actor, { source: { kind: "rows" }, rows: benchRows(1000).map((r) => ({ ...r, cells: { ...r.cells, seed: `${mode}${conc}${Math.random()}${r.row}` } })) });
  const generate = mode === "direct" ? async (i: any) => ({ draftIds: (await generateDrafts(i.context, i.actor, i.request, { jobId: i.jobId, jobItemKey: i.itemKey })).map((d) => d.id) }) : generateJobItem;
  const worker = new JobWorker(context, { jobId: job.id, generate, concurrency: conc });
  const t = performance.now();
  await worker.runUntil(async () => (await getJobProgress(context, job.id)).job.status !== "running");
  console.log(mode, conc, (1000 / ((performance.now() - t) / 1000)).toFixed(1));
  }
}
