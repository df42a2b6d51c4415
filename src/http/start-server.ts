import { serve } from "@hono/node-server";
import { bootstrapAdmin } from "../auth/bootstrap-admin.ts";
import type { Config } from "../config/config.ts";
import { createContext } from "../context.ts";
import { JobWorker } from "../jobs/worker.ts";
import { ingestFolder } from "../rag/ingest-folder.ts";
import { ingestReportLines } from "../rag/ingest-report.ts";
import { createApp } from "./app.ts";

export async function startServer(config: Config, options: { ingest: boolean }): Promise<void> {
  const context = await createContext(config, "liangyan serve");
  if (options.ingest) {
    for (const line of ingestReportLines(await ingestFolder(context, config.LIANGYAN_CONTENT_DIR)))
      console.log(line);
  }
  const firstAdminKey = await bootstrapAdmin(context.db);
  if (firstAdminKey) {
    console.log("first start: created an admin API key (shown once; create others with POST /v1/keys):");
    console.log(`  ${firstAdminKey}`);
  }
  const app = createApp(context);
  // Bulk jobs run inside the service; with DATABASE_URL, `liangyan worker` processes can share the work.
  const worker = new JobWorker(context, { log: console.error });
  worker.start();
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(
      `liangyan listening on http://${config.HOST}:${info.port} (${context.db.kind}, ${context.embedder.id}); docs at /docs`,
    );
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await worker.stop();
    await context.db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
