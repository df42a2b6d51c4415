// bench:generate — the offline generation path end to end (material, compose, check, store) on an in-memory
// database with content-library/ ingested, with no provider configured (the composer), against a floor measured
// in the same run: storing the very same drafts (and the audit row each gets) with no generation or checks.
//   1. throughput: requests from the eval matrix (every industry, channel, scenario and message type), a few in
//      flight, one draft each, alternated with the floor in chunks of 50 requests; medians over rounds;
//      ratio = drafts/s over floor drafts/s, so the figure means the same on a slower or busier machine;
//   2. latency: POST /v1/generate over HTTP on 127.0.0.1 under concurrent load from a worker thread (its own
//      event loop, so the client does not queue behind the server); p50/p95 of a bounded request count.
// Prints a table and, as its last line, one JSON object: {"ratio","cpu_ratio","drafts_per_s","floor_drafts_per_s","p95_ms",...}.
//
//   node bin/run.js bench/generate.ts [--requests 400] [--rounds 5] [--http 300] [--concurrency 4]
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import pLimit from "p-limit";
import { EVAL_NOW, GENERATION_INDUSTRIES, matrixOf } from "../evals/generation/segments.ts";
import { authenticate, createApiKey } from "../src/auth/api-keys.ts";
import type { Actor } from "../src/auth/permissions.ts";
import { createEphemeralContext } from "../src/context.ts";
import { DomainError } from "../src/domain/errors.ts";
import type { Draft } from "../src/drafts/draft.ts";
import { insertDraft, type NewDraft } from "../src/drafts/insert-draft.ts";
import { uncovered } from "../src/generators/coverage.ts";
import { generateDrafts, parseGenerateRequest } from "../src/generators/generate-drafts.ts";
import type { GenerateRequestInput } from "../src/generators/generate-request.ts";
import { materialFor } from "../src/generators/material-cache.ts";
import { createApp } from "../src/http/app.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { seededRandom } from "../src/shared/seeded-random.ts";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "400" },
    rounds: { type: "string", default: "5" },
    http: { type: "string", default: "300" },
    concurrency: { type: "string", default: "4" },
  },
});
const REQUESTS = Number(args.requests);
const ROUNDS = Number(args.rounds);
const HTTP_REQUESTS = Number(args.http);
const CONCURRENCY = Number(args.concurrency);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

const context = await createEphemeralContext({ LLM_MODEL: "", LLM_BASE_URL: "", LLM_API_KEY: "" });
context.now = () => EVAL_NOW;
await ingestFolder(context, context.config.LIANGYAN_CONTENT_DIR);
const { key } = await createApiKey(context.db, { role: "ops", name: "bench" });
const actor = (await authenticate(context.db, key)) as Actor;
if (!actor) throw new Error("no actor");

// The eval's matrix, shuffled once, without the requests the library cannot ground (refusals are the eval's
// business, and a refusal stores nothing a floor could match): each round walks a different stretch of it.
const everything = seededRandom("bench").shuffle(
  GENERATION_INDUSTRIES.flatMap((industry) => matrixOf(industry)),
);
const matrix: GenerateRequestInput[] = [];
for (const input of everything) {
  const parsed = parseGenerateRequest({ ...input, seed: "probe" });
  if (!uncovered(await materialFor(context, parsed), parsed, "probe")) matrix.push(input);
}
const excluded = everything.length - matrix.length;
const request = (index: number): GenerateRequestInput => ({
  ...(matrix[index % matrix.length] as GenerateRequestInput),
  seed: `bench-${index}`,
});

let refused = 0;
async function generateOne(index: number): Promise<Draft[]> {
  try {
    return await generateDrafts(context, actor, request(index));
  } catch (error) {
    if (error instanceof DomainError && error.code === "unprocessable") {
      refused++;
      return [];
    }
    throw error;
  }
}

// Warm-up: JIT, prepared plans and the claim model's first pass are not what we measure.
for (let index = 0; index < 40; index++) await generateOne(index);

const statuses = new Map<string, number>();
/** Generates `count` requests from `offset`, 4 in flight; returns the seconds it took and the drafts stored. */
async function generation(
  offset: number,
  count: number,
): Promise<{ seconds: number; cpuSeconds: number; drafts: Draft[] }> {
  const limit = pLimit(4);
  const drafts: Draft[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      limit(async () => {
        const stored = await generateOne(offset + index);
        drafts.push(...stored);
        for (const draft of stored) statuses.set(draft.status, (statuses.get(draft.status) ?? 0) + 1);
      }),
    ),
  );
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsSince(cpu), drafts };
}

