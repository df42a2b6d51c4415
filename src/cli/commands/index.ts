import type { Command } from "commander";
import { registerIngest } from "./ingest.ts";
import { registerKeys } from "./keys.ts";
import { registerMigrate } from "./migrate.ts";
import { registerSearch } from "./search.ts";
import { registerServe } from "./serve.ts";

export function registerCommands(program: Command): void {
  registerServe(program);
  registerMigrate(program);
  registerKeys(program);
  registerIngest(program);
  registerSearch(program);
}
