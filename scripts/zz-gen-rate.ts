import pLimit from "p-limit";
import { createApiKey } from "/work/main/src/auth/api-keys.ts";
import { createEphemeralContext } from "/work/main/src/context.ts";
import { generateDrafts } from "/work/main/src/generators/generate-drafts.ts";
import { ingestFolder } from "/work/main/src/rag/ingest-folder.ts";
import { validateRows } from "/work/main/src/jobs/job-row.ts";
import { benchRows } from "/work/main/scripts/bulk-rows.ts";
const context = await createEphemeralContext({ LIANGYAN_CONTENT_DIR: "content-library" });
await ingestFolder(context, "/work/main/content-library");
const { actor } = await createApiKey(context.db, { name: "b", role: "ops" });
const { valid } = validateRows(benchRows(1000));
for (const c of [1, 8]) {
  const limit = pLimit(c);
  const t = performance.now();
  await Promise.all(valid.map((r, i) => limit(() => generateDrafts(context, actor, { ...r.request, seed: `x${c}-${i}` }, process.env.KEYS ? { jobId: "j", jobItemKey: `k${c}-${i}` } : {}))));
  console.log(c, (1000 / ((performance.now() - t) / 1000)).toFixed(1), "drafts/s");
}
for (const sql of ["EXPLAIN ANALYZE SELECT *, created_at::text AS created_at, updated_at::text AS updated_at, decided_at::text AS decided_at FROM drafts WHERE job_item_key = ANY($1::text[])", "EXPLAIN ANALYZE SELECT *, created_at::text AS created_at, updated_at::text AS updated_at, decided_at::text AS decided_at FROM drafts WHERE id = ANY($1::text[])"]) {
  const { rows } = await context.db.query(sql, [["k8-5"]]);
  console.log(rows.map((r: any) => r["QUERY PLAN"]).join("\n"));
}
