// bench:retrieval — filtered vector top-10 search at scale, on the embedded default (PGlite + pgvector) or, with
// DATABASE_URL set, on that PostgreSQL server (in a schema of its own, dropped afterwards).
//
// Loads N synthetic chunks (default 100000) into a fresh PGlite in a temporary folder, builds the HNSW index
// after the load, then runs filtered top-10 queries (industry + stage + tier + channel, valid on a date, as
// chunkFilterSql builds them) through vectorSearch, the SQL retrieval uses, and the same queries as an exact
// scan (index scans off) in the same run: the reference for recall and for latency, so p95 is also a ratio.
// Prints a table and, as its last line, one JSON object: {"database","n","insert_rows_per_s","index_build_s",
// "p50_ms","p95_ms","exact_p50_ms","exact_p95_ms","p95_vs_exact","recall_at_10"}.
//
//   node bin/run.js bench/retrieval.ts [--n 100000] [--queries 200] [--seed 7]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { toSql } from "pgvector";
import type { Database } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { openPgliteDatabase } from "../src/db/pglite-database.ts";
import { openPostgresDatabase } from "../src/db/postgres-database.ts";
import { CHANNELS, INDUSTRIES, type Industry, STAGES, TIERS } from "../src/domain/vocabulary.ts";
import { type ChunkFilter, chunkFilterSql } from "../src/rag/chunk-filter.ts";
import { ensureVectorIndex } from "../src/rag/vector-index.ts";
import { type VectorSearchOptions, vectorSearch } from "../src/rag/vector-search.ts";
import { mulberry32 } from "../src/shared/seeded-random.ts";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    queries: { type: "string", default: "200" },
    seed: { type: "string", default: "7" },
    dims: { type: "string", default: "256" },
    strategy: { type: "string", default: "auto" },
    ef: { type: "string" },
    overfetch: { type: "string" },
    keep: { type: "boolean", default: false },
    // Development aid: reuse a folder kept by an earlier --keep run (same --n and --seed), skipping the load.
    reuse: { type: "string" },
  },
});

const N = Number(args.n);
const QUERIES = Number(args.queries);
const DIMS = Number(args.dims);
const K = 10;
const AT = "2025-06-01";
const EMBEDDER = `bench-hash-${DIMS}`;
const CHUNKS_PER_ITEM = 4;
const CLUSTERS = 64;
const NOISE = 0.05; // per-dimension sigma around a unit centroid: a chunk sits at cosine ~0.8 from its centroid
const KINDS = ["product_fact", "customer_case", "benefit", "faq", "phrasing", "notice"] as const;
if (!Number.isInteger(N) || N < 100) throw new Error("--n must be an integer >= 100");
if (!Number.isInteger(QUERIES) || QUERIES < 1) throw new Error("--queries must be a positive integer");
const searchOptions: VectorSearchOptions = {
  strategy: args.strategy as NonNullable<VectorSearchOptions["strategy"]>,
  ...(args.ef ? { efSearch: Number(args.ef) } : {}),
  ...(args.overfetch ? { overfetch: Number(args.overfetch) } : {}),
};

// ---- deterministic synthetic data ------------------------------------------------------------------------

