// The shapes the job routes take and return: a job's request (JSON or a sheet upload), the job, its progress
// and what was skipped, validated before they leave.
import { z } from "@hono/zod-openapi";
import { MatrixSchema } from "../../jobs/matrix.ts";

export const MAX_ROWS = 100_000;

export const JsonJobSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    matrix: MatrixSchema.optional(),
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .min(1)
      .max(MAX_ROWS)
      .optional()
      .describe("One generation request a row, fields or their Chinese headers as in a sheet"),
    skip_invalid: z.boolean().default(false).describe("Run the valid rows when some are invalid"),
    max_attempts: z.number().int().min(1).max(20).default(3),
  })
  .strict()
  .refine((body) => Boolean(body.matrix) !== Boolean(body.rows), "send either matrix or rows");

export const FormJobSchema = z.object({
  file: z.any().openapi({ type: "string", format: "binary", description: ".xlsx (first sheet) or CSV" }),
  name: z.string().trim().min(1).max(200).optional(),
  skip_invalid: z.enum(["true", "false"]).optional(),
  max_attempts: z.coerce.number().int().min(1).max(20).optional(),
});

const RowErrorSchema = z.object({
  in: z.literal("row"),
  field: z.string().describe("row N, column X"),
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const JobSchema = z
  .object({
    id: z.string(),
    author_id: z.string(),
    name: z.string().nullable(),
    status: z.enum(["running", "cancelled", "completed"]),
    provider: z.string(),
    max_attempts: z.number().int(),
    rows_total: z.number().int(),
    rows_deduplicated: z.number().int(),
    items_total: z.number().int(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
    cancelled_at: z.string().nullable(),
  })
  .passthrough();

const CountsSchema = z.object({
  queued: z.number().int(),
  running: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
});

const CostSchema = z.object({
  currency: z.string(),
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  estimated_cost: z.number().nullable(),
  by_model: z.array(z.object({ generator: z.string(), model: z.string().nullable() }).passthrough()),
  unpriced_models: z.array(z.string()),
});

export const ProgressSchema = z.object({
  job: JobSchema,
  counts: CountsSchema,
  done: z.number().int(),
  drafts: z.number().int(),
  items_per_s: z.number(),
  eta_s: z.number().nullable(),
  cost: CostSchema,
});

export const CreatedSchema = z.object({
  job: JobSchema,
  skipped: z.array(RowErrorSchema).describe("Invalid rows left out (skip_invalid)"),
  ignored_columns: z.array(z.string()).describe("Sheet columns that name no request field"),
});
