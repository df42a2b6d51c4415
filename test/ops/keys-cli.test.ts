// Keys from the command line: the same verbs as the API, acting as the system (audited with via: cli). Each
// call is a process opening the embedded database, so the calls are few.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPgliteDatabase } from "../../src/db/pglite-database.ts";
import { runCli } from "../support/run-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "liangyan-keys-cli-"));
const env = { ...process.env, LIANGYAN_DATA_DIR: dataDir };

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("liangyan keys", () => {
  it("creates with an expiry, lists, rotates and revokes, each change audited", async () => {
    const created = await runCli(
      ["keys", "create", "--role", "sales", "--name", "李雷", "--expires", "30d"],
      env,
    );
    expect(created.code).toBe(0);
    const keyId = /key (key_[\w-]+)/.exec(created.stderr)?.[1] as string;
    expect(created.stderr).toMatch(/valid until \d{4}-/);

    const rotated = await runCli(["keys", "rotate", keyId, "--grace", "1h"], env);
    expect(rotated.code).toBe(0);
    const newKey = rotated.stdout.trim().split("\n").at(-1) as string;
    expect(newKey).toMatch(/^ly_/);

    const listed = await runCli(["keys", "list"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(keyId);
    expect(listed.stdout).toMatch(/active until/);

    const revoked = await runCli(["keys", "revoke", keyId, "--reason", "rotated"], env);
    expect(revoked.code).toBe(0);
    const again = await runCli(["keys", "revoke", keyId], env);
    expect(again.code).toBe(6);

    const db = await openPgliteDatabase(dataDir);
    try {
      const { rows } = await db.query<{ action: string; actor_id: string | null; via: string }>(
        "SELECT action, actor_id, detail->>'via' AS via FROM admin_audit ORDER BY id",
      );
      expect(rows.map((row) => row.action)).toEqual(["key_created", "key_rotated", "key_revoked"]);
      expect(rows.every((row) => row.actor_id === null && row.via === "cli")).toBe(true);
    } finally {
      await db.close();
    }
  }, 600_000);
});