// The data and the queries draw from separate streams, so the queries do not depend on how the data was loaded.
let random = mulberry32(Number(args.seed));
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function normalize(vector: number[]): number[] {
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

const centroids = Array.from({ length: CLUSTERS }, () => normalize(Array.from({ length: DIMS }, gaussian)));
/** Each industry owns the clusters c with c % 14 == its index; most of its material sits there. */
const ownClusters = INDUSTRIES.map((_, i) =>
  centroids.flatMap((_, c) => (c % INDUSTRIES.length === i ? [c] : [])),
);

function around(cluster: number, noise = NOISE): number[] {
  const centroid = centroids[cluster] as number[];
  return normalize(centroid.map((value) => value + noise * gaussian()));
}

/** Skewed industry sizes (Zipf-like, exponent 0.9): the largest ~26% of the library, the smallest ~2.4%. */
const industryWeights = INDUSTRIES.map((_, i) => 1 / (i + 1) ** 0.9);
const weightTotal = industryWeights.reduce((a, b) => a + b, 0);
function pickIndustry(): number {
  let r = random() * weightTotal;
  for (let i = 0; i < industryWeights.length; i++) {
    r -= industryWeights[i] as number;
    if (r <= 0) return i;
  }
  return industryWeights.length - 1;
}

/** A multi-valued tag list: empty ("applies to any") with probability `emptyShare`, else a non-empty subset. */
function subset(values: readonly string[], emptyShare: number, keep: number): string[] {
  if (random() < emptyShare) return [];
  const chosen = values.filter(() => random() < keep);
  return chosen.length > 0 ? chosen : [pick(values)];
}

interface SyntheticItem {
  id: string;
  industry: Industry;
  industryIndex: number;
  kind: string;
  stages: string[];
  tiers: string[];
  channels: string[];
  validFrom: string | null;
  validUntil: string | null;
  active: boolean;
}

function syntheticItem(index: number): SyntheticItem {
  const industryIndex = pickIndustry();
  const validity = random();
  return {
    id: `bench-${String(index).padStart(6, "0")}`,
    industry: INDUSTRIES[industryIndex] as Industry,
    industryIndex,
    kind: pick(KINDS),
    stages: subset(STAGES, 0.25, 0.5),
    tiers: subset(TIERS, 0.25, 0.5),
    channels: subset(CHANNELS, 0.2, 0.4),
    // 12% expired before AT, 4% not valid yet, 24% valid over a window containing AT, the rest open-ended.
    validFrom:
      validity < 0.12 ? "2024-01-01" : validity < 0.16 ? "2025-09-01" : validity < 0.4 ? "2025-01-01" : null,
    validUntil:
      validity < 0.12 ? "2025-03-31" : validity < 0.16 ? "2025-12-31" : validity < 0.4 ? "2025-12-31" : null,
    active: random() >= 0.02,
  };
}

function chunkVector(item: SyntheticItem): number[] {
  const own = ownClusters[item.industryIndex] as number[];
  return around(random() < 0.75 ? pick(own) : Math.floor(random() * CLUSTERS));
}

// ---- load ------------------------------------------------------------------------------------------------

async function insertRows(db: Database, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${slots.join(", ")})`;
  });
  await db.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`, params);
}

async function load(db: Database): Promise<{ ms: number }> {
  const started = performance.now();
  const items = Array.from({ length: Math.ceil(N / CHUNKS_PER_ITEM) }, (_, i) => syntheticItem(i));
  const itemColumns = [
    "id",
    "kind",
    "industry",
    "title",
    "body",
    "stages",
    "tiers",
    "channels",
    "valid_from",
    "valid_until",
    "source",
    "approved_by",
    "content_hash",
    "version",
    "status",
    "collection",
    "origin",
  ];
  for (let i = 0; i < items.length; i += 1000) {
    const batch = items
      .slice(i, i + 1000)
      .map((item) => [
        item.id,
        item.kind,
        item.industry,
        `合成条目 ${item.id}`,
        `合成正文 ${item.id}`,
        item.stages,
        item.tiers,
        item.channels,
        item.validFrom,
        item.validUntil,
        "bench",
        "bench",
        item.id,
        1,
        item.active ? "active" : "retired",
        "bench",
        "bench",
      ]);
    await insertRows(db, "library_items", itemColumns, batch);
  }
  const chunkColumns = [
    "item_id",
    "item_version",
    "ord",
    "body",
    "kind",
    "industry",
    "stages",
    "tiers",
    "channels",
    "scenarios",
    "valid_from",
    "valid_until",
    "active",
    "keywords",
    "embedder",
    "embedding",
  ];
  const BATCH = 500;
  for (let start = 0; start < N; start += BATCH) {
    const batch: unknown[][] = [];
    for (let index = start; index < Math.min(N, start + BATCH); index++) {
      const item = items[Math.floor(index / CHUNKS_PER_ITEM)] as SyntheticItem;
      batch.push([
        item.id,
        1,
        index % CHUNKS_PER_ITEM,
        `合成片段 ${index}`,
        item.kind,
        item.industry,
        item.stages,
        item.tiers,
        item.channels,
        [],
        item.validFrom,
        item.validUntil,
        item.active,
        [],
        EMBEDDER,
        toSql(chunkVector(item)),
      ]);
    }
    await insertRows(db, "library_chunks", chunkColumns, batch);
  }
  await db.exec("ANALYZE library_chunks");
  return { ms: performance.now() - started };
}

