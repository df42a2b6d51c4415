import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { createEngineWithDatabase } from "../../src/compliance/default-engine.ts";
import { addRuleTerm, retireRuleTerm } from "../../src/compliance/rules/database-rules.ts";
import type { Database } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { openPgliteDatabase } from "../../src/db/pglite-database.ts";

let db: Database;

beforeAll(async () => {
  db = await openPgliteDatabase("memory://");
  await migrate(db);
  await db.query("INSERT INTO actors (id, name, role) VALUES ('admin-1', 'Admin', 'admin')");
});
afterAll(async () => {
  await db.close();
});

describe("rule terms stored in the database", () => {
  it("joins the pack as a new revision, with evasions, and leaves it when retired", async () => {
    const before = await createEngineWithDatabase(db);
    const text = "这款面膜是冰肌神器，姐妹们冲。";
    expect((await checkText({ text }, { rulePack: before.rulePack })).verdict).toBe("pass");

    const added = await db.transaction((tx) =>
      addRuleTerm(tx, "admin-1", {
        term: "冰肌神器",
        category: "absolute",
        article: "《广告法》第九条第（三）项",
        severity: "block",
        reason: "regulator notice",
      }),
    );
    const withTerm = await createEngineWithDatabase(db);
    expect(withTerm.rulePack.pack.version).toBe(`${before.rulePack.pack.version}.r${added.revision}`);
    const verdict = await checkText({ text: "这款面膜是冰 肌 神 器。" }, { rulePack: withTerm.rulePack });
    expect(verdict.verdict).toBe("block");
    expect(verdict.findings[0]?.rule_id).toBe(`db.${added.id}`);

    const retired = await db.transaction((tx) => retireRuleTerm(tx, "admin-1", added.id, "withdrawn"));
    const after = await createEngineWithDatabase(db);
    expect(after.rulePack.pack.version).toBe(`${before.rulePack.pack.version}.r${retired}`);
    expect((await checkText({ text }, { rulePack: after.rulePack })).verdict).toBe("pass");
  });
});
