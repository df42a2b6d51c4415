// A rule term an admin adds reaches every process on the database, not only the one that added it. Two
// separate pools stand for two processes: one adds the term, the other's pack learns it from the NOTIFY.
// On PGlite (no TEST_DATABASE_URL) both share the one embedded session, which also hears its own NOTIFY.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { addRuleTerm } from "../../src/compliance/rules/database-rules.ts";
import { followRuleRevisions } from "../../src/context.ts";
import { openPostgresDatabase } from "../../src/db/postgres-database.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { databaseUrlOf, realPostgresUrl } from "../support/test-database.ts";

let context: TestContext;
let stopFollowing: () => Promise<void>;

beforeAll(async () => {
  context = await createTestContext();
  await context.db.query("INSERT INTO actors (id, name, role) VALUES ('admin-1', '管理员', 'admin')");
  stopFollowing = await followRuleRevisions(context);
});
afterAll(async () => {
  await stopFollowing();
  await context.close();
});

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the rule pack did not change in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("rule revisions", () => {
  it("a term added through another connection is in this process's pack moments later", async () => {
    const text = "这款面膜是冰肌神器，姐妹们冲。";
    expect((await checkText({ text }, { rulePack: context.compliance.rulePack })).verdict).toBe("pass");
    // Another process: its own pool on the same database (on PGlite, the context's own session).
    const url = realPostgresUrl() ? await databaseUrlOf(context.db) : undefined;
    const other = url ? await openPostgresDatabase(url, { maxConnections: 1 }) : context.db;
    try {
      const added = await other.transaction((tx) =>
        addRuleTerm(tx, "admin-1", {
          term: "冰肌神器",
          category: "absolute",
          article: "《广告法》第九条第（三）项",
          severity: "block",
          reason: "监管通报",
        }),
      );
      await until(
        async () =>
          (await checkText({ text }, { rulePack: context.compliance.rulePack })).verdict === "block",
      );
      expect(context.compliance.rulePack.pack.version).toMatch(new RegExp(`\\.r${added.revision}$`));
    } finally {
      if (other !== context.db) await other.close();
    }
  });
});
