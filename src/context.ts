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
import { chinaDate } from "./shared/china-time.ts";

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
  const context = {
    config,
    db,
    embedder,
    compliance,
    generator: selectGenerator(config),
    now: () => new Date(),
  };
  await followRuleRevisions(context);
  return context;
}

const RULE_REVISIONS_CHANNEL = "liangyan_rule_revisions";

/**
 * Keeps the context's rule pack at the database's latest revision: a migration's trigger announces each new
 * revision, and every process on the database (any number of serve and worker processes) recompiles its pack
 * then, not at its next restart. Reloads never overlap; one that arrives during a reload runs after it.
 */
export async function followRuleRevisions(
  context: Pick<AppContext, "config" | "db" | "compliance">,
): Promise<() => Promise<void>> {
  let running = false;
  let again = false;
  const reload = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const engine = await createEngineWithDatabase(context.db, complianceOptions(context.config));
        context.compliance.rulePack = engine.rulePack;
      } while (again);
    } catch (error) {
      console.error(`rule pack reload: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  return context.db.listen(RULE_REVISIONS_CHANNEL, () => void reload());
}

/** The judge is a model when one is configured (JUDGE_MODEL, else LLM_MODEL), else the offline classifier. */
export function complianceOptions(config: Config): EngineOptions {
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

/** Today's date in China (YYYY-MM-DD): what validity dates, plans and exports are compared with. */
export function today(context: Pick<AppContext, "now">): string {
  return chinaDate(context.now());
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
