import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOutcome } from "../../scripts/bulk-rows.ts";
import type { Database } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { openPostgresDatabase } from "../../src/db/postgres-database.ts";
import { createSharedDatabase, type ScratchDatabase } from "../support/test-database.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const FIXTURES = new URL("../fixtures/library-generation/", import.meta.url).pathname;

let shared: ScratchDatabase;
let db: Database;
let env: Record<string, string>;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["bin/liangyan.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...extra },
  });
  const run: Run = { code: null, stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => {
    run.stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    run.stderr += chunk;
  });
  const ended = new Promise<Run>((resolve) =>
    child.on("close", (code) => {
      run.code = code;
      resolve(run);
    }),
  );
  return { child, run, ended };
}

const liangyan = (args: string[], extra: Record<string, string> = {}) => start(args, extra).ended;

// The deadline detects a hang (a job left 'running' when two workers finished its last items at once, fixed
// in completeItems), not a speed target: it is far above the 26-41 s this test takes.
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  // One database, several connections from several processes: the real server with TEST_DATABASE_URL, else
  // PGlite served over the Postgres wire protocol.
  shared = await createSharedDatabase();
  const url = shared.url;
  db = await openPostgresDatabase(url, { maxConnections: 1 });
  await migrate(db);
  env = { DATABASE_URL: url, DATABASE_MAX_CONNECTIONS: "2", LIANGYAN_CONTENT_DIR: FIXTURES, LLM_MODEL: "" };
});
afterAll(async () => {
  await db.close();
  await shared.drop();
});

describe("two worker processes on one database", () => {
  it("share a job without claiming any item twice", async () => {
    expect((await liangyan(["ingest"])).code).toBe(0);
    const key = (await liangyan(["keys", "create", "--role", "ops", "--name", "运营"])).stdout
      .trim()
      .split("\n")
      .at(-1);
    const created = await liangyan(
      [
        "bulk",
        "--detach",
        "--industries",
        "pets,finance",
        "--products",
        "甲,乙,丙,丁,戊,己,庚,辛,壬,癸",
        "--stages",
        "icebreak,interest,decision",
        "--tiers",
        "regular,high_value,price_sensitive",
        "--channels",
        "moments,private",
      ],
      { LIANGYAN_API_KEY: key ?? "" },
    );
    expect(created.code, created.stderr).toBe(0);
    const jobId = /job (job_[\w-]+):/.exec(created.stderr)?.[1] as string;

    // The job waits (cancelled) until both workers are up, so that neither gets a head start.
    await db.query("UPDATE job_items SET status = 'cancelled' WHERE job_id = $1", [jobId]);
    await db.query("UPDATE jobs SET status = 'cancelled' WHERE id = $1", [jobId]);
    const workers = [start(["worker", "--concurrency", "2"]), start(["worker", "--concurrency", "2"])];
    await until(() => workers.every((worker) => /serving composer/.test(worker.run.stderr)), "both workers");
    await db.query("UPDATE job_items SET status = 'queued' WHERE job_id = $1", [jobId]);
    await db.query("UPDATE jobs SET status = 'running' WHERE id = $1", [jobId]);
    await until(async () => {
      const { rows } = await db.query<{ status: string }>("SELECT status FROM jobs WHERE id = $1", [jobId]);
      return rows[0]?.status === "completed";
    }, "the job to complete");
    for (const worker of workers) worker.child.kill("SIGTERM");
    const stats = (await Promise.all(workers.map((worker) => worker.ended))).map((worker) => {
      expect(worker.code, worker.stderr).toBe(0);
      return JSON.parse(worker.stdout.trim().split("\n").at(-1) ?? "{}") as {
        claimed: number;
        succeeded: number;
      };
    });
    // Both worked, and the claims add up to the items: no item was claimed by both.
    expect(stats[0]?.claimed).toBeGreaterThan(0);
    expect(stats[1]?.claimed).toBeGreaterThan(0);
    expect((stats[0]?.claimed ?? 0) + (stats[1]?.claimed ?? 0)).toBe(360);
    const { rows } = await db.query<{ status: string; attempts: number; n: number }>(
      "SELECT status, attempts, count(*)::int AS n FROM job_items WHERE job_id = $1 GROUP BY 1, 2",
      [jobId],
    );
    expect(rows).toEqual([{ status: "succeeded", attempts: 1, n: 360 }]);
    expect(await countOutcome(db, jobId)).toEqual({ items: 360, drafts: 360, lost: 0, duplicated: 0 });
  }, 540_000);
});
