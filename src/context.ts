import { type Config, loadConfig } from "./config/config.ts";
import type { Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { openDatabase } from "./db/open-database.ts";
import { openPgliteDatabase } from "./db/pglite-database.ts";
import type { Embedder } from "./rag/embedder.ts";
import { selectEmbedder } from "./rag/select-embedder.ts";

/** What every verb needs, built once at start and shared by the HTTP API, the CLI, jobs and evals. */
export interface AppContext {
  config: Config;
  db: Database;
  embedder: Embedder;
  /** Today, injectable so validity dates can be tested. */
  now: () => Date;
}

export async function createContext(config: Config, command: string): Promise<AppContext> {
  const embedder = selectEmbedder(config);
  // A remote embedder learns its dimension from a first call; do it before anything reads embedder.id.
  await embedder.embed([]);
  const db = await openDatabase(config, command);
  return { config, db, embedder, now: () => new Date() };
}

export function today(context: Pick<AppContext, "now">): string {
  return context.now().toISOString().slice(0, 10);
}

/** A context on a fresh in-memory embedded database: for evals and benches that must not touch ./data. */
export async function createEphemeralContext(
  env: Record<string, string | undefined> = {},
): Promise<AppContext> {
  const config = loadConfig({ ...env, LIANGYAN_DATA_DIR: "memory://" });
  const db = await openPgliteDatabase("memory://");
  await migrate(db);
  return { config, db, embedder: selectEmbedder(config), now: () => new Date() };
}
