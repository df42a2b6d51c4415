import type { Command } from "commander";
import { loadConfig } from "../../config/config.ts";
import { ingestFolder } from "../../rag/ingest-folder.ts";
import type { IngestReport } from "../../rag/ingest-items.ts";
import { withContext } from "../with-context.ts";

export function printIngestReport(report: IngestReport, log: (line: string) => void = console.log): void {
  for (const rejection of report.rejections) {
    log(
      `rejected ${rejection.origin}${rejection.id ? ` (${rejection.id})` : ""}${rejection.field ? ` field ${rejection.field}` : ""}: ${rejection.message}`,
    );
  }
  log(
    `added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}, retired ${report.retired}, ` +
      `rejected ${report.rejected}; embedded ${report.embedded} with ${report.embedder}`,
  );
}

export function registerIngest(program: Command): void {
  program
    .command("ingest [dir]")
    .description(
      "ingest a folder of approved material (YAML, Markdown, CSV, xlsx, docx, pdf); default LIANGYAN_CONTENT_DIR",
    )
    .action(async (dir: string | undefined) => {
      const folder = dir ?? loadConfig().LIANGYAN_CONTENT_DIR;
      const report = await withContext("ingest", (context) => ingestFolder(context, folder));
      printIngestReport(report);
      if (report.rejected > 0) process.exitCode = 2;
    });
}
