import type { AppContext } from "../context.ts";
import { today } from "../context.ts";
import { bm25Scores } from "./bm25.ts";
import { type ChunkFilter, chunkFilterSql } from "./chunk-filter.ts";
import { fuseRankings } from "./fuse-rankings.ts";
import { keywordTokens } from "./keyword-tokens.ts";
import { dropNearDuplicates } from "./near-duplicates.ts";
import { vectorSearch } from "./vector-search.ts";

export type RetrievalMode = "hybrid" | "vector" | "keyword";

export interface RetrieveInput extends Omit<ChunkFilter, "at"> {
  query: string;
  k?: number;
  at?: string;
  mode?: RetrievalMode;
}

export interface RetrievedItem {
  /** The item id: stable across versions, the id a draft cites. */
  id: string;
  version: number;
  kind: string;
  industry: string;
  title: string;
  product: string | null;
  /** The matching passage of the item. */
  text: string;
  score: number;
  source: string;
  approved_by: string;
  valid_until: string | null;
  benefit_type: string | null;
  notice_type: string | null;
  tags: string[];
}

interface ChunkRow {
  id: number;
  item_id: string;
  body: string;
}

const CANDIDATES = 50;

/**
 * Hard metadata filters first (industry, stage, tier, channel, scenario, kinds, validity on `at`), then a
 * vector ranking and a BM25 keyword ranking over the same filtered chunks, fused by reciprocal rank,
 * collapsed to one passage per item and cleared of near-duplicates.
 */
export async function retrieve(context: AppContext, input: RetrieveInput): Promise<RetrievedItem[]> {
  const k = input.k ?? 5;
  const mode = input.mode ?? "hybrid";
  const filter: ChunkFilter = { ...input, at: input.at ?? today(context) };
  const [vectorRanked, keywordRanked] = await Promise.all([
    mode === "keyword" ? [] : vectorCandidates(context, input.query, filter),
    mode === "vector" ? [] : keywordCandidates(context, input.query, filter),
  ]);
  const chunks = new Map<string, ChunkRow>();
  for (const row of [...vectorRanked, ...keywordRanked]) chunks.set(String(row.id), row);
  const fused = fuseRankings([
    { ids: vectorRanked.map((row) => String(row.id)) },
    { ids: keywordRanked.map((row) => String(row.id)) },
  ]);

  const bestPerItem: Array<{ row: ChunkRow; score: number }> = [];
  const seenItems = new Set<string>();
  for (const { id, score } of fused) {
    const row = chunks.get(id);
    if (!row || seenItems.has(row.item_id)) continue;
    seenItems.add(row.item_id);
    bestPerItem.push({ row, score });
  }
  const top = dropNearDuplicates(bestPerItem, (entry) => entry.row.body).slice(0, k);
  return hydrate(context, top);
}

async function vectorCandidates(
  context: AppContext,
  query: string,
  filter: ChunkFilter,
): Promise<ChunkRow[]> {
  const [vector] = await context.embedder.embed([query]);
  // A query of punctuation alone embeds to the zero vector, whose cosine distance is NaN: no vector ranking.
  if (!vector || vector.every((value) => value === 0)) return [];
  return vectorSearch(context.db, {
    filter,
    vector,
    dimensions: context.embedder.dimensions,
    k: CANDIDATES,
    embedder: context.embedder.id,
  });
}

async function keywordCandidates(
  context: AppContext,
  query: string,
  filter: ChunkFilter,
): Promise<ChunkRow[]> {
  const tokens = keywordTokens(query);
  if (tokens.length === 0) return [];
  const where = chunkFilterSql(filter, 2);
  const whole = chunkFilterSql(filter, 1);
  const [{ rows: candidates }, { rows: stats }] = await Promise.all([
    context.db.query<ChunkRow & { keywords: string[] }>(
      `SELECT c.id, c.item_id, c.body, c.keywords FROM library_chunks c
       WHERE c.keywords && $1::text[] AND ${where.sql} LIMIT 2000`,
      [tokens, ...where.params],
    ),
    context.db.query<{ total: number; average_length: number | null }>(
      `SELECT count(*)::int AS total, avg(cardinality(c.keywords))::float8 AS average_length
       FROM library_chunks c WHERE ${whole.sql}`,
      whole.params,
    ),
  ]);
  const scores = bm25Scores(
    tokens,
    candidates.map((row) => ({ id: String(row.id), keywords: row.keywords })),
    { totalDocuments: stats[0]?.total ?? 0, averageLength: stats[0]?.average_length ?? 1 },
  );
  return candidates
    .filter((row) => scores.has(String(row.id)))
    .sort((a, b) => (scores.get(String(b.id)) ?? 0) - (scores.get(String(a.id)) ?? 0) || a.id - b.id)
    .slice(0, CANDIDATES);
}

async function hydrate(
  context: AppContext,
  top: ReadonlyArray<{ row: ChunkRow; score: number }>,
): Promise<RetrievedItem[]> {
  if (top.length === 0) return [];
  const { rows } = await context.db.query<Omit<RetrievedItem, "text" | "score">>(
    `SELECT id, version, kind, industry, title, product, source, approved_by, valid_until::text AS valid_until,
       benefit_type, notice_type, tags FROM library_items WHERE id = ANY($1::text[])`,
    [top.map((entry) => entry.row.item_id)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return top.flatMap(({ row, score }) => {
    const item = byId.get(row.item_id);
    return item ? [{ ...item, text: row.body, score: Number(score.toFixed(6)) }] : [];
  });
}
