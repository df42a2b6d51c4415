import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
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

/** The actor's jobs, newest first; an admin's list has everyone's. */
export async function listJobs(context: AppContext, actor: Actor, limit = 50): Promise<Job[]> {
  if (!can(actor.role, "jobs:manage"))
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  const { rows } = await context.db.query<Job>(
    `SELECT ${JOB_COLUMNS} FROM jobs WHERE author_id = $1 OR $2 ORDER BY created_at DESC, id LIMIT $3`,
    [actor.id, actor.role === "admin", limit],
  );
  return rows;
}
