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
  /** Group message types (welcome, morning ...) of a group phrasing; empty for other items. */
  message_types: string[];
  /** customer: a draft may say it; guidance: it shapes drafts and never appears in one. */
  audience: "customer" | "guidance";
  /** Where the item may be used (docs/library-format.md §4); an empty list means any. */
  stages: string[];
  tiers: string[];
  channels: string[];
  scenarios: string[];
  customers: string[];
  valid_from: string | null;
  /** A frame's voice (null: both tones), its alternative openings, and the clause an offer or fact slots in. */
  tone: string | null;
  openings: string[];
  clause: string | null;
  /** The kinds of offer a frame's {{benefit}} slot accepts; empty: any. */
  benefit_types: string[];
}

/** The item columns a RetrievedItem carries besides its text and score (for SELECTs over library_items). */
export const RETRIEVED_ITEM_COLUMNS = `id, version, kind, industry, title, product, source, approved_by,
  valid_until::text AS valid_until, valid_from::text AS valid_from, benefit_type, notice_type, tags, message_types,
  audience, stages, tiers, channels, scenarios, customers, tone, openings, clause, benefit_types`;

interface ChunkRow {
  id: number;
  item_id: string;
  body: string;
}

const CANDIDATES = 50;
// 30 vector candidates keep the index scan (3x overfetch) within the connection's ef_search of 100, so a
// search is one statement; fusion for a top-5 rarely reaches past rank 20 of either list.
const VECTOR_CANDIDATES = 30;

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
    k: VECTOR_CANDIDATES,
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
  // One statement: the corpus statistics BM25 needs (over the whole filtered set) ride along with the
  // candidates (the filtered chunks sharing a token with the query).
  const { rows } = await context.db.query<
    ChunkRow & { keywords: string[] | null; total: number; average_length: number | null }
  >(
    `SELECT c.id, c.item_id, c.body, c.keywords, stats.total, stats.average_length
     FROM (SELECT count(*)::int AS total, avg(cardinality(c.keywords))::float8 AS average_length
           FROM library_chunks c WHERE ${where.sql}) stats
     LEFT JOIN LATERAL (SELECT c.id, c.item_id, c.body, c.keywords FROM library_chunks c
           WHERE c.keywords && $1::text[] AND ${where.sql} LIMIT 2000) c ON true`,
    [tokens, ...where.params],
  );
  const stats = rows[0];
  const candidates = rows.flatMap((row) =>
    row.keywords === null
      ? []
      : [{ id: row.id, item_id: row.item_id, body: row.body, keywords: row.keywords }],
  );
  const scores = bm25Scores(
    tokens,
    candidates.map((row) => ({ id: String(row.id), keywords: row.keywords })),
    { totalDocuments: stats?.total ?? 0, averageLength: stats?.average_length ?? 1 },
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
    `SELECT ${RETRIEVED_ITEM_COLUMNS} FROM library_items WHERE id = ANY($1::text[])`,
    [top.map((entry) => entry.row.item_id)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return top.flatMap(({ row, score }) => {
    const item = byId.get(row.item_id);
    return item ? [{ ...item, text: row.body, score: Number(score.toFixed(6)) }] : [];
  });
}
