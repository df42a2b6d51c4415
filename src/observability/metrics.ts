// /metrics in the Prometheus text format: requests by route and status, latency, drafts by status and job
// items by state (read from the database at scrape, so every process reports the shared truth), check-pool
// queue depth, and the model calls counted in llm-metrics.ts.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Queryable } from "../db/database.ts";
import { llmRegistry } from "./llm-metrics.ts";

export interface Metrics {
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route">;
  authFailures: Counter<"outcome">;
  /** the text of every metric, this app's and the process-wide ones */
  render(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsSources {
  db: Queryable;
  /** checks waiting for a worker thread */
  checkQueue?: () => number;
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: "liangyan_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "liangyan_http_request_duration_seconds",
    help: "Time to answer an HTTP request (to the first byte of a stream), by method and route pattern",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const authFailures = new Counter({
    name: "liangyan_auth_failures_total",
    help: "Refused authentications: unknown, revoked or expired keys (refused) and throttled attempts",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "liangyan_drafts",
    help: "Drafts by status (pending_review, blocked, approved, rejected, changes_requested)",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await sources.db.query<{ status: string; n: number }>(
        "SELECT status, count(*)::int AS n FROM drafts GROUP BY status",
      );
      for (const row of rows) this.set({ status: row.status }, row.n);
    },
  });
  new Gauge({
    name: "liangyan_job_items",
    help: "Bulk job items by status; queued is the depth of the job queue",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await sources.db.query<{ status: string; n: number }>(
        "SELECT status, count(*)::int AS n FROM job_items WHERE status IN ('queued', 'running') GROUP BY status",
      );
      this.set({ status: "queued" }, 0);
      this.set({ status: "running" }, 0);
      for (const row of rows) this.set({ status: row.status }, row.n);
    },
  });
  new Gauge({
    name: "liangyan_check_queue_depth",
    help: "Compliance checks of long texts waiting for a worker thread",
    registers: [registry],
    collect() {
      this.set(sources.checkQueue?.() ?? 0);
    },
  });
  const merged = Registry.merge([registry, llmRegistry]);
  return {
    requests,
    duration,
    authFailures,
    async render() {
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}
