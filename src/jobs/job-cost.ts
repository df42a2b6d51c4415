import { existsSync, readFileSync } from "node:fs";
import YAML from "yaml";
import { z } from "zod";
import { loadConfig } from "../config/config.ts";
import type { AppContext } from "../context.ts";

/**
 * The price table: per model, the price of a million prompt (input) and completion (output) tokens.
 * Read from the YAML or JSON file named by LIANGYAN_PRICES_FILE, else ./prices.yaml when present; see
 * src/jobs/README.md. A model name ending in "*" matches by prefix. Without a price, tokens are still counted.
 */
export const PriceTableSchema = z
  .object({
    currency: z.string().min(1).max(10).default("CNY"),
    models: z.record(
      z.string().min(1),
      z
        .object({
          input_per_million: z.number().min(0),
          output_per_million: z.number().min(0),
        })
        .strict(),
    ),
  })
  .strict();
export type PriceTable = z.output<typeof PriceTableSchema>;

export interface ModelCost {
  generator: string;
  model: string | null;
  drafts: number;
  prompt_tokens: number;
  completion_tokens: number;
  /** null: no price for this model (or the composer, which costs nothing and uses no tokens). */
  cost: number | null;
}

export interface JobCost {
  currency: string;
  prompt_tokens: number;
  completion_tokens: number;
  /** Sum over the models with a price; null when no model that used tokens has one. */
  estimated_cost: number | null;
  by_model: ModelCost[];
  unpriced_models: string[];
}

let cached: { path: string | undefined; table: PriceTable } | undefined;

export function loadPriceTable(path = pricesPath()): PriceTable {
  if (cached && cached.path === path) return cached.table;
  let table: PriceTable = { currency: "CNY", models: {} };
  if (path) {
    const parsed = PriceTableSchema.safeParse(YAML.parse(readFileSync(path, "utf8")));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`the price table ${path} is not valid: ${lines.join("; ")}`);
    }
    table = parsed.data;
  }
  cached = { path, table };
  return table;
}

function pricesPath(): string | undefined {
  const configured = loadConfig().LIANGYAN_PRICES_FILE;
  if (configured) return configured;
  return existsSync("prices.yaml") ? "prices.yaml" : undefined;
}

export function priceOf(table: PriceTable, model: string): PriceTable["models"][string] | undefined {
  if (Object.hasOwn(table.models, model)) return table.models[model];
  let best: { length: number; price: PriceTable["models"][string] } | undefined;
  for (const [pattern, price] of Object.entries(table.models)) {
    if (!pattern.endsWith("*")) continue;
    const prefix = pattern.slice(0, -1);
    if (model.startsWith(prefix) && (!best || prefix.length > best.length))
      best = { length: prefix.length, price };
  }
  return best?.price;
}

/** Token usage of a job's drafts by generator and model, priced with the table. */
export async function jobCost(
  context: AppContext,
  jobId: string,
  table = loadPriceTable(),
): Promise<JobCost> {
  const { rows } = await context.db.query<{
    generator: string;
    model: string | null;
    drafts: number;
    prompt_tokens: number;
    completion_tokens: number;
  }>(
    `SELECT coalesce(generator->>'kind', '?') AS generator, generator->>'model' AS model, count(*)::int AS drafts,
       coalesce(sum((usage->>'prompt_tokens')::bigint), 0)::float8 AS prompt_tokens,
       coalesce(sum((usage->>'completion_tokens')::bigint), 0)::float8 AS completion_tokens
     FROM drafts WHERE job_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [jobId],
  );
  const unpriced: string[] = [];
  let total = 0;
  let priced = false;
  const byModel = rows.map((row): ModelCost => {
    const price = row.model ? priceOf(table, row.model) : undefined;
    let cost: number | null = null;
    if (price) {
      cost =
        (row.prompt_tokens * price.input_per_million + row.completion_tokens * price.output_per_million) /
        1e6;
      total += cost;
      priced = true;
    } else if (row.model && row.prompt_tokens + row.completion_tokens > 0) unpriced.push(row.model);
    return { ...row, cost: cost === null ? null : round(cost) };
  });
  return {
    currency: table.currency,
    prompt_tokens: byModel.reduce((sum, row) => sum + row.prompt_tokens, 0),
    completion_tokens: byModel.reduce((sum, row) => sum + row.completion_tokens, 0),
    estimated_cost: priced ? round(total) : null,
    by_model: byModel,
    unpriced_models: unpriced,
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
