// A CREATE INDEX also indexes rows deleted moments ago that an open snapshot can still see. When the embedder
// changes, the chunks of the old dimension are such rows until every older snapshot has ended; a session
// reading the library at that moment must not make the new index fail (CI once failed this way, on an
// autovacuum snapshot). Only the real server has a second session that can hold a snapshot.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHashingEmbedder } from "../../src/rag/hashing-embedder.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { retrieve } from "../../src/rag/retrieve.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { databaseUrlOf, realPostgresUrl } from "../support/test-database.ts";

const FIXTURES = new URL("../fixtures/library-small/", import.meta.url).pathname;

describe.skipIf(!realPostgresUrl())(
  "changing the embedder while another session reads (real PostgreSQL)",
  () => {
    let context: TestContext;
    let dir: string;
    beforeAll(async () => {
      context = await createTestContext();
      dir = mkdtempSync(join(tmpdir(), "liangyan-library-"));
      cpSync(FIXTURES, dir, { recursive: true });
    });
    afterAll(() => context.close());

    it("builds the new dimension's indexes although the old chunks are still visible to that session", async () => {
      await ingestFolder(context, dir);
      const reader = new pg.Client({ connectionString: await databaseUrlOf(context.db) });
      await reader.connect();
      const before = context.embedder;
      try {
        // The snapshot is taken by the first statement. It reads another table: a lock on library_chunks would
        // (rightly) make dropping the old indexes wait for this session to end.
        await reader.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
        const items = await reader.query(
          "SELECT count(*)::int AS n FROM library_items WHERE industry = 'pets'",
        );
        expect(items.rows[0].n).toBeGreaterThan(0);

        context.embedder = createHashingEmbedder({ dimensions: 128 });
        const report = await ingestFolder(context, dir);
        expect(report.embedded).toBeGreaterThanOrEqual(5);
        const { rows } = await context.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'i' AND relname LIKE 'library\\_chunks\\_hnsw\\_128\\_%'",
        );
        expect(rows[0]?.n).toBeGreaterThan(0);
        const found = await retrieve(context, { query: "猫粮 换粮", industry: "pets", k: 3 });
        expect(found.map((r) => r.id)).toContain("t-pets-faq-switch");

        // The reader's snapshot still sees the chunks as they were, all of the old dimension.
        const still = await reader.query(
          "SELECT count(*)::int AS n, min(vector_dims(embedding))::int AS dims FROM library_chunks WHERE industry = 'pets'",
        );
        expect(still.rows[0]).toMatchObject({ dims: 256 });
        expect(still.rows[0].n).toBeGreaterThan(0);
      } finally {
        context.embedder = before;
        await reader.query("ROLLBACK").catch(() => {});
        await reader.end();
      }
    });
  },
);
