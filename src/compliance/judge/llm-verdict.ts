// The zod schema of the LLM judge's answer.
import { z } from "zod";
import { LABELS } from "../types.ts";

export const LlmVerdictSchema = z.object({
  verdict: z.enum(["pass", "needs_attention", "block"]),
  findings: z
    .array(
      z.object({
        label: z.enum(LABELS),
        category: z.string().optional(),
        quote: z.string(),
        article: z.string().default(""),
        severity: z.enum(["block", "warn"]).default("block"),
        suggestion: z.string().default(""),
        /** how sure the judge is, 0..1 (optional: models that give none get NO_CONFIDENCE) */
        confidence: z.number().min(0).max(1).optional(),
      }),
    )
    .default([]),
  rewrite: z.string().optional(),
});
export type LlmVerdict = z.infer<typeof LlmVerdictSchema>;
