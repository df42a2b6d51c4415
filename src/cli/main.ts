import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/config.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { DomainError, type DomainErrorCode } from "../domain/errors.ts";
import { registerCommands } from "./commands/index.ts";

/**
 * Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 the embedded database is held by another process,
 * 4 not allowed (role or key), 5 not found, 6 conflict with the current state, 7 a dependency is unavailable.
 */
const EXIT_CODES: Record<DomainErrorCode, number> = {
  invalid_request: 2,
  malformed_json: 2,
  payload_too_large: 2,
  unsupported_media_type: 2,
  unprocessable: 2,
  unauthorized: 4,
  forbidden: 4,
  not_found: 5,
  conflict: 6,
  rate_limited: 7,
  overloaded: 7,
  upstream_unavailable: 7,
  internal: 1,
};

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
    if (error instanceof DomainError) {
      const fields = error.errors.map((field) => `\n  ${field.field}: ${field.message}`).join("");
      console.error(`error (${error.code}): ${error.detail}${fields}`);
      return EXIT_CODES[error.code];
    }
    if (error instanceof DataDirLockedError) {
      console.error(`error: ${error.message}`);
      return 3;
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments and exits when the command is done; the bin calls it directly. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const code = await runCli(argv);
  // `serve` keeps the process alive on its own (its action returns once listening); everything else ends here.
  if (code !== 0 || argv[0] !== "serve") process.exit(code);
}
