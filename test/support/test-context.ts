import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { createApiKey } from "../../src/auth/api-keys.ts";
import type { Role } from "../../src/auth/permissions.ts";
import type { Engine } from "../../src/compliance/default-engine.ts";
import { type Config, loadConfig } from "../../src/config/config.ts";
import { type AppContext, createCompliance } from "../../src/context.ts";
import type { Database } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { fromPglite } from "../../src/db/pglite-database.ts";
import { openPostgresDatabase } from "../../src/db/postgres-database.ts";
import { SESSION_SETTINGS_SQL } from "../../src/db/session-settings.ts";
import type { Generator } from "../../src/generators/generator.ts";
import { selectGenerator } from "../../src/generators/select-generator.ts";
import { createHashingEmbedder } from "../../src/rag/hashing-embedder.ts";
import { createPostgresDatabase, realPostgresUrl } from "./test-database.ts";

export type DatabasePath = "pglite" | "pg";

export interface TestContextOptions {
  path?: DatabasePath;
  now?: Date;
  env?: Record<string, string>;
  /** Inject a generator or engine (a fake-server model, say) instead of the ones the config selects. */
  generator?: Generator;
  compliance?: Engine;
}

export interface TestContext extends AppContext {
  close(): Promise<void>;
  keyFor(role: Role, name?: string): Promise<string>;
}

/**
 * A fresh, migrated database for one test file. "pglite" is the embedded path in memory; "pg" serves a
 * PGlite over the Postgres wire protocol on 127.0.0.1 and talks to it through node-postgres, so the real
 * server code path (type parsers, parameter encoding, pool transactions) runs without a Postgres install.
 * With TEST_DATABASE_URL set, both paths use a new database on that real PostgreSQL instead (several
 * connections, so races are real), dropped on close.
 */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const config: Config = loadConfig({ LIANGYAN_DATA_DIR: "memory://", ...options.env });
  const realServer = realPostgresUrl();
  if (realServer) return onRealPostgres(realServer, config, options);
  const pglite = await PGlite.create("memory://", { extensions: { vector } });
  let db: Database;
  let server: PGLiteSocketServer | undefined;
  if (options.path === "pg") {
    // pglite-socket ignores libpq startup options, which a real server applies to each connection; PGlite is
    // one session, so setting them on it once is the same.
    await pglite.exec(SESSION_SETTINGS_SQL);
    server = new PGLiteSocketServer({ db: pglite, port: 0, host: "127.0.0.1" });
    await server.start();
    const address = server.getServerConn();
    db = await openPostgresDatabase(`postgres://postgres:postgres@${address}/postgres`, {
      maxConnections: 1,
    });
  } else {
    db = fromPglite(pglite, async () => {});
  }
  return withContext(db, config, options, async () => {
    await server?.stop();
    await pglite.close();
  });
}

async function onRealPostgres(
  serverUrl: string,
  config: Config,
  options: TestContextOptions,
): Promise<TestContext> {
  const scratch = await createPostgresDatabase(serverUrl);
  const db = await openPostgresDatabase(scratch.url, { maxConnections: 10 });
  return withContext(db, config, options, () => scratch.drop());
}

async function withContext(
  db: Database,
  config: Config,
  options: TestContextOptions,
  release: () => Promise<void>,
): Promise<TestContext> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    await release();
    throw error;
  }
  const now = options.now ?? new Date("2026-11-29T08:00:00Z");
  const context: TestContext = {
    config,
    db,
    embedder: createHashingEmbedder(),
    compliance: options.compliance ?? createCompliance(config),
    generator: options.generator ?? selectGenerator(config),
    now: () => now,
    async close() {
      await db.close();
      await release();
    },
    async keyFor(role, name = `${role} tester`) {
      return (await createApiKey(db, { role, name })).key;
    },
  };
  return context;
}
