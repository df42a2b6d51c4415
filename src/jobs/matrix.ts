import { z } from "zod";
import {
  CHANNELS,
  GROUP_MESSAGE_TYPES,
  INDUSTRIES,
  SCENARIOS,
  STAGES,
  TIERS,
  TONES,
} from "../domain/vocabulary.ts";
import type { RawRow } from "./job-row.ts";

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(100);

/**
 * A job over a matrix: every combination of industries x products x stages x tiers x channels is one request
 * asking for `variants` drafts. Group channels cross with `message_types`, outbound and sms with `scenarios`.
 */
export const MatrixSchema = z
  .object({
    industries: list(z.enum(INDUSTRIES)),
    products: list(z.string().trim().min(1).max(200)).optional(),
    stages: list(z.enum(STAGES)),
    tiers: list(z.enum(TIERS)),
    channels: list(z.enum(CHANNELS)),
    message_types: list(z.enum(GROUP_MESSAGE_TYPES)).optional(),
    scenarios: list(z.enum(SCENARIOS)).optional(),
    variants: z.number().int().min(1).max(10).default(1),
    benefit: z.string().trim().min(1).max(500).optional(),
    persona: z
      .object({
        tone: z.enum(TONES).optional(),
        interests: z.array(z.string().max(50)).max(20).optional(),
        strengths: z.array(z.string().max(50)).max(20).optional(),
      })
      .strict()
      .optional(),
    customer_interests: z.array(z.string().max(50)).max(20).optional(),
  })
  .strict();

export type Matrix = z.output<typeof MatrixSchema>;

/** The rows of a matrix, numbered from 1 in expansion order, as request records for validateRows. */
export function expandMatrix(matrix: Matrix): RawRow[] {
  const rows: RawRow[] = [];
  const products: Array<string | undefined> = matrix.products ?? [undefined];
  for (const industry of matrix.industries)
    for (const product of products)
      for (const stage of matrix.stages)
        for (const tier of matrix.tiers)
          for (const channel of matrix.channels) {
            const messageTypes: Array<string | undefined> =
              channel === "group" ? (matrix.message_types ?? [undefined]) : [undefined];
            const scenarios: Array<string | undefined> =
              channel === "outbound" || channel === "sms" ? (matrix.scenarios ?? [undefined]) : [undefined];
            for (const message_type of messageTypes)
              for (const scenario of scenarios) {
                const cells: Record<string, unknown> = {
                  industry,
                  stage,
                  tier,
                  channel,
                  variants: matrix.variants,
                  product,
                  message_type,
                  scenario,
                  benefit: matrix.benefit,
                  tone: matrix.persona?.tone,
                  persona_interests: matrix.persona?.interests,
                  persona_strengths: matrix.persona?.strengths,
                  customer_interests: matrix.customer_interests,
                };
                for (const key of Object.keys(cells)) if (cells[key] === undefined) delete cells[key];
                rows.push({ row: rows.length + 1, cells });
              }
          }
  return rows;
}

/** How many rows a matrix expands to, without expanding it (to refuse a huge one early). */
export function matrixSize(matrix: Matrix): number {
  let perIndustryProduct = 0;
  for (const channel of matrix.channels) {
    const crossing =
      channel === "group"
        ? (matrix.message_types?.length ?? 1)
        : channel === "outbound" || channel === "sms"
          ? (matrix.scenarios?.length ?? 1)
          : 1;
    perIndustryProduct += crossing;
  }
  return (
    matrix.industries.length *
    (matrix.products?.length ?? 1) *
    matrix.stages.length *
    matrix.tiers.length *
    perIndustryProduct
  );
}
