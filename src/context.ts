import {
  createEngine,
  createEngineWithDatabase,
  type Engine,
  type EngineOptions,
} from "./compliance/default-engine.ts";
import { type Config, loadConfig } from "./config/config.ts";
import type { Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { openDatabase } from "./db/open-database.ts";
import { openPgliteDatabase } from "./db/pglite-database.ts";
import type { Generator } from "./generators/generator.ts";
import { selectGenerator } from "./generators/select-generator.ts";
import type { Embedder } from "./rag/embedder.ts";
import { selectEmbedder } from "./rag/select-embedder.ts";

/** What every verb needs, built once at start and shared by the HTTP API, the CLI, jobs and evals. */
export interface AppContext {
  config: Config;
  db: Database;
  embedder: Embedder;
  /** The compliance engine (rule pack compiled, judge loaded) built once at start, never per request. */
  compliance: Engine;
  /** Whatever writes drafts: the offline composer, or a model when LLM_MODEL is set. */
  generator: Generator;
  /** Today, injectable so validity dates can be tested. */
  now: () => Date;
}

export async function createContext(config: Config, command: string): Promise<AppContext> {
  const embedder = selectEmbedder(config);
  // A remote embedder learns its dimension from a first call; do it before anything reads embedder.id.
  await embedder.embed([]);
  const db = await openDatabase(config, command);
  // The pack includes the terms admins stored in the database, so they apply without a deploy.
  const compliance = await createEngineWithDatabase(db, complianceOptions(config));
  return { config, db, embedder, compliance, generator: selectGenerator(config), now: () => new Date() };
}

/** An LLM judge when one is configured (JUDGE_MODEL, else LLM_MODEL); the offline claim model always runs. */
function complianceOptions(config: Config): EngineOptions {
  const model = config.JUDGE_MODEL ?? config.LLM_MODEL;
  if (!model || !(config.LLM_BASE_URL || config.LLM_API_KEY)) return {};
  return {
    llm: {
      baseURL: config.LLM_BASE_URL ?? "https://api.openai.com/v1",
      apiKey: config.LLM_API_KEY ?? "not-needed",
      model,
      timeoutMs: config.LLM_TIMEOUT_MS,
    },
  };
}

/** The engine from the repository's rule pack alone, for callers that hold no database (`liangyan check`). */
export function createCompliance(config: Config): Engine {
  return createEngine(complianceOptions(config));
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
  return {
    config,
    db,
    embedder: selectEmbedder(config),
    compliance: createCompliance(config),
    generator: selectGenerator(config),
    now: () => new Date(),
  };
}
