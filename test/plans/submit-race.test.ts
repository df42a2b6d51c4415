// Submitting a plan is one-way and happens once, however many submits race: on a real PostgreSQL (several
// connections, so the transactions really overlap), of concurrent submissions of one plan exactly one succeeds,
// the others get a 409, and the plan has exactly one 'submitted' event. Without the row lock in submitPlan
// (SELECT ... FOR UPDATE) both racers read 'draft' and both write an event: this test fails then.
// Runs where TEST_DATABASE_URL names a server with the liangyan_test_template database (as .ci/run sets up).
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/auth/api-keys.ts";
import type { Actor } from "../../src/auth/permissions.ts";
import type { AppContext } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { openPostgresDatabase } from "../../src/db/postgres-database.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { submitPlan } from "../../src/plans/submit-plan.ts";

const SERVER = process.env.TEST_DATABASE_URL;
const TEMPLATE = process.env.TEST_DATABASE_TEMPLATE ?? "liangyan_test_template";
const NAME = `console_race_${randomBytes(4).toString("hex")}`;

async function admin(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

let db: Database;
let author: Actor;

describe.skipIf(!SERVER)("concurrent submissions of one plan (real PostgreSQL)", () => {
  beforeAll(async () => {
    await admin((client) =>
      client.query(`CREATE DATABASE ${NAME} TEMPLATE ${TEMPLATE}`).then(() => undefined),
    );
    const url = new URL(SERVER as string);
    url.pathname = `/${NAME}`;
    db = await openPostgresDatabase(url.toString(), { maxConnections: 8 });
    await migrate(db);
    author = (await createApiKey(db, { role: "sales", name: "销售 小周" })).actor;
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    if (SERVER)
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${NAME}`).then(() => undefined));
  });

  it("exactly one of four racing submits wins, for each of 30 plans", async () => {
    const context = { db } as unknown as AppContext;
    const request = {
      industry: "pets",
      segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
      period: 7,
    };
    const plans = Array.from({ length: 30 }, () => `pln_${randomUUID()}`);
    for (const id of plans) {
      await db.query("INSERT INTO plans (id, author_id, request) VALUES ($1, $2, $3::jsonb)", [
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
    const { rows } = await db.query<{ plan_id: string; n: number }>(
      `SELECT plan_id, count(*)::int AS n FROM plan_events WHERE action = 'submitted' GROUP BY plan_id`,
    );
    expect(rows).toHaveLength(plans.length);
    expect(rows.every((row) => row.n === 1)).toBe(true);
  }, 120_000);
});
