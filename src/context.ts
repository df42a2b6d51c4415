import type { Config } from "./config/config.ts";
import type { Database } from "./db/database.ts";
import { openDatabase } from "./db/open-database.ts";
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
  const db = await openDatabase(config, command);
  return { config, db, embedder: selectEmbedder(config), now: () => new Date() };
}

export function today(context: Pick<AppContext, "now">): string {
  return context.now().toISOString().slice(0, 10);
}
