import { toSql } from "pgvector";
import type { Database } from "../db/database.ts";
import { SESSION_SETTINGS } from "../db/session-settings.ts";
import { type ChunkFilter, chunkFilterSql } from "./chunk-filter.ts";
import { dimensionsPredicate } from "./vector-index.ts";

export interface VectorSearchInput {
  filter: ChunkFilter;
  vector: readonly number[];
  /** The embedder's dimension: the HNSW index is over embedding::vector(N) and the query must use the same N. */
  dimensions: number;
  k: number;
  /** Only chunks embedded by this embedder (vectors of different embedders are never compared). */
  embedder?: string | undefined;
}

export interface VectorSearchOptions {
  /**
   * "auto" (the default): the HNSW index with an iterative scan, and exact search when the index scan cannot
   * fill the candidate set; "ann" only the index scan (may return fewer than k); "exact" only exact search.
   */
  strategy?: "auto" | "ann" | "exact";
  /** hnsw.ef_search: the graph search's candidate list. */
  efSearch?: number;
  /** How many candidates the index scan fetches, as a multiple of k, before the exact re-rank. */
  overfetch?: number;
  /** hnsw.max_scan_tuples: how many index tuples an iterative scan visits before it gives up. */
  maxScanTuples?: number;
}

export interface VectorHit {
  id: number;
  item_id: string;
  body: string;
  /** Exact cosine distance to the query vector. */
  distance: number;
}

// Measured by bench:retrieval at 100k chunks: overfetch 2 gave recall@10 0.988, 3 gave 0.994 at the same p95.
const DEFAULTS = { efSearch: 100, overfetch: 3, maxScanTuples: 5000 } as const;

/**
 * Filtered top-k by cosine distance over library_chunks: the one SQL for vector candidates (retrieval and the
 * bench use it), the same on PGlite and on node-postgres. Every row satisfies the filter and the rows come back
 * in exact-distance order (ties by id).
 *
 * A plain HNSW scan applies the filter after the graph search: with ef_search 40 it sees ~40 neighbours, and
 * when a filter keeps 1 in 30 of them a top-10 comes back with 1-4 rows. So:
 *
 * 0. The HNSW indexes are per industry (vector-index.ts), so the graph walk only meets the query's industry.
 * 1. The index scan runs as an iterative scan (pgvector >= 0.8, `hnsw.iterative_scan = relaxed_order`): it
 *    keeps walking the graph until `overfetch * k` rows pass the filter, or `hnsw.max_scan_tuples` index
 *    tuples have been visited. Relaxed order is faster than strict, and its small disorder is removed by
 *    re-ranking the candidates on their exact distance. Settings are per transaction (SET LOCAL through
 *    set_config), so a pooled `pg` connection goes back to the pool unchanged.
 * 2. When the index scan returns fewer candidates than it asked for, either fewer rows match the filter
 *    or they are too rare for the scan budget; both mean the filtered set is small, and the same statement
 *    then runs an exact search over it (a one-time filter on the first step's count: the exact branch is not
 *    executed at all otherwise). The exact branch cannot use the HNSW index: it orders outside an
 *    `OFFSET 0` subquery, so the planner filters by the btree index on industry and sorts.
 *
 * When there is no HNSW index for this dimension (a small library, or before ensureVectorIndex ran), the
 * planner scans and sorts: exact results, and fast enough at that size.
 */
export async function vectorSearch(
  db: Database,
  input: VectorSearchInput,
  options: VectorSearchOptions = {},
): Promise<VectorHit[]> {
  const dims = input.dimensions;
  if (!Number.isInteger(dims) || dims < 1 || dims > 16000) throw new Error(`bad vector dimensions: ${dims}`);
  if (input.vector.length !== dims) {
    throw new Error(`query vector has ${input.vector.length} dimensions, the index ${dims}`);
  }
  const k = Math.max(1, Math.floor(input.k));
  const strategy = options.strategy ?? "auto";
  const fetch = Math.max(k, Math.ceil(k * (options.overfetch ?? DEFAULTS.overfetch)));
  const efSearch = Math.min(1000, Math.max(fetch, options.efSearch ?? DEFAULTS.efSearch));
  const maxScanTuples = Math.max(fetch, options.maxScanTuples ?? DEFAULTS.maxScanTuples);

  const params: unknown[] = [toSql([...input.vector])];
  let embedderSql = "";
  if (input.embedder !== undefined) {
    params.push(input.embedder);
    embedderSql = ` AND c.embedder = $${params.length}`;
  }
  const where = chunkFilterSql(input.filter, params.length + 1);
  params.push(...where.params);
  const filter = `${where.sql}${embedderSql} AND ${dimensionsPredicate(dims, "c.")}`;
  // The expression must be the index's own (embedding::vector(N)) for the planner to use the HNSW index.
  const distance = `(c.embedding::vector(${dims})) <=> $1::vector(${dims})`;
  const columns = "c.id, c.item_id, c.body";

  const exact = (gate: string) =>
    `SELECT s.id, s.item_id, s.body, s.distance FROM (
       SELECT ${columns}, ${distance} AS distance FROM library_chunks c WHERE ${filter}${gate} OFFSET 0
     ) s ORDER BY s.distance, s.id LIMIT ${k}`;
  const indexScan = `SELECT ${columns}, ${distance} AS distance FROM library_chunks c
       WHERE ${filter} ORDER BY ${distance} LIMIT ${fetch}`;

  if (strategy === "exact") return (await db.query<VectorHit>(exact(""), params)).rows;
  const sql =
    strategy === "ann"
      ? `WITH candidates AS MATERIALIZED (${indexScan})
         SELECT id, item_id, body, distance FROM candidates ORDER BY distance, id LIMIT ${k}`
      : `WITH candidates AS MATERIALIZED (${indexScan}),
           exact AS MATERIALIZED (${exact(` AND (SELECT count(*) FROM candidates) < ${fetch}`)})
         SELECT id, item_id, body, distance FROM (
           SELECT * FROM candidates WHERE (SELECT count(*) FROM candidates) >= ${fetch}
           UNION ALL SELECT * FROM exact
         ) hits ORDER BY distance, id LIMIT ${k}`;
  // Every connection starts with the default scan settings (db/session-settings.ts): one round trip. Other
  // settings (the bench tries some) are set for one transaction, so a pooled connection goes back unchanged.
  if (
    String(efSearch) === SESSION_SETTINGS["hnsw.ef_search"] &&
    String(maxScanTuples) === SESSION_SETTINGS["hnsw.max_scan_tuples"]
  ) {
    return (await db.query<VectorHit>(sql, params)).rows;
  }
  return db.transaction(async (tx) => {
    await tx.query(
      `SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', $1, true),
         set_config('hnsw.max_scan_tuples', $2, true)`,
      [String(efSearch), String(maxScanTuples)],
    );
    return (await tx.query<VectorHit>(sql, params)).rows;
  });
}
