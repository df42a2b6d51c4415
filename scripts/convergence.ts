// Many processes, one database (run by .ci/run on a real PostgreSQL): three `serve --ingest` and two `worker`
// processes start at the same moment against one new, empty database. All must come up; there must be one
// admin and one copy of each library item; a 2,000-item job must end with exactly one draft per item although
// one serve process is killed with SIGKILL (its items come back when their lease lapses) and one worker is
// killed with SIGKILL and restarted under the same LIANGYAN_WORKER_ID (it takes its items back at once).
//
//   DATABASE_URL=postgres://...  TEST_DATABASE_TEMPLATE=...  node bin/run.js scripts/convergence.ts
// Prints a table, then one JSON object as the last line; exits 1 when a check fails.
import { type ChildProcess, spawn } from "node:child_process";
import { loadConfig } from "../src/config/config.ts";
import { type AppContext, createContext } from "../src/context.ts";
import { createJob } from "../src/jobs/create-job.ts";
import { createPostgresDatabase } from "../test/support/test-database.ts";
import { benchRows, countOutcome } from "./bulk-rows.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const ITEMS = 2_000;
// Serve processes hold items on a short lease, so a killed one's items come back by expiry; the workers on a
// long one, so only the restart under the same id can explain a killed worker's items coming back in time.
const SERVE_LEASE_SECONDS = 5;
const WORKER_LEASE_SECONDS = 300;

interface Started {
  name: string;
  child: ChildProcess;
  output: string;
  exited: boolean;
}

