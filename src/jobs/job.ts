import { createHash } from "node:crypto";
import type { AppContext } from "../context.ts";
import type { RowError } from "./job-row.ts";

export const JOB_STATUSES = ["running", "cancelled", "completed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const ITEM_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type JobSource =
  | { kind: "matrix"; matrix: unknown }
  | { kind: "file"; filename: string }
  | { kind: "rows" };

/** A job as stored in `jobs` (migrations/0005_jobs.sql). */
export interface Job {
  id: string;
  author_id: string;
  name: string | null;
  status: JobStatus;
  source: JobSource;
  provider: string;
  max_attempts: number;
  rows_total: number;
  rows_skipped: RowError[];
  rows_deduplicated: number;
  items_total: number;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  cancelled_at: string | null;
}

export const JOB_COLUMNS = `id, author_id, name, status, source, provider, max_attempts, rows_total, rows_skipped,
  rows_deduplicated, items_total, created_at::text, updated_at::text, finished_at::text, cancelled_at::text`;

/**
 * The provider a process generates with: the configured LLM, else the offline composer. A job records the
 * provider of the process that created it, and workers claim only jobs of the provider they serve.
 */
export function providerOf(context: Pick<AppContext, "generator">): string {
  const { generator } = context;
  return generator.kind === "composer" ? "composer" : `llm:${generator.model ?? generator.name}`;
}

/** Canonical JSON (keys sorted at every level): equal requests hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(request: unknown): string {
  return createHash("sha256").update(canonicalJson(request)).digest("hex").slice(0, 32);
}

/** The idempotency key of an item, carried by its drafts: the job and the hash of its request. */
export function itemKey(jobId: string, hash: string): string {
  return `${jobId}:${hash}`;
}
