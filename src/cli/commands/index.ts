import type { Command } from "commander";
import { registerBulk } from "./bulk.ts";
import { registerCheck } from "./check.ts";
import { registerGenerate } from "./generate.ts";
import { registerIngest } from "./ingest.ts";
import { registerKeys } from "./keys.ts";
import { registerMigrate } from "./migrate.ts";
import { registerPlan } from "./plan.ts";
import { registerSearch } from "./search.ts";
import { registerServe } from "./serve.ts";

export function registerCommands(program: Command): void {
  registerServe(program);
  registerMigrate(program);
  registerKeys(program);
  registerIngest(program);
  registerSearch(program);
  registerCheck(program);
  registerGenerate(program);
  registerPlan(program);
  registerBulk(program);
}
