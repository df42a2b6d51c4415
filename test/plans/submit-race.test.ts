// Submitting a plan is one-way and happens once, however many submits race: on a real PostgreSQL (several
// connections, so the transactions really overlap), of concurrent submissions of one plan exactly one succeeds,
// the others get a 409, and the plan has exactly one 'submitted' event. Without the row lock in submitPlan
// (SELECT ... FOR UPDATE) both racers read 'draft' and both write an event: this test fails then.
// Runs where TEST_DATABASE_URL names a real server (as .ci/run sets up); skipped on the embedded database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/auth/api-keys.ts";
import type { Actor } from "../../src/auth/permissions.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { submitPlan } from "../../src/plans/submit-plan.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { realPostgresUrl } from "../support/test-database.ts";

let context: TestContext;
let author: Actor;

describe.skipIf(!realPostgresUrl())("concurrent submissions of one plan (real PostgreSQL)", () => {
  beforeAll(async () => {
    // With TEST_DATABASE_URL the test context is a fresh database on that server, with a pool of connections.
    context = await createTestContext();
    author = (await createApiKey(context.db, { role: "sales", name: "销售 小周" })).actor;
  }, 120_000);

  afterAll(() => context?.close());

  it("exactly one of four racing submits wins, for each of 30 plans", async () => {
    const request = {
      industry: "pets",
      segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
      period: 7,
    };
    const plans = Array.from({ length: 30 }, () => `pln_${randomUUID()}`);
    for (const id of plans) {
      await context.db.query("INSERT INTO plans (id, author_id, request) VALUES ($1, $2, $3::jsonb)", [
        id,
        author.id,
        JSON.stringify(request),
      ]);
    }
    const outcomes = await Promise.all(
      plans.flatMap((id) =>
        Array.from({ length: 4 }, () =>
          submitPlan(context, author, { id }).then(
            () => "ok",
            (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
          ),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(plans.length);
    expect(outcomes.filter((outcome) => outcome === "conflict")).toHaveLength(plans.length * 3);
    const { rows } = await context.db.query<{ plan_id: string; n: number }>(
      `SELECT plan_id, count(*)::int AS n FROM plan_events WHERE action = 'submitted' GROUP BY plan_id`,
    );
    expect(rows).toHaveLength(plans.length);
    expect(rows.every((row) => row.n === 1)).toBe(true);
  }, 120_000);
});
