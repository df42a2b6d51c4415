import { createAuthThrottle } from "../auth/auth-throttle.ts";
import { bootstrapAdmin } from "../auth/bootstrap-admin.ts";
import { deliverFirstAdminKey } from "../auth/first-admin-key.ts";
import { createCheckPool } from "../check-pool/check-pool.ts";
import type { Config } from "../config/config.ts";
import { complianceOptions, createContext } from "../context.ts";
import { JobWorker } from "../jobs/worker.ts";
import { createLogger } from "../observability/logger.ts";
import { createMetrics } from "../observability/metrics.ts";
import { maskValues, safeError } from "../observability/safe-error.ts";
import { ingestFolder } from "../rag/ingest-folder.ts";
import { ingestReportLines } from "../rag/ingest-report.ts";
import { createApp } from "./app.ts";
import { serveApp } from "./serve-app.ts";

export async function startServer(config: Config, options: { ingest: boolean }): Promise<void> {
  const logger = createLogger({ level: config.LOG_LEVEL });
  const context = await createContext(config, "liangyan serve");
  if (options.ingest) {
    for (const line of ingestReportLines(await ingestFolder(context, config.LIANGYAN_CONTENT_DIR)))
      logger.info({ kind: "ingest" }, line);
  }
  const firstKey = await bootstrapAdmin(context.db);
  if (firstKey) {
    const delivered = deliverFirstAdminKey(firstKey, {
      dataDir: config.LIANGYAN_DATA_DIR,
      file: config.LIANGYAN_FIRST_ADMIN_KEY_FILE,
    });
    logger.warn(
      delivered.to === "terminal"
        ? { kind: "first_admin_key", shown_on: "terminal" }
        : { kind: "first_admin_key", file: delivered.path },
      delivered.to === "terminal"
        ? "first start: the admin key was shown on the terminal (not logged)"
        : "first start: the admin key was written to a file readable by its owner only; read it, then delete it",
    );
  }
  const llm = complianceOptions(config).llm;
  const checkPool = createCheckPool({
    threads: config.LIANGYAN_CHECK_THREADS,
    maxQueue: config.LIANGYAN_CHECK_QUEUE,
    judge: llm ? { kind: "llm", options: llm } : { kind: "offline" },
  });
  const metrics = createMetrics({ db: context.db, checkQueue: () => checkPool.queued });
  const throttle = createAuthThrottle(context.db, {
    perAddress: config.LIANGYAN_AUTH_FAILURES_PER_ADDRESS,
    perPrefix: config.LIANGYAN_AUTH_FAILURES_PER_PREFIX,
    windowSeconds: config.LIANGYAN_AUTH_WINDOW_SECONDS,
  });
  const shutdown = new AbortController();
  let listening = false;
  const app = createApp(context, {
    logger,
    metrics,
    checkPool,
    throttle,
    shutdown: shutdown.signal,
    ready: () => listening && !shutdown.signal.aborted,
  });
  // Bulk jobs run inside the service; with DATABASE_URL, `liangyan worker` processes can share the work.
  const worker = new JobWorker(context, {
    // worker lines can carry a database error's message, which may quote a value
    log: (line: string) => logger.info({ kind: "jobs" }, maskValues(line)),
  });
  worker.start();
  const server = serveApp(app, { port: config.PORT, hostname: config.HOST }, (port) => {
    listening = true;
    logger.info(
      { kind: "start", port, database: context.db.kind, embedder: context.embedder.id },
      `liangyan listening on http://${config.HOST}:${port}; docs at /docs`,
    );
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const grace = config.LIANGYAN_SHUTDOWN_GRACE_MS;
    // The listener closes first, so a client (or a service manager) that reads the stop line and connects
    // is refused, never accepted by a server already on its way out.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    logger.info(
      { kind: "stop", signal, grace_ms: grace },
      "stopping: no new connections, finishing requests",
    );
    // Streams see the signal and end with an `end` event; /readyz turns 503 so balancers stop sending.
    shutdown.abort();
    const serverWithConnections = server as typeof server & {
      closeIdleConnections?: () => void;
      closeAllConnections?: () => void;
    };
    serverWithConnections.closeIdleConnections?.();
    const timer = setTimeout(() => {
      logger.warn({ kind: "stop" }, "grace period over: closing the connections still open");
      serverWithConnections.closeAllConnections?.();
    }, grace);
    await closed;
    clearTimeout(timer);
    try {
      // claimed job items not yet started go back to the queue
      await worker.stop();
      await checkPool.close();
      await context.db.close();
      logger.info({ kind: "stop" }, "stopped");
    } catch (error) {
      logger.error({ kind: "stop", err: safeError(error) }, "error while stopping");
    }
    logger.flush(() => process.exit(0));
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