/** This process's CPU seconds (all its threads) since `from`: what other processes' load does not inflate. */
function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** The floor: the same drafts stored again (each with the audit row the insert trigger writes), nothing else. */
async function floor(drafts: readonly Draft[]): Promise<{ seconds: number; cpuSeconds: number }> {
  const limit = pLimit(4);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    drafts.map((draft) =>
      limit(async () => {
        const {
          version: _version,
          decided_by: _decidedBy,
          decided_at: _decidedAt,
          decision_reason_code: _reason,
          decision_note: _note,
          created_at: _created,
          updated_at: _updated,
          ...rest
        } = draft as Draft & Record<string, unknown>;
        const copy = { ...(rest as unknown as NewDraft), id: `drf_${randomUUID()}`, job_item_key: null };
        await insertDraft(context.db, copy);
      }),
    ),
  );
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsSince(cpu) };
}

// 1. Alternate generation and its floor in chunks of CHUNK requests, so that load on a shared machine (which
// swings within seconds) weighs on both alike; a round's figures are its summed times.
const CHUNK = 50;
const generated: number[] = [];
const floors: number[] = [];
const ratios: number[] = [];
// The same ratio in this process's CPU time: on a shared machine other processes' load preempts either side at
// random and swings the wall-clock ratio from round to round; CPU time counts only the work each side does.
const cpuRatios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let drafts = 0;
  let generationSeconds = 0;
  let floorSeconds = 0;
  let generationCpu = 0;
  let floorCpu = 0;
  for (let done = 0; done < REQUESTS; done += CHUNK) {
    const run = await generation(1000 + round * REQUESTS + done, Math.min(CHUNK, REQUESTS - done));
    const stored = await floor(run.drafts);
    floorSeconds += stored.seconds;
    floorCpu += stored.cpuSeconds;
    generationSeconds += run.seconds;
    generationCpu += run.cpuSeconds;
    drafts += run.drafts.length;
  }
  generated.push(drafts / generationSeconds);
  floors.push(drafts / floorSeconds);
  ratios.push(floorSeconds / generationSeconds);
  cpuRatios.push(floorCpu / generationCpu);
}
const draftsPerSecond = median(generated);
const floorPerSecond = median(floors);
const ratio = median(ratios);
const cpuRatio = median(cpuRatios);

// 2. HTTP latency under concurrent load.
const app = createApp(context);
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise<void>((resolve) => server.once("listening", () => resolve()));
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
const bodies = Array.from({ length: HTTP_REQUESTS }, (_, index) => JSON.stringify(request(index + 50_000)));
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
console.log("measure                                          value");
console.log(`matrix: ${matrix.length} groundable requests (${excluded} the library cannot ground left out)`);
console.log(`in-process, ${REQUESTS} requests a round, ${ROUNDS} rounds, 4 in flight (medians)`);
console.log(
  `  drafts/s, generation (compose, check, store)    ${draftsPerSecond.toFixed(1)}  [${generated.map((v) => v.toFixed(0)).join(", ")}]`,
);
console.log(
  `  drafts/s, floor (store the same drafts)         ${floorPerSecond.toFixed(1)}  [${floors.map((v) => v.toFixed(0)).join(", ")}]`,
);
console.log(
  `  ratio (generation / floor)                      ${ratio.toFixed(3)}  [${ratios.map((v) => v.toFixed(3)).join(", ")}]`,
);
console.log(
  `  ratio in process CPU time                       ${cpuRatio.toFixed(3)}  [${cpuRatios.map((v) => v.toFixed(3)).join(", ")}]`,
);
console.log(
  `  statuses                                        ${JSON.stringify(Object.fromEntries(statuses))}, refused ${refused}`,
);
console.log(`HTTP POST /v1/generate, ${CONCURRENCY} concurrent            ${HTTP_REQUESTS} requests`);
console.log(
  `  requests/s                                      ${(HTTP_REQUESTS / result.seconds).toFixed(1)}`,
);
console.log(`  p50 ms                                          ${p50.toFixed(1)}`);
console.log(`  p95 ms                                          ${p95.toFixed(1)}`);
console.log(`  status codes                                    ${JSON.stringify(result.codes)}`);
console.log(
  JSON.stringify({
    ratio: Number(ratio.toFixed(3)),
    cpu_ratio: Number(cpuRatio.toFixed(3)),
    drafts_per_s: Number(draftsPerSecond.toFixed(1)),
    floor_drafts_per_s: Number(floorPerSecond.toFixed(1)),
    p95_ms: Number(p95.toFixed(1)),
    p50_ms: Number(p50.toFixed(1)),
    http_requests_per_s: Number((HTTP_REQUESTS / result.seconds).toFixed(1)),
    requests: REQUESTS,
    rounds: ROUNDS,
    refused,
    matrix: matrix.length,
    excluded,
    http_requests: HTTP_REQUESTS,
    concurrency: CONCURRENCY,
  }),
);
process.exit(0);
