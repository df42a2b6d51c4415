import type { Database } from "../db/database.ts";

/** An item a worker holds: its lease runs until it is completed, failed back into the queue, or it lapses. */
export interface ClaimedItem {
  id: number;
  job_id: string;
  item_key: string;
  request: unknown;
  attempts: number;
}

export interface ItemOutcome {
  id: number;
  job_id: string;
  ok: boolean;
  draft_ids?: string[];
  error?: string;
  /** For a failure: when it may be tried again (ignored once its attempts are used up); null: never. */
  retry_in_ms?: number | null;
}

/**
 * Claims up to `limit` ready items of running jobs of `provider` with FOR UPDATE SKIP LOCKED: concurrent
 * claimers (threads of one process or processes on one server) never get the same item. With `providerLimit`
 * the claim also keeps the provider's items in flight across all workers under that number.
 */
export async function claimItems(
  db: Database,
  input: {
    workerId: string;
    provider: string;
    limit: number;
    leaseMs: number;
    providerLimit?: number | null | undefined;
    jobId?: string | undefined;
  },
): Promise<ClaimedItem[]> {
  if (input.limit <= 0) return [];
  return db.transaction(async (tx) => {
    let limit = input.limit;
    if (input.providerLimit) {
      // One claimer per provider at a time, so counting and claiming cannot interleave across workers.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('liangyan.jobs:' || $1::text))", [
        input.provider,
      ]);
      const { rows } = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM job_items i JOIN jobs j ON j.id = i.job_id
         WHERE i.status = 'running' AND i.locked_until > now() AND j.provider = $1`,
        [input.provider],
      );
      limit = Math.min(limit, input.providerLimit - (rows[0]?.n ?? 0));
      if (limit <= 0) return [];
    }
    const { rows } = await tx.query<ClaimedItem>(
      `UPDATE job_items SET status = 'running', attempts = attempts + 1, locked_by = $1,
         locked_until = now() + $2 * interval '1 millisecond', started_at = coalesce(started_at, now())
       WHERE id IN (
         SELECT i.id FROM job_items i
         WHERE i.status = 'queued' AND i.next_attempt_at <= now()
           AND i.job_id IN (SELECT id FROM jobs WHERE status = 'running' AND provider = $3
                            AND ($5::text IS NULL OR id = $5::text))
         ORDER BY i.id
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING id, job_id, item_key, request, attempts`,
      [input.workerId, input.leaseMs, input.provider, limit, input.jobId ?? null],
    );
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  });
}

/**
 * Writes the outcomes of finished items in one statement, then completes the jobs with nothing left to do.
 * A success counts whoever reports it (the drafts are the same under the item's key); a failure only from the
 * worker that still holds the item, so a worker whose lease lapsed cannot requeue an item another one runs.
 */
export async function completeItems(
  db: Database,
  outcomes: readonly ItemOutcome[],
  workerId: string,
): Promise<void> {
  if (outcomes.length === 0) return;
  const succeeded = outcomes
    .filter((outcome) => outcome.ok)
    .map((outcome) => ({ id: outcome.id, draft_ids: outcome.draft_ids ?? [] }));
  const failed = outcomes
    .filter((outcome) => !outcome.ok)
    .map((outcome) => ({
      id: outcome.id,
      error: (outcome.error ?? "unknown error").slice(0, 1000),
      retry_in_ms: outcome.retry_in_ms === null ? null : Math.max(0, Math.round(outcome.retry_in_ms ?? 0)),
    }));
  const jobIds = [...new Set(outcomes.map((outcome) => outcome.job_id))].sort();
  await db.transaction(async (tx) => {
    // Completions of one job take turns: two workers finishing its last two items at once would each see the
    // other's item still running (its transaction not yet committed) and neither would complete the job. The
    // lock is held to commit, so the second reads the first's outcome; ids in one order, so no deadlock.
    await tx.query(
      "SELECT id FROM jobs WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY id FOR UPDATE",
      [JSON.stringify(jobIds)],
    );
    if (succeeded.length > 0) {
      await tx.query(
        `UPDATE job_items i SET status = 'succeeded', draft_ids = r.draft_ids, finished_at = now(),
           locked_by = NULL, locked_until = NULL, last_error = NULL
         FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, draft_ids text[])
         WHERE i.id = r.id AND i.status = 'running'`,
        [JSON.stringify(succeeded)],
      );
    }
    if (failed.length > 0) {
      await tx.query(
        `UPDATE job_items i SET
           status = CASE WHEN i.attempts >= j.max_attempts OR r.retry_in_ms IS NULL THEN 'failed'
                         WHEN j.status = 'cancelled' THEN 'cancelled' ELSE 'queued' END,
           finished_at = CASE WHEN i.attempts >= j.max_attempts OR r.retry_in_ms IS NULL THEN now() END,
           next_attempt_at = now() + coalesce(r.retry_in_ms, 0) * interval '1 millisecond',
           last_error = r.error, locked_by = NULL, locked_until = NULL
         FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, error text, retry_in_ms int), jobs j
         WHERE i.id = r.id AND j.id = i.job_id AND i.status = 'running' AND i.locked_by = $2`,
        [JSON.stringify(failed), workerId],
      );
    }
    await finishJobs(tx, jobIds);
  });
}

/** Marks running jobs with no queued or running item left as completed. */
export async function finishJobs(db: Pick<Database, "query">, jobIds: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE jobs j SET status = 'completed', finished_at = now(), updated_at = now()
     WHERE j.id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND j.status = 'running'
       AND NOT EXISTS (SELECT 1 FROM job_items i WHERE i.job_id = j.id AND i.status IN ('queued', 'running'))`,
    [JSON.stringify(jobIds)],
  );
}

