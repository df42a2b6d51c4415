import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "../../src/db/data-dir-lock.ts";
import { migrate, readMigrations } from "../../src/db/migrate.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { retrieve } from "../../src/rag/retrieve.ts";
import { createTestContext, type DatabasePath, type TestContext } from "../support/test-context.ts";

const FIXTURES = new URL("../fixtures/library-small/", import.meta.url).pathname;

describe.each<DatabasePath>(["pglite", "pg"])("the %s path", (path) => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext({ path });
  });
  afterAll(() => context.close());

  it("has every migration applied once, and applying again is a no-op", async () => {
    const { rows } = await context.db.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(context.db)).toEqual([]);
  });

  it("returns int8 as numbers, jsonb as objects, text[] as arrays, on both paths", async () => {
    const { rows } = await context.db.query<{ n: number; j: { a: number[] }; t: string[] }>(
      "SELECT count(*) AS n, $1::jsonb AS j, $2::text[] AS t FROM schema_migrations",
      [JSON.stringify({ a: [1, 2] }), ["甲", "乙"]],
    );
    expect(rows[0]).toEqual({ n: readMigrations().length, j: { a: [1, 2] }, t: ["甲", "乙"] });
  });

  it("rolls a failed transaction back whole", async () => {
    await expect(
      context.db.transaction(async (tx) => {
        await tx.query("INSERT INTO settings (key, value) VALUES ('probe', '1'::jsonb)");
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    const { rows } = await context.db.query("SELECT 1 FROM settings WHERE key = 'probe'");
    expect(rows).toEqual([]);
  });

  it("ingests and searches with the same SQL; a second ingest embeds nothing", async () => {
    const first = await ingestFolder(context, FIXTURES);
    expect(first).toMatchObject({ added: 6, rejected: 0, embedded: 6 });
    const second = await ingestFolder(context, FIXTURES);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 6, retired: 0, embedded: 0 });
    const results = await retrieve(context, { query: "猫粮 换粮", industry: "pets", k: 3 });
    expect(results[0]?.industry).toBe("pets");
    expect(results.map((r) => r.id)).toContain("t-pets-faq-switch");
  });
});

describe("the embedded database's lock", () => {
  it("refuses a second holder, naming the first; a dead holder's lock is taken over", () => {
    const dir = mkdtempSync(join(tmpdir(), "liangyan-lock-"));
    const release = lockDataDir(dir, "liangyan serve");
    // A live process other than us: our parent.
    writeFileSync(
      join(dir, "liangyan.lock"),
      JSON.stringify({ pid: process.ppid, command: "liangyan serve", started_at: "t" }),
    );
    expect(() => lockDataDir(dir, "liangyan ingest")).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, "liangyan ingest")).toThrow(/in use by process \d+ \(liangyan serve/);
    writeFileSync(
      join(dir, "liangyan.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, command: "gone", started_at: "t" }),
    );
    const again = lockDataDir(dir, "liangyan ingest");
    again();
    release();
  });
});
