import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import type { Job } from "./job.ts";
import { loadVisibleJob } from "./job-access.ts";
import { getJob } from "./job-progress.ts";
import { notifyJobsChanged } from "./job-signal.ts";
import { finishJobs } from "./queue.ts";

export type JobAction = "cancel" | "resume" | "retry";

/**
 * cancel: queued items are cancelled (items in flight finish); resume: cancelled items are queued again;
 * retry: failed items are queued again with fresh attempts. Each runs in one transaction.
 */
export async function controlJob(
  context: AppContext,
  actor: Actor,
  input: { jobId: string; action: JobAction },
): Promise<{ job: Job; items: number }> {
  await loadVisibleJob(context, actor, input.jobId);
  const items = await context.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ status: string }>("SELECT status FROM jobs WHERE id = $1 FOR UPDATE", [
      input.jobId,
    ]);
    const status = rows[0]?.status;
    if (!status) throw new DomainError("not_found", `no job '${input.jobId}'`);
    if (input.action === "cancel") {
      if (status !== "running")
        throw new DomainError("conflict", `job ${input.jobId} is ${status}, not running`);
      const changed = await tx.query(
        "UPDATE job_items SET status = 'cancelled' WHERE job_id = $1 AND status = 'queued' RETURNING id",
        [input.jobId],
      );
      await tx.query(
        "UPDATE jobs SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE id = $1",
        [input.jobId],
      );
      return changed.rows.length;
    }
    const from = input.action === "resume" ? "cancelled" : "failed";
    if (input.action === "resume" && status !== "cancelled")
      throw new DomainError(
        "conflict",
        `job ${input.jobId} is ${status}; only a cancelled job can be resumed`,
      );
    const changed = await tx.query(
      `UPDATE job_items SET status = 'queued', next_attempt_at = now(), finished_at = NULL
         ${input.action === "retry" ? ", attempts = 0" : ""}
       WHERE job_id = $1 AND status = $2 RETURNING id`,
      [input.jobId, from],
    );
    await tx.query(
      `UPDATE jobs SET status = 'running', finished_at = NULL, cancelled_at = NULL, updated_at = now()
       WHERE id = $1`,
      [input.jobId],
    );
    // Nothing to do (resuming a job whose items had all finished): it is complete again at once.
    await finishJobs(tx, [input.jobId]);
    return changed.rows.length;
  });
  notifyJobsChanged();
  return { job: await getJob(context, input.jobId), items };
}
