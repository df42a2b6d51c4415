// Rows and checks shared by the bulk bench and the bulk scripts: n distinct offline requests over the industries
// of ./content-library, and the lost / duplicated count of a finished job.
import type { Queryable } from "../src/db/database.ts";
import type { RawRow } from "../src/jobs/job-row.ts";

const INDUSTRIES = [
  "beauty",
  "education",
  "finance",
  "health_food",
  "insurance",
  "manufacturing",
  "mother_baby",
  "pets",
  "pharma",
  "retail",
];
const STAGES = ["icebreak", "interest", "decision"];
const TIERS = ["high_value", "regular", "price_sensitive"];
const CHANNELS: Array<Record<string, string>> = [
  { channel: "moments" },
  { channel: "private" },
  { channel: "group", message_type: "morning" },
  { channel: "group", message_type: "knowledge" },
];

/** n distinct requests: every industry x stage x tier x channel, then again with another seed. */
export function benchRows(
  n: number,
  options: { industries?: string[]; channels?: Array<Record<string, string>> } = {},
): RawRow[] {
  const rows: RawRow[] = [];
  for (let round = 1; rows.length < n; round++)
    for (const industry of options.industries ?? INDUSTRIES)
      for (const stage of STAGES)
        for (const tier of TIERS)
          for (const channel of options.channels ?? CHANNELS) {
            if (rows.length >= n) return rows;
            rows.push({
              row: rows.length + 2,
              cells: { industry, stage, tier, ...channel, seed: `round-${round}` },
            });
          }
  return rows;
}

/**
 * Per item, the drafts it should have (its variants) against the drafts stored under its key: `lost` items have
 * fewer, `duplicated` counts drafts beyond one per key (impossible while drafts.job_item_key is UNIQUE, so
 * this also counts drafts of the job stored without a key).
 */
export async function countOutcome(
  db: Queryable,
  jobId: string,
): Promise<{ items: number; drafts: number; lost: number; duplicated: number }> {
  const { rows } = await db.query<{ items: number; drafts: number; lost: number; duplicated: number }>(
    `WITH stored AS (
       SELECT regexp_replace(job_item_key, '#[0-9]+$', '') AS item_key, count(*)::int AS n
       FROM drafts WHERE job_id = $1 AND job_item_key IS NOT NULL GROUP BY 1),
     per_item AS (
       SELECT coalesce((i.request->>'variants')::int, 1) AS wanted, coalesce(s.n, 0) AS stored
       FROM job_items i LEFT JOIN stored s ON s.item_key = i.item_key WHERE i.job_id = $1)
     SELECT (SELECT count(*)::int FROM per_item) AS items,
       (SELECT count(*)::int FROM drafts WHERE job_id = $1) AS drafts,
       (SELECT count(*)::int FROM per_item WHERE stored < wanted) AS lost,
       (SELECT count(*)::int FROM drafts WHERE job_id = $1 AND job_item_key IS NULL)
         + (SELECT coalesce(sum(greatest(stored - wanted, 0)), 0)::int FROM per_item) AS duplicated`,
    [jobId],
  );
  return rows[0] as { items: number; drafts: number; lost: number; duplicated: number };
}