/** Extends the leases of the items a live worker holds. */
export async function renewLeases(db: Database, workerId: string, leaseMs: number): Promise<void> {
  await db.query(
    `UPDATE job_items SET locked_until = now() + $2 * interval '1 millisecond'
     WHERE locked_by = $1 AND status = 'running'`,
    [workerId, leaseMs],
  );
}

/**
 * Puts items whose worker is gone back in the queue (or fails them when their attempts are used up). A lapsed
 * lease means a dead worker on a shared server; on the embedded database, which one process holds, any item
 * running under a worker that is not among `liveWorkers` is an orphan of a process that was killed.
 */
export async function releaseOrphans(
  db: Database,
  input: {
    liveWorkers?: readonly string[] | undefined;
    /**
     * Whether a lapsed lease alone makes an orphan (default true). The embedded database passes false: its one
     * process knows which workers are alive, and a live worker whose renewal was merely late (a loaded
     * machine) must not lose its items.
     */
    byLease?: boolean;
  } = {},
): Promise<number> {
  const { rows } = await db.query<{ id: number; job_id: string }>(
    `UPDATE job_items i SET
       status = CASE WHEN i.attempts >= j.max_attempts THEN 'failed' ELSE 'queued' END,
       finished_at = CASE WHEN i.attempts >= j.max_attempts THEN now() END,
       last_error = 'the worker holding it stopped before finishing (' || coalesce(i.locked_by, '?') || ')',
       next_attempt_at = now(), locked_by = NULL, locked_until = NULL
     FROM jobs j
     WHERE j.id = i.job_id AND i.status = 'running'
       AND (($2::boolean AND i.locked_until < now())
            OR ($1::jsonb IS NOT NULL AND NOT ($1::jsonb ? coalesce(i.locked_by, ''))))
     RETURNING i.id, i.job_id`,
    [input.liveWorkers ? JSON.stringify(input.liveWorkers) : null, input.byLease ?? true],
  );
  if (rows.length > 0) await finishJobs(db, [...new Set(rows.map((row) => row.job_id))]);
  return rows.length;
}

/**
 * Puts back in the queue every item still running under `workerId`: called when a worker starts under a
 * configured id, since any item held under that id belongs to its previous run, which is gone. The attempt
 * counts, as for any orphan: an item that crashes its worker every time must not loop for ever.
 */
export async function reclaimItemsOf(db: Database, workerId: string): Promise<number> {
  const { rows } = await db.query<{ id: number; job_id: string }>(
    `UPDATE job_items i SET
       status = CASE WHEN i.attempts >= j.max_attempts THEN 'failed' ELSE 'queued' END,
       finished_at = CASE WHEN i.attempts >= j.max_attempts THEN now() END,
       last_error = 'its worker (' || i.locked_by || ') restarted before finishing it',
       next_attempt_at = now(), locked_by = NULL, locked_until = NULL
     FROM jobs j
     WHERE j.id = i.job_id AND i.status = 'running' AND i.locked_by = $1
     RETURNING i.id, i.job_id`,
    [workerId],
  );
  if (rows.length > 0) await finishJobs(db, [...new Set(rows.map((row) => row.job_id))]);
  return rows.length;
}

/** Gives back items a worker claimed but never started: queued again, the claim's attempt undone. */
export async function releaseItems(db: Database, workerId: string, ids: readonly number[]): Promise<void> {
  await db.query(
    `UPDATE job_items SET status = 'queued', attempts = greatest(attempts - 1, 0), locked_by = NULL,
       locked_until = NULL, next_attempt_at = now()
     WHERE id IN (SELECT (jsonb_array_elements_text($2::jsonb))::bigint) AND locked_by = $1 AND status = 'running'`,
    [workerId, JSON.stringify(ids)],
  );
}
