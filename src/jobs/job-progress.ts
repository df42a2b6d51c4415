import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { ITEM_STATUSES, type ItemStatus, JOB_COLUMNS, type Job } from "./job.ts";
import { type JobCost, jobCost } from "./job-cost.ts";

export interface JobProgress {
  job: Job;
  counts: Record<ItemStatus, number>;
  /** Items finished (succeeded or failed for good) out of items_total. */
  done: number;
  drafts: number;
  /** Items finished per second over the last minute (or since the first start, if shorter). */
  items_per_s: number;
  /** Seconds until the queued and running items are done at that rate; null when unknown. */
  eta_s: number | null;
  cost: JobCost;
}

const RATE_WINDOW_S = 60;

export async function getJob(context: AppContext, jobId: string): Promise<Job> {
  const { rows } = await context.db.query<Job>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [jobId]);
  if (!rows[0]) throw new DomainError("not_found", `no job '${jobId}'`);
  return rows[0];
}

/** Counts by state, the recent rate and an ETA, the drafts made and their cost. */
export async function getJobProgress(context: AppContext, jobId: string): Promise<JobProgress> {
  const job = await getJob(context, jobId);
  const [states, rate, drafts, cost] = await Promise.all([
    context.db.query<{ status: ItemStatus; n: number }>(
      "SELECT status, count(*)::int AS n FROM job_items WHERE job_id = $1 GROUP BY status",
      [jobId],
    ),
    context.db.query<{ n: number; span_s: number | null }>(
      `SELECT count(*)::int AS n,
         extract(epoch FROM now() - greatest(min(started_at), now() - $2 * interval '1 second'))::float8 AS span_s
       FROM job_items WHERE job_id = $1 AND finished_at > now() - $2 * interval '1 second'`,
      [jobId, RATE_WINDOW_S],
    ),
    context.db.query<{ n: number }>("SELECT count(*)::int AS n FROM drafts WHERE job_id = $1", [jobId]),
    jobCost(context, jobId),
  ]);
  const counts = Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0])) as Record<ItemStatus, number>;
  for (const row of states.rows) counts[row.status] = row.n;
  const recent = rate.rows[0]?.n ?? 0;
  const span = rate.rows[0]?.span_s ?? 0;
  const itemsPerS = recent > 0 && span > 0 ? recent / span : 0;
  const remaining = counts.queued + counts.running;
  return {
    job,
    counts,
    done: counts.succeeded + counts.failed,
    drafts: drafts.rows[0]?.n ?? 0,
    items_per_s: Math.round(itemsPerS * 10) / 10,
    eta_s: remaining === 0 ? 0 : itemsPerS > 0 ? Math.ceil(remaining / itemsPerS) : null,
    cost,
  };
}

/** The failed items of a job with their reasons and source rows. */
export async function listFailedItems(
  context: AppContext,
  jobId: string,
  limit = 100,
): Promise<Array<{ id: number; source_rows: number[]; attempts: number; last_error: string | null }>> {
  const { rows } = await context.db.query<{
    id: number;
    source_rows: number[];
    attempts: number;
    last_error: string | null;
  }>(
    `SELECT id, source_rows, attempts, last_error FROM job_items
     WHERE job_id = $1 AND status = 'failed' ORDER BY id LIMIT $2`,
    [jobId, limit],
  );
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
