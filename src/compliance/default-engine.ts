// Builds the engine once (pack compiled, claim model loaded) for the API, the CLI and the eval.

import type { Queryable } from "../db/database.ts";
import { type ClaimModel, loadClaimModel } from "./claims/model.ts";
import type { Judge } from "./judge/judge.ts";
import { llmJudge } from "./judge/llm-judge.ts";
import { type CompiledPack, compilePack } from "./rules/compile-pack.ts";
import { loadDatabaseRules } from "./rules/database-rules.ts";
import { loadRulePack, type RuleSource, withRules } from "./rules/rule-pack.ts";

export interface Engine {
  rulePack: CompiledPack;
  /** the offline claim model: weighs ambiguous rule hits, finds claims no term covers */
  claims: ClaimModel;
  /** the LLM judge, when one is configured */
  judge?: Judge;
}

export interface EngineOptions {
  rulesDir?: string;
  /** rules an admin added (database), merged into the pack and its version */
  extraRules?: readonly RuleSource[];
  /** names the extra rules in the pack version (e.g. the database revision "r12") */
  extraVersion?: string;
  /** an OpenAI-compatible endpoint for the judge; without it the offline engine (rules and claim model) decides */
  llm?: { baseURL: string; apiKey: string; model: string; timeoutMs?: number };
  claims?: ClaimModel;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const pack = withRules(loadRulePack(options.rulesDir), options.extraRules ?? [], options.extraVersion);
  const engine: Engine = { rulePack: compilePack(pack), claims: options.claims ?? loadClaimModel() };
  if (options.llm) engine.judge = llmJudge(options.llm);
  return engine;
}

/** The engine with the rule terms an admin stored in the database (their revision goes into the pack version). */
export async function createEngineWithDatabase(db: Queryable, options: EngineOptions = {}): Promise<Engine> {
  const stored = await loadDatabaseRules(db);
  return createEngine({
    ...options,
    extraRules: [...(options.extraRules ?? []), ...stored.rules],
    extraVersion: stored.revision > 0 ? `r${stored.revision}` : options.extraVersion,
  });
}
