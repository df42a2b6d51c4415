import { z } from "zod";
import {
  BENEFIT_TYPES,
  CHANNELS,
  GROUP_MESSAGE_TYPES,
  INDUSTRIES,
  SCENARIOS,
  STAGES,
  TIERS,
} from "../domain/vocabulary.ts";

export const ITEM_KINDS = [
  "product_fact",
  "customer_case",
  "benefit",
  "faq",
  "objection",
  "phrasing",
  "notice",
  // A rule for writers and the model (what may and may not be said); always audience guidance.
  "policy",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const NOTICE_TYPES = [
  "risk_warning",
  "not_a_drug",
  "pharma_notice",
  "opt_out",
  "ai_disclosure",
  "sms_signature",
] as const;

/**
 * Who an item is for. `customer`: text a draft may say to a customer. `guidance`: advice for writers and the
 * model (policies, objection-handling advice, dos and don'ts); it shapes drafts and must never appear in one.
 */
export const AUDIENCES = ["customer", "guidance"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Which customers an offer was approved for: newly added ones, existing ones, or (an empty list) both. */
export const CUSTOMER_STATUSES = ["new", "existing"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const isoDate = z.iso.date({ error: "expected a date as YYYY-MM-DD" });
// YAML parses bare dates into Date objects; accept those and turn them back into YYYY-MM-DD.
const dateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

/**
 * One piece of approved material. Metadata lists are multi-valued; an empty list means
 * "applies to any" (a notice that holds in every stage, say).
 */
export const LibraryItemSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{2,119}$/, "expected a lowercase id of 3-120 characters: a-z, 0-9, - and _"),
    kind: z.enum(ITEM_KINDS),
    audience: z.enum(AUDIENCES, { error: "expected audience: customer or guidance" }),
    industry: z.enum(INDUSTRIES),
    title: z.string().trim().min(1).max(200),
    text: z.string().trim().min(1).max(20_000),
    product: z.string().trim().min(1).max(100).optional(),
    stages: z.array(z.enum(STAGES)).default([]),
    tiers: z.array(z.enum(TIERS)).default([]),
    channels: z.array(z.enum(CHANNELS)).default([]),
    scenarios: z.array(z.enum(SCENARIOS)).default([]),
    message_types: z.array(z.enum(GROUP_MESSAGE_TYPES)).default([]),
    tags: z.array(z.string().trim().min(1).max(40)).default([]),
    customers: z.array(z.enum(CUSTOMER_STATUSES)).default([]),
    notice_type: z.enum(NOTICE_TYPES).optional(),
    benefit_type: z.enum(BENEFIT_TYPES).optional(),
    valid_from: dateField.optional(),
    valid_until: dateField.optional(),
    source: z.string().trim().min(1).max(300),
    approved_by: z.string().trim().min(1).max(100),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.valid_from && item.valid_until && item.valid_from > item.valid_until) {
      ctx.addIssue({ code: "custom", path: ["valid_until"], message: "valid_until is before valid_from" });
    }
    if (item.kind === "notice" && !item.notice_type) {
      ctx.addIssue({ code: "custom", path: ["notice_type"], message: "a notice needs its notice_type" });
    }
    if (item.kind === "notice" && item.audience !== "customer") {
      ctx.addIssue({
        code: "custom",
        path: ["audience"],
        message: "a notice is said to customers: audience customer",
      });
    }
    if (item.kind === "policy" && item.audience !== "guidance") {
      ctx.addIssue({
        code: "custom",
        path: ["audience"],
        message: "a policy guides writers: audience guidance",
      });
    }
    if (item.kind === "benefit" && !item.benefit_type) {
      ctx.addIssue({ code: "custom", path: ["benefit_type"], message: "a benefit needs its benefit_type" });
    }
  });

export type LibraryItemInput = z.input<typeof LibraryItemSchema>;
export type LibraryItem = z.output<typeof LibraryItemSchema>;
