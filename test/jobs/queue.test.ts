import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { controlJob } from "../../src/jobs/control-job.ts";
import { createJob } from "../../src/jobs/create-job.ts";
import { jobCost, priceOf } from "../../src/jobs/job-cost.ts";
import { getJobProgress } from "../../src/jobs/job-progress.ts";
import { expandMatrix, MatrixSchema } from "../../src/jobs/matrix.ts";
import { claimItems, releaseOrphans } from "../../src/jobs/queue.ts";
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
        if (request.channel === "private")
          throw Object.assign(new Error("upstream said 500"), { status: 500 });
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
    expect(
      failed.every((item) => item.attempts === 2 && /Error 500: upstream said 500/.test(item.last_error)),
    ).toBe(true);

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

  it("keeps a provider's items in flight under its limit across workers", async () => {
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows: matrix() });
    let inFlight = 0;
    let most = 0;
    const slow = recordingGenerator({ delayMs: 15 });
    const generate: typeof slow = Object.assign(
      async (input: Parameters<typeof slow>[0]) => {
        most = Math.max(most, ++inFlight);
        try {
          return await slow(input);
        } finally {
          inFlight--;
        }
      },
      { calls: 0 },
    );
    const options = { generate, provider: job.provider, providerLimit: 3, concurrency: 4, pollMs: 5 };
    const done = async () => (await getJobProgress(context, job.id)).job.status !== "running";
    await Promise.all([
      new JobWorker(context, options).runUntil(done),
      new JobWorker(context, options).runUntil(done),
    ]);
    expect((await getJobProgress(context, job.id)).counts.succeeded).toBe(48);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it("puts items back whose lease lapsed (a worker died on a shared server)", async () => {
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows: matrix().slice(0, 5) });
    const claimed = await claimItems(context.db, {
      workerId: "gone:1",
      provider: job.provider,
      limit: 5,
      leaseMs: 1,
      jobId: job.id,
    });
    expect(claimed).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await releaseOrphans(context.db)).toBe(5);
    const { rows } = await context.db.query<{ status: string; last_error: string }>(
      "SELECT status, last_error FROM job_items WHERE job_id = $1",
      [job.id],
    );
    expect(
      rows.every(
        (row) => row.status === "queued" && /stopped before finishing \(gone:1\)/.test(row.last_error),
      ),
    ).toBe(true);
  });

  it("prices token usage by model, exact or by prefix", async () => {
    const table = {
      currency: "CNY",
      models: {
        "deepseek-chat": { input_per_million: 2, output_per_million: 8 },
        "qwen-*": { input_per_million: 1, output_per_million: 2 },
      },
    };
    expect(priceOf(table, "qwen-plus")).toEqual({ input_per_million: 1, output_per_million: 2 });
    expect(priceOf(table, "gpt-x")).toBeUndefined();
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows: matrix().slice(0, 4) });
    await runToEnd(
      new JobWorker(context, { generate: recordingGenerator(), provider: job.provider, pollMs: 5 }),
      job.id,
    );
    await context.db.query(
      `UPDATE drafts SET generator = generator || '{"kind": "llm", "model": "deepseek-chat"}'::jsonb,
         usage = '{"prompt_tokens": 1000000, "completion_tokens": 500000, "total_tokens": 1500000}'::jsonb
       WHERE job_id = $1`,
      [job.id],
    );
    const cost = await jobCost(context, job.id, table);
    expect(cost).toMatchObject({
      prompt_tokens: 4_000_000,
      completion_tokens: 2_000_000,
      estimated_cost: 4 * (2 + 4),
    });
    expect(cost.unpriced_models).toEqual([]);
  });
});
