import type { Channel, Industry, Scenario, Stage, Tier } from "../domain/vocabulary.ts";
import type { Audience, ItemKind } from "./library-item.ts";

export interface ChunkFilter {
  industry: Industry;
  stage?: Stage | undefined;
  tier?: Tier | undefined;
  channel?: Channel | undefined;
  scenario?: Scenario | undefined;
  kinds?: readonly ItemKind[] | undefined;
  /** Customer text only (what a draft may say) or guidance only; absent: both. */
  audience?: Audience | undefined;
  /** The day the material must be valid on (YYYY-MM-DD). */
  at: string;
}

/**
 * The hard filters as SQL over library_chunks aliased `c`, with parameters numbered from `firstParam`.
 * An empty metadata list on an item means "applies to any", so it matches every requested value.
 */
export function chunkFilterSql(filter: ChunkFilter, firstParam: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const clauses = ["c.active", `c.industry = ${next(filter.industry)}`];
  const listMatch = (column: string, value: string | undefined) => {
    if (value) clauses.push(`(cardinality(c.${column}) = 0 OR ${next(value)} = ANY(c.${column}))`);
  };
  listMatch("stages", filter.stage);
  listMatch("tiers", filter.tier);
  listMatch("channels", filter.channel);
  listMatch("scenarios", filter.scenario);
  if (filter.audience) clauses.push(`c.audience = ${next(filter.audience)}`);
  if (filter.kinds && filter.kinds.length > 0)
    clauses.push(`c.kind = ANY(${next([...filter.kinds])}::text[])`);
  const at = next(filter.at);
  clauses.push(`(c.valid_from IS NULL OR c.valid_from <= ${at}::date)`);
  clauses.push(`(c.valid_until IS NULL OR c.valid_until >= ${at}::date)`);
  return { sql: clauses.join(" AND "), params };
}
