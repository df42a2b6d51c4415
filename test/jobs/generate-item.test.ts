import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { createEngine } from "../../src/compliance/default-engine.ts";
import { controlJob } from "../../src/jobs/control-job.ts";
import { createJob } from "../../src/jobs/create-job.ts";
import { generateJobItem } from "../../src/jobs/generate-item.ts";
import { getJobProgress } from "../../src/jobs/job-progress.ts";
import { expandMatrix, MatrixSchema } from "../../src/jobs/matrix.ts";
import { JobWorker } from "../../src/jobs/worker.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { type FlakyOpenAI, startFlakyOpenAI } from "./support/flaky-openai.ts";

const FIXTURES = new URL("../fixtures/library-generation/", import.meta.url).pathname;

async function opsActor(context: TestContext): Promise<Actor> {
  await context.keyFor("ops", "运营小王");
  const { rows } = await context.db.query<Actor>("SELECT id, name, role FROM actors WHERE role = 'ops'");
  return rows[0] as Actor;
}

async function runToEnd(context: TestContext, worker: JobWorker, jobId: string) {
  await worker.runUntil(async () => (await getJobProgress(context, jobId)).job.status !== "running");
}

describe("job items through the generation pipeline (offline composer)", () => {
  let context: TestContext;
  let ops: Actor;
  beforeAll(async () => {
    context = await createTestContext();
    ops = await opsActor(context);
    await ingestFolder(context, FIXTURES);
  });
  afterAll(() => context.close());

  it("drafts every item once, keyed by the item, and a second run makes no new draft", async () => {
    const rows = expandMatrix(
      MatrixSchema.parse({
        industries: ["pets", "finance"],
        stages: ["icebreak", "interest", "decision"],
        tiers: ["regular", "price_sensitive"],
        channels: ["moments", "private", "sms"],
        variants: 2,
      }),
    );
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows });
    expect(job.provider).toBe("composer");
    await runToEnd(context, new JobWorker(context, { pollMs: 10 }), job.id);
    const progress = await getJobProgress(context, job.id);
    // The fixture library names no brand, which an sms signature needs: those items are refused at once (the
    // same 422 the API gives), each saying what to add.
    expect(progress.counts).toMatchObject({ succeeded: 24, failed: 12 });
    const { rows: failed } = await context.db.query<{
      attempts: number;
      last_error: string;
      channel: string;
    }>(
      "SELECT attempts, last_error, request->>'channel' AS channel FROM job_items WHERE job_id = $1 AND status = 'failed'",
      [job.id],
    );
    for (const item of failed) {
      expect(item).toMatchObject({ attempts: 1, channel: "sms" });
      expect(item.last_error).toMatch(
        /^DomainError unprocessable: the library cannot ground this request: no approved frame/,
      );
    }
    expect(progress.drafts).toBe(48);
    const { rows: keys } = await context.db.query<{ n: number; keys: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT job_item_key)::int AS keys FROM drafts WHERE job_id = $1",
      [job.id],
    );
    expect(keys[0]).toEqual({ n: 48, keys: 48 });

    const { rows: items } = await context.db.query<{
      item_key: string;
      request: unknown;
      draft_ids: string[];
    }>("SELECT item_key, request, draft_ids FROM job_items WHERE job_id = $1 ORDER BY id LIMIT 1", [job.id]);
    const item = items[0] as { item_key: string; request: unknown; draft_ids: string[] };
    const again = await generateJobItem({
      context,
      actor: ops,
      request: item.request,
      jobId: job.id,
      itemKey: item.item_key,
      attempt: 2,
    });
    expect(again.draftIds.sort()).toEqual([...item.draft_ids].sort());
    expect((await getJobProgress(context, job.id)).drafts).toBe(48);
  });
});

describe("a job against a model that fails 30% of its calls", () => {
  let flaky: FlakyOpenAI;
  let context: TestContext;
  let ops: Actor;
  beforeAll(async () => {
    flaky = await startFlakyOpenAI({ failureRate: 0.3, hangMs: 2_500 });
    context = await createTestContext({
      env: {
        LLM_MODEL: "fake-chat",
        LLM_BASE_URL: flaky.baseURL,
        LLM_TIMEOUT_MS: "1000",
        LLM_MAX_RETRIES: "0",
        LLM_CONCURRENCY: "16",
      },
      // No judge is configured (rules and the offline claim model decide): this test is about the generator's failures.
      compliance: createEngine(),
    });
    ops = await opsActor(context);
    await ingestFolder(context, FIXTURES);
  });
  afterAll(async () => {
    await context.close();
    await flaky.close();
  });

  it("ends with every item drafted or failed with its reason; retries then draft the failed ones", async () => {
    const rows = expandMatrix(
      MatrixSchema.parse({
        // Products the library knows: a product it does not know is refused (422), not a provider failure.
        industries: ["pets"],
        products: ["鲜肉全价猫粮", "猫砂", "冻干", "罐头", "驱虫"],
        stages: ["icebreak", "interest", "decision"],
        tiers: ["regular", "high_value"],
        channels: ["moments", "private"],
      }),
    );
    expect(rows).toHaveLength(60);
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows, maxAttempts: 1 });
    expect(job.provider).toBe("llm:fake-chat");
    const worker = () => new JobWorker(context, { pollMs: 10, backoff: { baseMs: 5, maxMs: 20 } });
    await runToEnd(context, worker(), job.id);

    let progress = await getJobProgress(context, job.id);
    expect(progress.job.status).toBe("completed");
    expect(progress.counts.succeeded + progress.counts.failed).toBe(60);
    expect(progress.counts.failed).toBeGreaterThan(0);
    expect(progress.counts.succeeded).toBeGreaterThan(0);
    expect(progress.drafts).toBe(progress.counts.succeeded);
    const { rows: failed } = await context.db.query<{ last_error: string }>(
      "SELECT last_error FROM job_items WHERE job_id = $1 AND status = 'failed'",
      [job.id],
    );
    for (const item of failed)
      expect(item.last_error).toMatch(
        /^ItemGenerationFailed (rate_limited|upstream_error|timeout|malformed_output): /,
      );
    // No draft records a provider failure: those items failed instead, to be retried.
    const { rows: errorDrafts } = await context.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM drafts WHERE job_id = $1 AND content ? 'error'",
      [job.id],
    );
    expect(errorDrafts[0]?.n).toBe(0);
    expect(progress.cost.prompt_tokens).toBeGreaterThan(0);

    let rounds = 0;
    while (progress.counts.failed > 0 && rounds < 10) {
      rounds++;
      await controlJob(context, ops, { jobId: job.id, action: "retry" });
      await runToEnd(context, worker(), job.id);
      progress = await getJobProgress(context, job.id);
    }
    expect(progress.counts.succeeded).toBe(60);
    expect(progress.drafts).toBe(60);
    const { rows: distinct } = await context.db.query<{ n: number }>(
      "SELECT count(DISTINCT job_item_key)::int AS n FROM drafts WHERE job_id = $1",
      [job.id],
    );
    expect(distinct[0]?.n).toBe(60);
    expect(
      flaky.failures["429"] + flaky.failures["500"] + flaky.failures.timeout + flaky.failures.malformed,
    ).toBeGreaterThan(0);
  });
});
