import type { Database } from "../db/database.ts";
import { INDUSTRIES } from "../domain/vocabulary.ts";

function checkDimensions(dimensions: number): number {
  // The dimension is interpolated into SQL (a type modifier cannot be a parameter): only a plain integer.
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2000) {
    throw new Error(`vector dimensions must be an integer from 1 to 2000 (HNSW's limit), got ${dimensions}`);
  }
  return dimensions;
}

/**
 * The condition every HNSW index carries beside its industry, and every vector query repeats (the planner
 * only uses a partial index whose condition the query implies). A build indexes rows deleted moments ago
 * that an open snapshot can still see, and it checks the condition before it computes the cast: without it,
 * the chunks of the previous embedder, still visible to any session reading at that moment, fail the cast.
 */
export function dimensionsPredicate(dimensions: number, alias = ""): string {
  if (!Number.isInteger(dimensions) || dimensions < 1)
    throw new Error(`bad vector dimensions: ${dimensions}`);
  return `vector_dims(${alias}embedding) = ${dimensions}`;
}

/** The name of the HNSW index over the chunks of one industry, for embeddings of `dimensions` dimensions. */
export function vectorIndexName(dimensions: number, industry: string): string {
  if (!/^[a-z_]{1,40}$/.test(industry)) throw new Error(`not an industry slug: ${industry}`);
  return `library_chunks_hnsw_${checkDimensions(dimensions)}_${industry}`;
}

/**
 * Creates, if missing, the HNSW indexes (cosine distance) over `embedding::vector(N)`: one partial index per
 * industry (`WHERE industry = '<slug>'`). The column has no declared dimension, so these are expression
 * indexes and queries must order by the same expression (vector-search.ts does).
 *
 * Why per industry: every retrieval filters on exactly one industry (a hard filter), and the industries are
 * of very different sizes. With one index over everything, a query for a small industry walks a graph where
 * most neighbours belong to other industries, and even an iterative scan has to visit hundreds of rows per row
 * it keeps. With one graph per industry the scan only meets rows of the right industry, the remaining filters
 * (stage, tier, channel, validity) keep a good share of them, and the graphs are smaller to build: at 100k
 * chunks of 256 dimensions, 41 s for the 14 partial indexes against 71 s for one global index on PGlite. The
 * planner picks the partial index when the query's industry is a bound value (it is: node-postgres and PGlite
 * plan unnamed statements with their parameters). Material of an industry outside the vocabulary has no index
 * and is searched exactly.
 *
 * Build after bulk loads: building once is far faster than maintaining the graph row by row; later inserts
 * go into the index of their industry. The embedder in use decides N; changing it re-embeds every chunk, and
 * the dimension condition keeps chunks of another N out of the index instead of failing the cast. The build raises
 * maintenance_work_mem for its transaction so each graph fits in memory (pgvector otherwise finishes the build
 * on disk, several times slower; the issue measured 6-7 minutes at the 64MB default for one 100k index): 512MB
 * works within PGlite's WASM heap.
 */
export async function ensureVectorIndex(
  db: Database,
  dimensions: number,
  options: { maintenanceWorkMem?: string; industries?: readonly string[] } = {},
): Promise<{ created: boolean; ms: number }> {
  const started = performance.now();
  const memory = options.maintenanceWorkMem ?? "512MB";
  if (!/^\d+(kB|MB|GB)$/.test(memory))
    throw new Error(`maintenance_work_mem must look like 512MB, got ${memory}`);
  const industries = options.industries ?? INDUSTRIES;
  const names = new Map(industries.map((industry) => [vectorIndexName(dimensions, industry), industry]));
  const created = await db.transaction(async (tx) => {
    // One builder at a time on a shared server; a second one finds the indexes and does nothing.
    await tx.query("SELECT pg_advisory_xact_lock(7265407)");
    const { rows } = await tx.query<{ relname: string }>(
      "SELECT relname FROM pg_class WHERE relkind = 'i' AND relname = ANY($1::text[])",
      [[...names.keys()]],
    );
    const existing = new Set(rows.map((row) => row.relname));
    const missing = [...names].filter(([name]) => !existing.has(name));
    if (missing.length === 0) return false;
    await tx.query("SELECT set_config('maintenance_work_mem', $1, true)", [memory]);
    for (const [name, industry] of missing) {
      await tx.exec(
        `CREATE INDEX ${name} ON library_chunks USING hnsw ((embedding::vector(${dimensions})) vector_cosine_ops)
         WHERE industry = '${industry}' AND ${dimensionsPredicate(dimensions)}`,
      );
    }
    return true;
  });
  return { created, ms: performance.now() - started };
}

/**
 * Drops the HNSW indexes built for another dimension. They must go before chunks of a new embedder are
 * written: each insert evaluates every index expression, and casting a vector to the old dimension fails.
 */
export async function dropStaleVectorIndexes(db: Database, dimensions: number): Promise<number> {
  const keep = `library_chunks_hnsw_${checkDimensions(dimensions)}_`;
  const { rows } = await db.query<{ relname: string }>(
    "SELECT relname FROM pg_class WHERE relkind = 'i' AND relname LIKE 'library\\_chunks\\_hnsw\\_%'",
  );
  const stale = rows.map((row) => row.relname).filter((name) => !name.startsWith(keep));
  for (const name of stale) {
    if (!/^library_chunks_hnsw_\d+_[a-z_]+$/.test(name)) continue;
    await db.exec(`DROP INDEX IF EXISTS ${name}`);
  }
  return stale.length;
}