// ---- queries ---------------------------------------------------------------------------------------------

interface BenchQuery {
  filter: ChunkFilter;
  vector: number[];
}

function syntheticQueries(count: number): BenchQuery[] {
  random = mulberry32(Number(args.seed) * 7919 + 1);
  return Array.from({ length: count }, () => {
    const industryIndex = Math.floor(random() * INDUSTRIES.length);
    const own = ownClusters[industryIndex] as number[];
    // Most questions are about the industry's own material; one in five lands in another industry's region,
    // the hard case for a filtered ANN search (the nearest neighbours all fail the filter).
    const cluster = random() < 0.8 ? pick(own) : Math.floor(random() * CLUSTERS);
    return {
      filter: {
        industry: INDUSTRIES[industryIndex] as Industry,
        stage: pick(STAGES),
        tier: pick(TIERS),
        channel: pick(CHANNELS),
        at: AT,
      },
      vector: around(cluster, NOISE * 1.2),
    };
  });
}

/** The reference: the same filter with every index scan off, so the order is by exact distance over all rows. */
async function exactTopK(
  db: Database,
  query: BenchQuery,
): Promise<{ ids: number[]; matching: number; ms: number }> {
  const where = chunkFilterSql(query.filter, 3);
  return db.transaction(async (tx) => {
    await tx.query("SET LOCAL enable_indexscan = off");
    const started = performance.now();
    const { rows } = await tx.query<{ id: number }>(
      `SELECT c.id FROM library_chunks c WHERE c.embedder = $2 AND ${where.sql}
       ORDER BY (c.embedding::vector(${DIMS})) <=> $1::vector(${DIMS}), c.id LIMIT ${K}`,
      [toSql(query.vector), EMBEDDER, ...where.params],
    );
    const ms = performance.now() - started;
    const { rows: count } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM library_chunks c WHERE c.embedder = $1 AND ${chunkFilterSql(query.filter, 2).sql}`,
      [EMBEDDER, ...where.params],
    );
    return { ids: rows.map((row) => Number(row.id)), matching: count[0]?.n ?? 0, ms };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

// ---- main ------------------------------------------------------------------------------------------------

const serverUrl = process.env.DATABASE_URL || undefined;
const schema = `bench_retrieval_${process.pid}`;
const dir = serverUrl ? undefined : (args.reuse ?? mkdtempSync(join(tmpdir(), "liangyan-bench-")));
let db: Database;
let databaseLabel: string;
if (serverUrl) {
  // A schema of our own on the server, so the bench never touches the service's tables; pgvector stays in public.
  const admin = await openPostgresDatabase(serverUrl, { maxConnections: 1 });
  const { rows } = await admin.query<{ version: string }>(
    "SELECT current_setting('server_version') AS version",
  );
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  db = await openPostgresDatabase(serverUrl, { maxConnections: 2, searchPath: `${schema},public` });
  databaseLabel = `PostgreSQL ${rows[0]?.version} (DATABASE_URL, schema ${schema})`;
} else {
  db = await openPgliteDatabase(dir as string);
  databaseLabel = "PGlite (embedded default)";
}
try {
  await migrate(db);
  console.error(`loading ${N} chunks into ${databaseLabel} ...`);
  const loaded = args.reuse ? { ms: Number.NaN } : await load(db);

  const insertRate = N / (loaded.ms / 1000);
  console.error(`loaded in ${(loaded.ms / 1000).toFixed(1)} s; building the HNSW index ...`);
  const index = await ensureVectorIndex(db, DIMS);
  console.error(`index built in ${(index.ms / 1000).toFixed(1)} s; running ${QUERIES} queries ...`);

  const queries = syntheticQueries(QUERIES);
  const references = [];
  for (const query of queries) references.push(await exactTopK(db, query));

  const run = (query: BenchQuery) =>
    vectorSearch(
      db,
      { filter: query.filter, vector: query.vector, dimensions: DIMS, k: K, embedder: EMBEDDER },
      searchOptions,
    );
  for (const query of queries.slice(0, 20)) await run(query); // warm the caches
  const latencies: number[] = [];
  let found = 0;
  let expected = 0;
  let filterViolations = 0;
  let orderViolations = 0;
  const perQuery: Array<{ ms: number; recall: number; matching: number }> = [];
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const hits = await run(query);
    const ms = performance.now() - started;
    latencies.push(ms);
    const reference = references[i] as { ids: number[]; matching: number };
    const want = new Set(reference.ids);
    const got = hits.filter((hit) => want.has(Number(hit.id))).length;
    found += got;
    expected += want.size;
    perQuery.push({ ms, recall: want.size === 0 ? 1 : got / want.size, matching: reference.matching });
    for (let j = 1; j < hits.length; j++) {
      if ((hits[j] as { distance: number }).distance < (hits[j - 1] as { distance: number }).distance) {
        orderViolations++;
      }
    }
    if (hits.length > 0) {
      const where = chunkFilterSql(query.filter, 2);
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM library_chunks c WHERE c.id = ANY($1::bigint[]) AND ${where.sql}`,
        [hits.map((hit) => hit.id), ...where.params],
      );
      filterViolations += hits.length - (rows[0]?.n ?? 0);
    }
  }

  const sorted = [...latencies].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const exactSorted = references.map((reference) => reference.ms).sort((a, b) => a - b);
  const exactP50 = percentile(exactSorted, 50);
  const exactP95 = percentile(exactSorted, 95);
  const recall = expected === 0 ? 1 : found / expected;
  const matchingSorted = perQuery.map((q) => q.matching).sort((a, b) => a - b);
  const worst = [...perQuery].sort((a, b) => a.recall - b.recall)[0];

  const table: Array<[string, string]> = [
    ["database", databaseLabel],
    ["chunks", String(N)],
    ["dimensions", String(DIMS)],
    ["insert rate", `${Math.round(insertRate)} rows/s (${(loaded.ms / 1000).toFixed(1)} s)`],
    ["HNSW index build", `${(index.ms / 1000).toFixed(1)} s`],
    ["strategy", JSON.stringify(searchOptions)],
    ["queries", `${QUERIES} filtered top-${K} (industry+stage+tier+channel, valid on ${AT})`],
    [
      "matching chunks per query",
      `min ${matchingSorted[0]}, median ${percentile(matchingSorted, 50)}, max ${matchingSorted.at(-1)}`,
    ],
    ["latency p50", `${p50.toFixed(2)} ms`],
    ["latency p95", `${p95.toFixed(2)} ms`],
    ["latency max", `${(sorted.at(-1) ?? 0).toFixed(2)} ms`],
    [
      "exact scan p50 / p95",
      `${exactP50.toFixed(2)} ms / ${exactP95.toFixed(2)} ms (same queries, index scans off)`,
    ],
    ["p95 vs exact scan", `${(p95 / exactP95).toFixed(3)}x`],
    ["recall@10 vs exact", recall.toFixed(4)],
    ["worst query recall", worst ? `${worst.recall.toFixed(2)} (${worst.matching} matching)` : "-"],
    ["rows failing the filter", String(filterViolations)],
    ["out-of-order rows", String(orderViolations)],
    // Latency is wall-clock on a shared machine: other processes competing for the cores show up in p95.
    ["load average (1 min)", `${(loadavg()[0] ?? 0).toFixed(2)}`],
  ];
  const width = Math.max(...table.map(([label]) => label.length));
  console.log(`\nbench:retrieval (${databaseLabel})\n${"-".repeat(width + 40)}`);
  for (const [label, value] of table) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(
    JSON.stringify({
      database: serverUrl ? "postgres" : "pglite",
      n: N,
      insert_rows_per_s: Math.round(insertRate),
      index_build_s: round(index.ms / 1000, 1),
      p50_ms: round(p50, 2),
      p95_ms: round(p95, 2),
      exact_p50_ms: round(exactP50, 2),
      exact_p95_ms: round(exactP95, 2),
      p95_vs_exact: round(p95 / exactP95, 3),
      recall_at_10: round(recall, 4),
    }),
  );
} finally {
  if (serverUrl && !args.keep) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
  await db.close();
  if (dir && !args.keep && !args.reuse) rmSync(dir, { recursive: true, force: true });
}
