import { toSql } from "pgvector";
import type { Database } from "../db/database.ts";
import { type ChunkFilter, chunkFilterSql } from "./chunk-filter.ts";

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
  strategy?: "auto" | "ann" | "exact";
  efSearch?: number;
  overfetch?: number;
}

export interface VectorHit {
  id: number;
  item_id: string;
  body: string;
  /** Cosine distance, exact. */
  distance: number;
}

export async function vectorSearch(
  db: Database,
  input: VectorSearchInput,
  options: VectorSearchOptions = {},
): Promise<VectorHit[]> {
  const dims = input.dimensions;
  if (!Number.isInteger(dims) || dims < 1 || dims > 16000) throw new Error(`bad dimensions ${dims}`);
  if (input.vector.length !== dims)
    throw new Error(`query vector has ${input.vector.length} dims, expected ${dims}`);
  const k = Math.max(1, Math.floor(input.k));
  const strategy = options.strategy ?? "ann";
  const params: unknown[] = [toSql([...input.vector])];
  let embedderSql = "";
  if (input.embedder !== undefined) {
    params.push(input.embedder);
    embedderSql = ` AND c.embedder = $${params.length}`;
  }
  const where = chunkFilterSql(input.filter, params.length + 1);
  params.push(...where.params);
  const distance = `((c.embedding::vector(${dims})) <=> $1::vector(${dims}))`;
  const filterSql = `${where.sql}${embedderSql}`;
  if (strategy === "exact") {
    const sql = `SELECT s.id, s.item_id, s.body, s.distance FROM (
        SELECT c.id, c.item_id, c.body, ${distance} AS distance FROM library_chunks c WHERE ${filterSql} OFFSET 0
      ) s ORDER BY s.distance, s.id LIMIT ${k}`;
    return (await db.query<VectorHit>(sql, params)).rows;
  }
  const fetch = Math.max(k, Math.ceil(k * (options.overfetch ?? 2)));
  const ef = Math.max(fetch, options.efSearch ?? 100);
  const sql = `WITH candidates AS MATERIALIZED (
      SELECT c.id, c.item_id, c.body, ${distance} AS distance FROM library_chunks c
      WHERE ${filterSql} ORDER BY ${distance} LIMIT ${fetch}
    ) SELECT id, item_id, body, distance FROM candidates ORDER BY distance, id LIMIT ${k}`;
  return db.transaction(async (tx) => {
    await tx.query(
      "SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', $1, true)",
      [String(ef)],
    );
    return (await tx.query<VectorHit>(sql, params)).rows;
  });
}
