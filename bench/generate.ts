// bench:generate — the offline generation path end to end (retrieve, compose, check, store) on an in-memory
// database with content-library/ ingested, with no provider configured (the composer):
//   1. throughput: requests run in-process, a few at a time, one draft each (drafts/s);
//   2. latency: POST /v1/generate over HTTP on 127.0.0.1 under concurrent load from a worker thread (its own
//      event loop, so the client does not queue behind the server); p50/p95 of a bounded request count.
// Prints a table and, as its last line, one JSON object: {"drafts_per_s","p95_ms",...}.
//
//   node bin/run.js bench/generate.ts [--requests 600] [--http 400] [--concurrency 8]
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import pLimit from "p-limit";
import { GENERATION_INDUSTRIES, STAGES, TIERS } from "../evals/generation/segments.ts";
import { authenticate, createApiKey } from "../src/auth/api-keys.ts";
import type { Actor } from "../src/auth/permissions.ts";
import { createEphemeralContext } from "../src/context.ts";
import { generateDrafts } from "../src/generators/generate-drafts.ts";
import { setMaterialCaching } from "../src/generators/material-cache.ts";
import { createApp } from "../src/http/app.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "600" },
    http: { type: "string", default: "400" },
    concurrency: { type: "string", default: "4" },
  },
});
const REQUESTS = Number(args.requests);
const HTTP_REQUESTS = Number(args.http);
const CONCURRENCY = Number(args.concurrency);

const INDUSTRIES = GENERATION_INDUSTRIES;
const CHANNELS = [
  { channel: "moments" },
  { channel: "group", message_type: "morning" },
  { channel: "private" },
  { channel: "sms" },
  { channel: "outbound", scenario: "promo_notice" },
];

function request(index: number): Record<string, unknown> {
  return {
    ...CHANNELS[index % CHANNELS.length],
    industry: INDUSTRIES[Math.floor(index / 5) % INDUSTRIES.length],
    stage: STAGES[Math.floor(index / 40) % STAGES.length],
    tier: TIERS[Math.floor(index / 120) % TIERS.length],
    seed: `bench-${index}`,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const context = await createEphemeralContext({ LLM_MODEL: "", LLM_BASE_URL: "", LLM_API_KEY: "" });
await ingestFolder(context, context.config.LIANGYAN_CONTENT_DIR);
const { key } = await createApiKey(context.db, { role: "ops", name: "bench" });
const actor = await authenticate(context.db, key);
if (!actor) throw new Error("no actor");

// Warm-up: JIT, prepared plans and the claim model's first pass are not what we measure.
for (let index = 0; index < 40; index++) await generateDrafts(context, actor, request(index));

// 1. In-process throughput, three ways: the material cache off (every draft retrieves), the default (the
// cache on, over a workload that walks all 360 segment x channel combinations, so most requests miss it),
// and three variants per request (one retrieval shared by three drafts, as the eval and bulk jobs ask).
const statuses = new Map<string, number>();
async function throughput(offset: number, variants: number): Promise<number> {
  const limit = pLimit(4);
  const started = performance.now();
  let drafts = 0;
  await Promise.all(
    Array.from({ length: REQUESTS }, (_, index) =>
      limit(async () => {
        const stored = await generateDrafts(context, actor as Actor, {
          ...request(index + offset),
          variants,
        });
        drafts += stored.length;
        for (const draft of stored) statuses.set(draft.status, (statuses.get(draft.status) ?? 0) + 1);
      }),
    ),
  );
  return drafts / ((performance.now() - started) / 1000);
}
setMaterialCaching(context, false);
const uncachedPerSecond = await throughput(1000, 1);
setMaterialCaching(context, true);
const draftsPerSecond = await throughput(2000, 1);
const threeVariantsPerSecond = await throughput(3000, 3);

// 2. HTTP latency under concurrent load.
const app = createApp(context);
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise<void>((resolve) => server.once("listening", () => resolve()));
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
const bodies = Array.from({ length: HTTP_REQUESTS }, (_, index) => JSON.stringify(request(index + 5000)));
const loadScript = `
const { parentPort, workerData } = require("node:worker_threads");
const { url, key, bodies, concurrency } = workerData;
const latencies = []; const codes = {};
let next = 0;
async function lane() {
  while (next < bodies.length) {
    const body = bodies[next++];
    const started = performance.now();
    const response = await fetch(url, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    codes[response.status] = (codes[response.status] ?? 0) + 1;
  }
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, lane)).then(() =>
  parentPort.postMessage({ latencies, codes, seconds: (performance.now() - started) / 1000 }));
`;
const result = await new Promise<{ latencies: number[]; codes: Record<string, number>; seconds: number }>(
  (resolve, reject) => {
    const worker = new Worker(loadScript, {
      eval: true,
      workerData: { url: `http://127.0.0.1:${port}/v1/generate`, key, bodies, concurrency: CONCURRENCY },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  },
);
server.close();
await context.db.close();
const sorted = [...result.latencies].sort((a, b) => a - b);
const p50 = percentile(sorted, 50);
const p95 = percentile(sorted, 95);

console.log(
  `machine: ${cpus().length} cores, load ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}`,
);
console.log("measure                                   value");
console.log(`in-process, ${REQUESTS} requests, 4 in flight`);
console.log(`  drafts/s, material cache off             ${uncachedPerSecond.toFixed(1)}`);
console.log(`  drafts/s, default (cache on)             ${draftsPerSecond.toFixed(1)}`);
console.log(`  drafts/s, 3 variants per request         ${threeVariantsPerSecond.toFixed(1)}`);
console.log(`  statuses                                 ${JSON.stringify(Object.fromEntries(statuses))}`);
console.log(`HTTP POST /v1/generate, ${CONCURRENCY} concurrent     ${HTTP_REQUESTS} requests`);
console.log(`  requests/s                               ${(HTTP_REQUESTS / result.seconds).toFixed(1)}`);
console.log(`  p50 ms                                   ${p50.toFixed(1)}`);
console.log(`  p95 ms                                   ${p95.toFixed(1)}`);
console.log(`  status codes                             ${JSON.stringify(result.codes)}`);
console.log(
  JSON.stringify({
    drafts_per_s: Number(draftsPerSecond.toFixed(1)),
    drafts_per_s_uncached: Number(uncachedPerSecond.toFixed(1)),
    drafts_per_s_3_variants: Number(threeVariantsPerSecond.toFixed(1)),
    p95_ms: Number(p95.toFixed(1)),
    p50_ms: Number(p50.toFixed(1)),
    http_requests_per_s: Number((HTTP_REQUESTS / result.seconds).toFixed(1)),
    requests: REQUESTS,
    http_requests: HTTP_REQUESTS,
    concurrency: CONCURRENCY,
  }),
);
process.exit(0);
