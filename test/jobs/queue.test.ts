import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { controlJob } from "../../src/jobs/control-job.ts";
import { createJob } from "../../src/jobs/create-job.ts";
import { getJobProgress } from "../../src/jobs/job-progress.ts";
import { expandMatrix, MatrixSchema } from "../../src/jobs/matrix.ts";
import { JobWorker } from "../../src/jobs/worker.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { recordingGenerator } from "./support/recording-generator.ts";

let context: TestContext;
let ops: Actor;

beforeAll(async () => {
  context = await createTestContext();
  await context.keyFor("ops", "运营小王");
  const { rows } = await context.db.query<Actor>("SELECT id, name, role FROM actors WHERE role = 'ops'");
  ops = rows[0] as Actor;
});
afterAll(() => context.close());

const matrix = (extra: Record<string, unknown> = {}) =>
  expandMatrix(
    MatrixSchema.parse({
      industries: ["beauty", "pets"],
      products: ["精华液", "猫粮"],
      stages: ["icebreak", "interest", "decision"],
      tiers: ["regular", "high_value"],
      channels: ["moments", "private"],
      ...extra,
    }),
  );

async function runToEnd(worker: JobWorker, jobId: string) {
  await worker.runUntil(async () => {
    const progress = await getJobProgress(context, jobId);
    return progress.job.status !== "running";
  });
}

describe("job queue", () => {
  it("runs every item of a matrix once, one draft per variant", async () => {
    const rows = matrix({ variants: 2 });
    expect(rows).toHaveLength(48);
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows });
    const generate = recordingGenerator();
    const worker = new JobWorker(context, { generate, provider: job.provider, pollMs: 20 });
    await runToEnd(worker, job.id);
    const progress = await getJobProgress(context, job.id);
    expect(progress.job.status).toBe("completed");
    expect(progress.counts.succeeded).toBe(48);
    expect(progress.drafts).toBe(96);
    expect(generate.calls).toBe(48);
    expect(progress.cost.prompt_tokens).toBe(96 * 100);
  });

  it("generates identical requests once", async () => {
    const rows = [...matrix(), ...matrix()].map((row, index) => ({ ...row, row: index + 2 }));
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows });
    expect(job.items_total).toBe(48);
    expect(job.rows_deduplicated).toBe(48);
    const { rows: items } = await context.db.query<{ source_rows: number[] }>(
      "SELECT source_rows FROM job_items WHERE job_id = $1 ORDER BY id LIMIT 1",
      [job.id],
    );
    expect(items[0]?.source_rows).toEqual([2, 50]);
  });

  it("retries with backoff, fails for good with the reason, and succeeds on an explicit retry", async () => {
    const rows = matrix();
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows, maxAttempts: 2 });
    let healthy = false;
    const generate = recordingGenerator({
      fail: (request, attempt) => {
        if (healthy) return;
        if (request.channel === "private") throw Object.assign(new Error("upstream said 500"), { status: 500 });
        if (attempt === 1 && request.stage === "decision") throw new Error("timeout");
      },
    });
    const worker = new JobWorker(context, {
      generate,
      provider: job.provider,
      pollMs: 10,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    await runToEnd(worker, job.id);
    let progress = await getJobProgress(context, job.id);
    expect(progress.job.status).toBe("completed");
    expect(progress.counts).toMatchObject({ succeeded: 24, failed: 24, queued: 0, running: 0 });
    const { rows: failed } = await context.db.query<{ attempts: number; last_error: string }>(
      "SELECT attempts, last_error FROM job_items WHERE job_id = $1 AND status = 'failed'",
      [job.id],
    );
    expect(failed.every((item) => item.attempts === 2 && /Error 500: upstream said 500/.test(item.last_error))).toBe(
      true,
    );

    healthy = true;
    const retried = await controlJob(context, ops, { jobId: job.id, action: "retry" });
    expect(retried.items).toBe(24);
    expect(retried.job.status).toBe("running");
    await runToEnd(new JobWorker(context, { generate, provider: job.provider, pollMs: 10 }), job.id);
    progress = await getJobProgress(context, job.id);
    expect(progress.counts.succeeded).toBe(48);
    expect(progress.drafts).toBe(48);
  });

  it("cancels the queued items and resumes them", async () => {
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows: matrix() });
    const cancelled = await controlJob(context, ops, { jobId: job.id, action: "cancel" });
    expect(cancelled.items).toBe(48);
    expect(cancelled.job.status).toBe("cancelled");
    const generate = recordingGenerator();
    const worker = new JobWorker(context, { generate, provider: job.provider, pollMs: 10, jobId: job.id });
    await worker.runUntil(async () => true);
    expect(generate.calls).toBe(0);
    await controlJob(context, ops, { jobId: job.id, action: "resume" });
    await runToEnd(worker, job.id);
    expect((await getJobProgress(context, job.id)).counts.succeeded).toBe(48);
  });
});
