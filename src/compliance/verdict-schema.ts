// The zod shapes of a check request and its verdict, shared by the HTTP route and the CLI.
import { z } from "zod";
import { CHANNELS, INDUSTRIES, SCENARIOS } from "../domain/vocabulary.ts";
import { MAX_TEXT_UNITS } from "./check-text.ts";
import { LABELS } from "./types.ts";

export const CheckRequestSchema = z
  .object({
    text: z.string().max(MAX_TEXT_UNITS, `at most ${MAX_TEXT_UNITS} characters`),
    industry: z.enum(INDUSTRIES).optional(),
    channel: z.enum(CHANNELS).optional(),
    scenario: z.enum(SCENARIOS).optional(),
  })
  .strict();

export const FindingSchema = z.object({
  source: z.enum(["rule", "pii", "required", "judge"]),
  rule_id: z.string(),
  category: z.string(),
  label: z.enum(LABELS),
  article: z.string(),
  severity: z.enum(["block", "warn"]),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  suggestion: z.string(),
});

export const VerdictSchema = z.object({
  verdict: z.enum(["pass", "needs_attention", "block"]),
  findings: z.array(FindingSchema),
  findings_total: z
    .number()
    .int()
    .optional()
    .describe("How many findings there were; the list keeps the first of every rule and at most 200 in all"),
  rule_pack_version: z.string(),
  judge: z.object({ name: z.string(), model: z.string().optional() }).nullable(),
  reasons: z.array(z.string()),
});