function start(name: string, args: string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["bin/liangyan.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started: Started = { name, child, output: "", exited: false };
  const collect = (chunk: Buffer) => {
    started.output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.on("exit", () => {
    started.exited = true;
  });
  return started;
}

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("set DATABASE_URL to a PostgreSQL server with pgvector (see .ci/run)");
  const scratch = await createPostgresDatabase(server);
  const env = {
    DATABASE_URL: scratch.url,
    DATABASE_MAX_CONNECTIONS: "4",
    PORT: "0",
    LLM_MODEL: "",
  };
  const serveEnv = { ...env, LIANGYAN_WORKER_LEASE_SECONDS: String(SERVE_LEASE_SECONDS) };
  const workerEnv = (id: string) => ({
    ...env,
    LIANGYAN_WORKER_LEASE_SECONDS: String(WORKER_LEASE_SECONDS),
    LIANGYAN_WORKER_ID: `convergence-worker-${id}`,
  });
  const processes: Started[] = [];
  const checks: Array<{ check: string; expected: string; measured: string; ok: boolean }> = [];
  const record = (check: string, expected: unknown, measured: unknown) =>
    checks.push({ check, expected: String(expected), measured: String(measured), ok: expected === measured });
  let context: AppContext | undefined;
  const began = Date.now();
  try {
    // All five at the same moment, on a database with no tables yet.
    for (const index of [1, 2, 3]) processes.push(start(`serve-${index}`, ["serve", "--ingest"], serveEnv));
    for (const id of ["a", "b"]) processes.push(start(`worker-${id}`, ["worker"], workerEnv(id)));
    const up = (started: Started) => /listening on|serving composer/.test(started.output);
    await until(() => processes.every(up) || processes.some((p) => p.exited), "all five processes", 240_000);
    record("processes up", 5, processes.filter((p) => up(p) && !p.exited).length);
    const upAfterMs = Date.now() - began;

    context = await createContext(loadConfig({ ...process.env, ...env }), "convergence check");
    const { db } = context;
    const admins = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM actors WHERE role = 'admin'",
    );
    record("admins", 1, admins.rows[0]?.n);
    // The key itself never reaches a log (terminal or 0600 file); every process that minted one logs that it did.
    const firstKeys = processes.filter((p) => /"kind":"first_admin_key"/.test(p.output)).length;
    record("processes that delivered a first admin key", 1, firstKeys);
    const library = await db.query<{
      items: number;
      ids: number;
      versions: number;
      duplicate_chunks: number;
    }>(
      `SELECT (SELECT count(*)::int FROM library_items) AS items,
              (SELECT count(DISTINCT id)::int FROM library_items) AS ids,
              (SELECT count(*)::int FROM library_item_versions) AS versions,
              (SELECT count(*)::int FROM (SELECT item_id, ord FROM library_chunks GROUP BY 1, 2 HAVING count(*) > 1) d)
                AS duplicate_chunks`,
    );
    const stored = library.rows[0];
    const added = processes
      .flatMap((p) => [...p.output.matchAll(/added (\d+), updated/g)].map((match) => Number(match[1])))
      .reduce((sum, n) => sum + n, 0);
    record("library items added across the three ingests", stored?.items, added);
    record("one version per library item", stored?.items, stored?.versions);
    record("duplicated chunks", 0, stored?.duplicate_chunks);

    const { rows: opsRows } = await db.query<{ id: string }>(
      "INSERT INTO actors (id, name, role) VALUES ('act_convergence_ops', '运营 批量', 'ops') RETURNING id",
    );
    const ops = { id: opsRows[0]?.id ?? "", name: "运营 批量", role: "ops" as const };
    const { job } = await createJob(context, ops, { source: { kind: "rows" }, rows: benchRows(ITEMS) });
    const succeeded = async () => {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM job_items WHERE job_id = $1 AND status = 'succeeded'",
        [job.id],
      );
      return rows[0]?.n ?? 0;
    };
    // A fifth of the way in, kill one serve process and one worker outright, mid-item.
    await until(async () => (await succeeded()) >= ITEMS / 5, "a fifth of the job", 300_000);
    const heldBy = async (name: string) => {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM job_items WHERE job_id = $1 AND status = 'running' AND locked_by LIKE $2",
        [job.id, name],
      );
      return rows[0]?.n ?? 0;
    };
    const victimServe = processes[0] as Started;
    const victimWorker = processes[3] as Started;
    victimServe.child.kill("SIGKILL");
    victimWorker.child.kill("SIGKILL");
    await until(() => victimServe.exited && victimWorker.exited, "the killed processes to be gone", 10_000);
    const killedAt = await succeeded();
    const heldByKilledWorker = await heldBy("convergence-worker-a");
    // The worker comes back under the same id and takes back what its previous run held, without waiting.
    const restarted = start("worker-a (restarted)", ["worker"], workerEnv("a"));
    processes.push(restarted);
    await until(() => /serving composer/.test(restarted.output), "the restarted worker", 120_000);
    const completedBeforeLeaseMs = Date.now();

    await until(
      async () => {
        const { rows } = await db.query<{ status: string }>("SELECT status FROM jobs WHERE id = $1", [
          job.id,
        ]);
        return rows[0]?.status === "completed";
      },
      "the job to complete",
      600_000,
    );
    // The killed worker's lease had minutes to run: the job can only be complete this soon because the restart
    // took its items back (it logs how many after it has started).
    const tookBack = Number(/took back (\d+) items/.exec(restarted.output)?.[1] ?? 0);
    record("the killed worker held items", true, heldByKilledWorker > 0);
    record("items its restart took back at once", heldByKilledWorker, tookBack);
    record(
      "job done before the killed worker's lease lapsed",
      true,
      Date.now() - completedBeforeLeaseMs < WORKER_LEASE_SECONDS * 1000,
    );
    const outcome = await countOutcome(db, job.id);
    record("job items", ITEMS, outcome.items);
    record("drafts", ITEMS, outcome.drafts);
    record("items without their draft", 0, outcome.lost);
    record("extra drafts", 0, outcome.duplicated);
    const perItem = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT job_item_key FROM drafts WHERE job_id = $1 GROUP BY 1 HAVING count(*) <> 1) d`,
      [job.id],
    );
    record("items with other than one draft", 0, perItem.rows[0]?.n);
    record("survivors still running", 4, processes.filter((p) => !p.exited).length);

    const width = Math.max(...checks.map((c) => c.check.length));
    console.log(`${"check".padEnd(width)}  expected  measured  ok`);
    for (const c of checks)
      console.log(
        `${c.check.padEnd(width)}  ${c.expected.padStart(8)}  ${c.measured.padStart(8)}  ${c.ok ? "yes" : "NO"}`,
      );
    console.log(
      `all five up after ${upAfterMs} ms; killed serve-1 and worker-a at ${killedAt}/${ITEMS} items; ` +
        `worker-a held ${heldByKilledWorker} and its restart took back ${tookBack}; total ${Date.now() - began} ms`,
    );
    const failed = checks.filter((c) => !c.ok);
    console.log(
      JSON.stringify({
        script: "convergence",
        database: "postgres",
        processes: { serve: 3, worker: 2 },
        items: ITEMS,
        killed_at: killedAt,
        held_by_killed_worker: heldByKilledWorker,
        taken_back_on_restart: tookBack,
        up_after_ms: upAfterMs,
        total_ms: Date.now() - began,
        checks: checks.length,
        failed: failed.map((c) => c.check),
      }),
    );
    if (failed.length > 0) process.exitCode = 1;
  } catch (error) {
    for (const p of processes)
      console.error(`---- ${p.name}${p.exited ? " (exited)" : ""}\n${p.output.slice(-2000)}`);
    throw error;
  } finally {
    for (const p of processes) if (!p.exited) p.child.kill("SIGTERM");
    await Promise.all(
      processes.map((p) =>
        p.exited ? undefined : new Promise((resolve) => p.child.once("exit", resolve)).then(() => undefined),
      ),
    );
    await context?.db.close();
    await scratch.drop();
  }
}

await main();
