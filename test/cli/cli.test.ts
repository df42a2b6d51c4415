import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/run-cli.ts";

const FIXTURES = join(ROOT, "test/fixtures/library-small");
const dataDir = mkdtempSync(join(tmpdir(), "liangyan-cli-"));
const env = { ...process.env, LIANGYAN_DATA_DIR: dataDir, LIANGYAN_CONTENT_DIR: FIXTURES, PORT: "0" };

function run(args: string[], extraEnv: Record<string, string> = {}) {
  return runCli(args, { ...env, ...extraEnv });
}

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill("SIGTERM");
});

describe("liangyan CLI", () => {
  it("migrate applies the schema", async () => {
    const result = await run(["migrate"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0001_foundation/);
  });

  it("keys create prints the new key alone on its last line", async () => {
    const result = await run(["keys", "create", "--role", "reviewer", "--name", "张审核"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^ly_[\w-]{40,}$/);
  });

  it("rejects an unknown role with usage exit code 2", async () => {
    const result = await run(["keys", "create", "--role", "boss", "--name", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/boss/);
  });

  it("ingest prints counts; the second run changes and embeds nothing", async () => {
    const first = await run(["ingest", FIXTURES]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/added 6, updated 0, unchanged 0, retired 0, rejected 0; embedded 6/);
    const second = await run(["ingest", FIXTURES]);
    expect(second.stdout).toMatch(/added 0, updated 0, unchanged 6, retired 0, rejected 0; embedded 0/);
  });

  it("a bad configuration value stops start-up naming the variable", async () => {
    const result = await run(["migrate"], { DATABASE_URL: "mysql://nope" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });

  it("serve answers on its port; a second process on the same data folder is told who holds it", async () => {
    const key = (await run(["keys", "create", "--role", "sales", "--name", "李销售"])).stdout
      .trim()
      .split("\n")
      .at(-1);
    server = spawn(process.execPath, ["bin/liangyan.js", "serve"], { cwd: ROOT, env });
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      server?.stdout?.on("data", (chunk) => {
        out += chunk;
        const match = /listening on http:\/\/[\d.]+:(\d+)/.exec(out);
        if (match?.[1]) resolve(Number(match[1]));
      });
      server?.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
    });
    const response = await fetch(`http://127.0.0.1:${port}/v1/library/search?query=猫粮&industry=pets`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    const locked = await run(["ingest", FIXTURES]);
    expect(locked.code).toBe(3);
    expect(locked.stderr).toMatch(new RegExp(`in use by process ${server.pid} \\(liangyan serve`));
  });
});
