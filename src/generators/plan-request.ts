// A 7 or 15 day service plan for one segment (DOMAIN.md "Plan").
import { z } from "zod";
import { INDUSTRIES, PLAN_PURPOSES, STAGES, TIERS } from "../domain/vocabulary.ts";
import { PersonaSchema } from "./generate-request.ts";

export const PlanRequestSchema = z
  .object({
    industry: z.enum(INDUSTRIES),
    /** Products the plan rotates through, day by day; empty = whatever the library offers. */
    products: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
    segment: z
      .object({ tier: z.enum(TIERS), stage: z.enum(STAGES), purpose: z.enum(PLAN_PURPOSES) })
      .strict(),
    period: z.union([z.literal(7), z.literal(15)]),
    persona: PersonaSchema.default({ tone: "relaxed", interests: [], strengths: [] }),
    customer_interests: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
    ai_label: z.boolean().default(false),
    seed: z.string().trim().min(1).max(100).optional(),
    start_date: z.iso.date().optional().describe("The first day of the plan (China time); default tomorrow"),
  })
  .strict();

export type PlanRequest = z.output<typeof PlanRequestSchema>;
