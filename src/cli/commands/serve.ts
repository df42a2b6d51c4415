import type { Command } from "commander";
import { loadConfig } from "../../config/config.ts";
import { startServer } from "../../http/start-server.ts";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the HTTP API (PORT, default 8787)")
    .option("--ingest", "ingest LIANGYAN_CONTENT_DIR before listening")
    .action(async (options: { ingest?: boolean }) => {
      await startServer(loadConfig(), { ingest: Boolean(options.ingest) });
    });
}
