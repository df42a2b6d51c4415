import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { decodeCursor, pageOf } from "../shared/keyset-cursor.ts";
import { JOB_COLUMNS, type Job } from "./job.ts";
import { getJob } from "./job-progress.ts";

/**
 * A job its author or an admin may see and control; anyone else gets 404, as for a missing job, so job ids
 * of other people are not confirmed.
 */
export async function loadVisibleJob(context: AppContext, actor: Actor, jobId: string): Promise<Job> {
  if (!can(actor.role, "jobs:manage"))
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  const job = await getJob(context, jobId).catch(() => undefined);
  if (!job || (job.author_id !== actor.id && actor.role !== "admin"))
    throw new DomainError("not_found", `no job '${jobId}'`);
  return job;
}

/** The actor's jobs, newest first, a page at a time (keyset on creation time); an admin's list has everyone's. */
export async function listJobs(
  context: AppContext,
  actor: Actor,
  input: { limit?: number; cursor?: string | undefined } = {},
): Promise<{ jobs: Job[]; next_cursor: string | null }> {
  if (!can(actor.role, "jobs:manage"))
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  const limit = input.limit ?? 50;
  const params: unknown[] = [actor.id, actor.role === "admin"];
  let after = "";
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, ["time", "id"]);
    params.push(at, id);
    after = "AND (created_at, id) < ($3::timestamptz, $4)";
  }
  params.push(limit + 1);
  const { rows } = await context.db.query<Job>(
    `SELECT ${JOB_COLUMNS} FROM jobs WHERE (author_id = $1 OR $2) ${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const page = pageOf(rows, limit, (job) => [job.created_at, job.id]);
  return { jobs: page.rows, next_cursor: page.next_cursor };
}
