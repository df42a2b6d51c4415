import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { ProblemError } from "../http/problem.ts";
import type { Job } from "./job.ts";
import { getJob } from "./job-progress.ts";

/**
 * A job its author or an admin may see and control; anyone else gets 404, as for a missing job, so job ids
 * of other people are not confirmed.
 */
export async function loadVisibleJob(context: AppContext, actor: Actor, jobId: string): Promise<Job> {
  if (!can(actor.role, "jobs:manage"))
    throw new ProblemError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  const job = await getJob(context, jobId).catch(() => undefined);
  if (!job || (job.author_id !== actor.id && actor.role !== "admin"))
    throw new ProblemError("not_found", `no job '${jobId}'`);
  return job;
}
