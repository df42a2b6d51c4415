import type { Command } from "commander";
import { loadConfig } from "../../config/config.ts";
import { ingestFolder } from "../../rag/ingest-folder.ts";
import { ingestReportLines } from "../../rag/ingest-report.ts";
import { withContext } from "../with-context.ts";

export function registerIngest(program: Command): void {
  program
    .command("ingest [dir]")
    .description(
      "ingest a folder of approved material (YAML, Markdown, CSV, xlsx, docx, pdf); default LIANGYAN_CONTENT_DIR",
    )
    .action(async (dir: string | undefined) => {
      const folder = dir ?? loadConfig().LIANGYAN_CONTENT_DIR;
      const report = await withContext("ingest", (context) => ingestFolder(context, folder));
      for (const line of ingestReportLines(report)) console.log(line);
      if (report.rejected > 0) process.exitCode = 2;
    });
}
