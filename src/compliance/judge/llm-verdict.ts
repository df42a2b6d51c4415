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
      }),
    )
    .default([]),
  rewrite: z.string().optional(),
});
export type LlmVerdict = z.infer<typeof LlmVerdictSchema>;
