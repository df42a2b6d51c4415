// Kill a bulk job with SIGKILL part-way, start it again, and count: every item drafted exactly once?
// `liangyan bulk` runs the job in a child process on the embedded database; when its progress passes
// `killAt`, the child gets SIGKILL; `liangyan worker --job ID` then finishes it. Last line: JSON with n,
// killed_at, drafts, lost, duplicated. Usage: node bin/run.js scripts/bulk-crash.ts [--n 10000] [--kill-at 0.5]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config/config.ts";
import type { Database } from "../src/db/database.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { benchRows, countOutcome } from "./bulk-rows.ts";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

export interface CrashResult {
  n: number;
  job: string;
  killed_at: number;
  released: number;
  left_running: number;
  left_running_with_draft: number;
  drafts: number;
  lost: number;
  duplicated: number;
  items_succeeded: number;
  seconds: number;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function liangyan(
  args: string[],
  env: Record<string, string>,
  onStderr?: (text: string, kill: () => void) => void,
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/liangyan.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      onStderr?.(stderr, () => child.kill("SIGKILL"));
    });
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

async function withDatabase<T>(env: Record<string, string>, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig(env), "crash check");
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The CSV content ops would upload: one request a row. */
function writeSheet(path: string, n: number, industries?: string[]): void {
  const columns = ["industry", "stage", "tier", "channel", "message_type", "seed"];
  const lines = [columns.join(",")];
  const channels = industries ? [{ channel: "moments" }, { channel: "private" }] : undefined;
  for (const row of benchRows(n, { industries, channels }))
    lines.push(columns.map((column) => String(row.cells[column] ?? "")).join(","));
  writeFileSync(path, `${lines.join("\n")}\n`);
}

export async function crashAndResume(options: {
  n: number;
  killAt: number;
  /** A smaller library (and the industries it covers) for tests. */
  contentDir?: string;
  industries?: string[];
  concurrency?: number;
  log?: (line: string) => void;
}): Promise<CrashResult> {
  const log = options.log ?? (() => {});
  const dataDir = mkdtempSync(join(tmpdir(), "liangyan-crash-"));
  const env = {
    LIANGYAN_DATA_DIR: dataDir,
    LIANGYAN_CONTENT_DIR: options.contentDir ?? join(ROOT, "content-library"),
    LLM_MODEL: "",
    DATABASE_URL: "",
  };
  try {
    const started = performance.now();
    const ingest = await liangyan(["ingest"], env);
    if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    const keys = await liangyan(["keys", "create", "--role", "ops", "--name", "crash test"], env);
    const key = keys.stdout.trim().split("\n").at(-1) ?? "";
    const sheet = join(dataDir, "rows.csv");
    writeSheet(sheet, options.n, options.industries);

    let killedAt = 0;
    const concurrency = String(options.concurrency ?? 8);
    const first = await liangyan(
      ["bulk", sheet, "--concurrency", concurrency],
      { ...env, LIANGYAN_API_KEY: key },
      (stderr, kill) => {
        if (killedAt) return;
        const matches = [...stderr.matchAll(/\] +[\d.]+% (\d+)\/(\d+)/g)];
        const last = matches.at(-1);
        if (last && Number(last[1]) >= options.killAt * options.n) {
          killedAt = Number(last[1]);
          kill();
        }
      },
    );
    const job = /job (job_[\w-]+):/.exec(first.stderr)?.[1];
    if (!job) throw new Error(`no job id in: ${first.stderr}`);
    if (first.signal !== "SIGKILL")
      throw new Error(`the job ended before it could be killed: ${first.stderr}`);
    log(`killed ${job} with SIGKILL at ${killedAt}/${options.n} items`);

    // What the killed process left: items still marked running, and how many of them had stored their drafts
    // already (the restart must not make those twice).
    const left = await withDatabase(env, async (db) => {
      const { rows } = await db.query<{ running: number; drafted: number }>(
        `SELECT count(*)::int AS running,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM drafts d WHERE d.job_item_key = i.item_key))::int AS drafted
         FROM job_items i WHERE i.job_id = $1 AND i.status = 'running'`,
        [job],
      );
      return rows[0] ?? { running: 0, drafted: 0 };
    });
    log(`left running: ${left.running} items, ${left.drafted} of them with their draft already stored`);

    const second = await liangyan(["worker", "--job", job, "--concurrency", concurrency], env);
    if (second.code !== 0) throw new Error(`the restarted worker failed: ${second.stderr}`);
    const released = Number(/released (\d+) items/.exec(second.stderr)?.[1] ?? 0);
    log(`restarted: ${released} items left running by the killed process were released`);

    return await withDatabase(env, async (db) => {
      const outcome = await countOutcome(db, job);
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM job_items WHERE job_id = $1 AND status = 'succeeded'",
        [job],
      );
      return {
        n: options.n,
        job,
        killed_at: killedAt,
        released,
        left_running: left.running,
        left_running_with_draft: left.drafted,
        drafts: outcome.drafts,
        lost: outcome.lost,
        duplicated: outcome.duplicated,
        items_succeeded: rows[0]?.n ?? 0,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({
    options: { n: { type: "string", default: "10000" }, "kill-at": { type: "string", default: "0.5" } },
  });
  const result = await crashAndResume({
    n: Number(values.n),
    killAt: Number(values["kill-at"]),
    log: console.error,
  });
  console.log(JSON.stringify(result));
  if (result.lost > 0 || result.duplicated > 0 || result.drafts !== result.n) process.exitCode = 1;
}
