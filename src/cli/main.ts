import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/config.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { registerCommands } from "./commands/index.ts";

/** Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 the embedded database is held by another process. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command("liangyan")
    .description("良言 Liangyan: compliant, grounded private-domain copy with human review")
    .exitOverride()
    .showHelpAfterError();
  registerCommands(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      console.error(`error: ${error.message}`);
      return 3;
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bin/liangyan.js")) {
  const code = await runCli(process.argv.slice(2));
  // `serve` keeps the process alive on its own; everything else ends here.
  if (code !== 0 || !process.argv.slice(2).includes("serve")) process.exit(code);
}
