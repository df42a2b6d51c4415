import { randomUUID } from "node:crypto";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { itemKey, JOB_COLUMNS, type Job, type JobSource, providerOf, requestHash } from "./job.ts";
import { type RawRow, type RowError, validateRows } from "./job-row.ts";
import { notifyJobsChanged } from "./job-signal.ts";

export const MAX_JOB_ROWS = 100_000;
const INSERT_CHUNK = 2_000;

export interface CreateJobInput {
  name?: string | undefined;
  source: JobSource;
  rows: RawRow[];
  /** Run the valid rows when some are invalid (the invalid ones are kept on the job as skipped). */
  skipInvalid?: boolean | undefined;
  maxAttempts?: number | undefined;
  /** Columns of the sheet that name no field: reported back, not an error. */
  ignoredColumns?: string[] | undefined;
}

export interface CreatedJob {
  job: Job;
  skipped: RowError[];
  ignored_columns: string[];
}

/**
 * Validates every row before anything is stored. Invalid rows refuse the job (422, each named by row and
 * column) unless skipInvalid; identical requests become one item (its source_rows lists them all).
 */
export async function createJob(
  context: AppContext,
  actor: Actor,
  input: CreateJobInput,
): Promise<CreatedJob> {
  if (!can(actor.role, "jobs:manage"))
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  if (input.rows.length === 0) throw new DomainError("unprocessable", "the job has no rows");
  if (input.rows.length > MAX_JOB_ROWS)
    throw new DomainError(
      "unprocessable",
      `a job takes at most ${MAX_JOB_ROWS} rows (got ${input.rows.length})`,
    );

  const { valid, errors } = validateRows(input.rows);
  if (errors.length > 0 && (!input.skipInvalid || valid.length === 0)) {
    const badRows = new Set(errors.map((error) => error.row)).size;
    const listed = errors
      .slice(0, 20)
      .map((error) => `${error.field}: ${error.message}`)
      .join("; ");
    const hint = valid.length > 0 ? `; send skip_invalid=true to run the ${valid.length} valid rows` : "";
    throw new DomainError(
      "unprocessable",
      `${badRows} of ${input.rows.length} rows are invalid: ${listed}${errors.length > 20 ? "; ..." : ""}${hint}`,
      errors,
    );
  }

  const jobId = `job_${randomUUID()}`;
  const items = new Map<
    string,
    { rows: number[]; request: unknown; hash: string; fields: Record<string, Record<string, string>> }
  >();
  for (const row of valid) {
    const hash = requestHash(row.request);
    const item = items.get(hash) ?? { rows: [], request: row.request, hash, fields: {} };
    item.rows.push(row.row);
    // Each row is a customer: their merge fields wait for the export, by sheet row.
    if (row.fields) item.fields[String(row.row)] = row.fields;
    items.set(hash, item);
  }

  const job = await context.db.transaction(async (tx) => {
    const { rows } = await tx.query<Job>(
      `INSERT INTO jobs (id, author_id, name, status, source, provider, max_attempts, rows_total, rows_skipped,
         rows_deduplicated, items_total)
       VALUES ($1, $2, $3, 'running', $4::jsonb, $5, $6, $7, $8::jsonb, $9, $10) RETURNING ${JOB_COLUMNS}`,
      [
        jobId,
        actor.id,
        input.name ?? null,
        JSON.stringify(input.source),
        providerOf(context),
        input.maxAttempts ?? 3,
        input.rows.length,
        JSON.stringify(errors),
        valid.length - items.size,
        items.size,
      ],
    );
    const all = [...items.values()];
    for (let start = 0; start < all.length; start += INSERT_CHUNK) {
      const chunk = all.slice(start, start + INSERT_CHUNK).map((item) => ({
        source_rows: item.rows,
        item_key: itemKey(jobId, item.hash),
        request_hash: item.hash,
        request: item.request,
        merge_values: item.fields,
      }));
      await tx.query(
        `INSERT INTO job_items (job_id, source_rows, item_key, request_hash, request, status, merge_values)
         SELECT $1, x.source_rows, x.item_key, x.request_hash, x.request, 'queued', x.merge_values
         FROM jsonb_to_recordset($2::jsonb)
           AS x(source_rows int[], item_key text, request_hash text, request jsonb, merge_values jsonb)
         ORDER BY x.source_rows[1]`,
        [jobId, JSON.stringify(chunk)],
      );
    }
    return rows[0] as Job;
  });
  notifyJobsChanged();
  return { job, skipped: errors, ignored_columns: input.ignoredColumns ?? [] };
}
