// The README's promise, as a newcomer meets it: clone, install, and the documented `npx liangyan ...` works;
// so do `node bin/liangyan.js` from another folder and a global install. The clone installs production
// dependencies only, from npm's cache (tests never reach the network), which also proves the CLI needs no
// dev dependency at run time. It clones the committed HEAD: uncommitted edits are not what a newcomer gets.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROOT } from "../support/run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "liangyan-fresh-clone-"));
const clone = join(scratch, "liangyan");
// Offline: npm answers from its cache or fails, never the registry. No inherited npm_* settings from the runner.
const env = Object.fromEntries(
  Object.entries({ ...process.env, npm_config_offline: "true", npm_config_update_notifier: "false" }).filter(
    ([name]) =>
      !name.startsWith("npm_") || name === "npm_config_offline" || name === "npm_config_update_notifier",
  ),
);

function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function lastLine(text: string): string | undefined {
  return text.trim().split("\n").at(-1);
}

const KEY = /^ly_[\w-]{40,}$/;
// Each step starts Node, tsx and an embedded database: about 15 s alone, minutes on a loaded two-core machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

beforeAll(async () => {
  const cloned = await run("git", ["clone", "--quiet", ROOT, clone], scratch);
  expect(cloned.stderr).toBe("");
  const installed = await run("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], clone);
  expect(installed.code, installed.stderr).toBe(0);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("a fresh clone", () => {
  it("npx liangyan keys create --role admin --name x prints a key on its last line", async () => {
    const result = await run("npx", ["liangyan", "keys", "create", "--role", "admin", "--name", "x"], clone, {
      LIANGYAN_DATA_DIR: join(scratch, "data-npx"),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toMatch(KEY);
  });

  it("node bin/liangyan.js works from any folder", async () => {
    const result = await run(
      process.execPath,
      [join(clone, "bin/liangyan.js"), "keys", "create", "--role", "reviewer", "--name", "李四"],
      scratch,
      { LIANGYAN_DATA_DIR: join(scratch, "data-node") },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toMatch(KEY);
  });

  it("a global install (npm install -g into a scratch prefix) runs through its symlinked bin", async () => {
    const prefix = join(scratch, "global");
    const installed = await run("npm", ["install", "--global", "--prefix", prefix, clone], scratch);
    expect(installed.code, installed.stderr).toBe(0);
    const result = await run(
      join(prefix, "bin/liangyan"),
      ["keys", "create", "--role", "ops", "--name", "运营"],
      scratch,
      {
        LIANGYAN_DATA_DIR: join(scratch, "data-global"),
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toMatch(KEY);
  });
});
