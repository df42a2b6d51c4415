import type { Database } from "../db/database.ts";

/** The name of the HNSW index over library_chunks for embeddings of `dimensions` dimensions. */
export function vectorIndexName(dimensions: number): string {
  return `library_chunks_embedding_hnsw_${checkDimensions(dimensions)}`;
}

function checkDimensions(dimensions: number): number {
  // The dimension is interpolated into SQL (a type modifier cannot be a parameter): only a plain integer.
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2000) {
    throw new Error(`vector dimensions must be an integer from 1 to 2000 (HNSW's limit), got ${dimensions}`);
  }
  return dimensions;
}

/**
 * Creates, if missing, the HNSW index (cosine distance) over `embedding::vector(N)`. The column has no declared
 * dimension, so the index is an expression index and queries must order by the same expression (see
 * vector-search.ts). Build it after bulk loads: building once is far faster than maintaining the graph row by
 * row. Every chunk must have N dimensions when it is built (the cast fails otherwise); the embedder in use
 * decides N, and changing the embedder re-embeds every chunk.
 *
 * The build runs in one transaction with maintenance_work_mem raised so the whole graph fits in memory: at
 * 100k chunks of 256 dimensions the graph is about 150 MB, and when it does not fit, pgvector finishes the build
 * on disk, several times slower. On PGlite the WASM heap holds this too; 512MB works there (the heap grows to
 * about 1 GB during the build).
 */
export async function ensureVectorIndex(
  db: Database,
  dimensions: number,
  options: { maintenanceWorkMem?: string } = {},
): Promise<{ created: boolean; ms: number }> {
  const name = vectorIndexName(dimensions);
  const started = performance.now();
  const memory = options.maintenanceWorkMem ?? "512MB";
  if (!/^\d+\s*(kB|MB|GB)$/.test(memory))
    throw new Error(`maintenance_work_mem must look like 512MB, got ${memory}`);
  const created = await db.transaction(async (tx) => {
    // One builder at a time on a shared server; a second one finds the index and does nothing.
    await tx.query("SELECT pg_advisory_xact_lock(7265407)");
    const { rows } = await tx.query("SELECT 1 FROM pg_class WHERE relname = $1 AND relkind = 'i'", [name]);
    if (rows.length > 0) return false;
    await tx.query("SELECT set_config('maintenance_work_mem', $1, true)", [memory]);
    await tx.exec(
      `CREATE INDEX ${name} ON library_chunks USING hnsw ((embedding::vector(${dimensions})) vector_cosine_ops)`,
    );
    return true;
  });
  return { created, ms: performance.now() - started };
}
