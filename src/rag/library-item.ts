import { z } from "zod";
import { isMergeField, MERGE_FIELDS } from "../domain/merge-fields.ts";
import {
  BENEFIT_TYPES,
  CHANNELS,
  GROUP_MESSAGE_TYPES,
  INDUSTRIES,
  SCENARIOS,
  STAGES,
  TIERS,
  TONES,
} from "../domain/vocabulary.ts";
import { FRAME_SLOTS, isFrameSlot, parseScript, slotNamesOf, withoutSlots } from "./frame-text.ts";

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
  // The signature itself, 【品牌】: the brand every draft of the industry names ({{brand}}, SMS signatures).
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
const ItemObject = z
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
    /** A frame's voice; absent: the frame suits both tones. Frames only. */
    tone: z.enum(TONES).optional(),
    /** The short form a frame slots into its own sentence ({{fact}}, {{benefit}}). Required on offers. */
    clause: z.string().trim().min(6).max(60).optional(),
    /** The kinds of offer a frame's {{benefit}} slot accepts (a birthday frame takes a gift, not a discount). */
    benefit_types: z.array(z.enum(BENEFIT_TYPES)).optional(),
    /** Alternative approved first sentences of a frame; variant n opens with the n-th ({{opening}}). */
    openings: z.array(z.string().trim().min(2).max(60)).min(1).max(6).optional(),
    notice_type: z.enum(NOTICE_TYPES).optional(),
    benefit_type: z.enum(BENEFIT_TYPES).optional(),
    valid_from: dateField.optional(),
    valid_until: dateField.optional(),
    source: z.string().trim().min(1).max(300),
    approved_by: z.string().trim().min(1).max(100),
  })
  .strict();

export const LibraryItemSchema = ItemObject.superRefine(checkItem);

type Issue = { path: string[]; message: string };
const PLACEHOLDER = /\{([^{}]{1,20})\}/g;
const CLAUSE_END = /[。！？；!?;.]$/;
const SIGNATURE = /^【[^】]{2,16}】$/;
const CUSTOMER_ONLY = new Set(["phrasing", "benefit", "notice"]);
const PRIVATE_QUESTION = /[？?][”"）)]?$/;

function checkItem(item: z.output<typeof ItemObject>, ctx: z.RefinementCtx): void {
  for (const issue of itemIssues(item)) ctx.addIssue({ code: "custom", ...issue });
}

/** Every rule of docs/library-format.md that a single item can break, each naming its field. */
export function itemIssues(item: z.output<typeof ItemObject>): Issue[] {
  const issues: Issue[] = [];
  const add = (field: string, message: string) => issues.push({ path: [field], message });
  if (item.valid_from && item.valid_until && item.valid_from > item.valid_until) {
    add("valid_until", "valid_until is before valid_from");
  }
  if (item.kind === "notice" && !item.notice_type) add("notice_type", "a notice needs its notice_type");
  if (item.kind === "policy" && item.audience !== "guidance") {
    add("audience", "a policy guides writers: audience guidance");
  }
  if (CUSTOMER_ONLY.has(item.kind) && item.audience !== "customer") {
    add(
      "audience",
      `a ${item.kind} is said to customers: audience customer (advice for writers is a policy)`,
    );
  }
  if (item.kind === "benefit") {
    if (!item.benefit_type) add("benefit_type", "a benefit needs its benefit_type");
    if (!item.clause)
      add("clause", "an offer needs its clause: the short form a frame slots into a sentence");
    if (!item.valid_until) add("valid_until", "an offer needs its last valid day (valid_until)");
  }
  if (item.notice_type === "sms_signature" && !SIGNATURE.test(item.text)) {
    add("text", "an sms_signature notice is the signature alone, e.g. 【和信银行】");
  }
  if (item.clause !== undefined) {
    if (item.kind !== "benefit" && item.kind !== "product_fact") {
      add("clause", "only offers (benefit) and product facts have a clause");
    }
    if (/\n/.test(item.clause) || CLAUSE_END.test(item.clause)) {
      add(
        "clause",
        "a clause is one line with no final 。！？；, so a frame can place it in its own sentence",
      );
    }
    if (/[{}]/.test(item.clause)) add("clause", "a clause holds no slots or merge fields");
    const missing = (item.clause.match(/\d+(?:\.\d+)?/g) ?? []).filter(
      (number) => !item.text.includes(number),
    );
    if (missing.length > 0)
      add("clause", `every number of a clause stands in the text too; not: ${missing.join(", ")}`);
  }
  if (item.kind !== "phrasing") {
    if (item.tone) add("tone", "tone marks a frame's voice: phrasing only");
    if (item.openings) add("openings", "openings belong to a frame: phrasing only");
    if (item.benefit_types) add("benefit_types", "benefit_types says what a frame's {{benefit}} accepts");
  }
  if (item.audience === "customer") {
    issues.push(...placeholderIssues(item));
  }
  if (item.kind === "phrasing") issues.push(...frameIssues(item));
  return issues;
}

/** Slots only in frames, and only known ones; single braces only for registry merge fields. */
function placeholderIssues(item: z.output<typeof ItemObject>): Issue[] {
  const issues: Issue[] = [];
  const texts: Array<[string, string]> = [
    ["text", item.text],
    ...(item.openings ?? []).map((opening, index): [string, string] => [`openings.${index}`, opening]),
  ];
  for (const [field, text] of texts) {
    const path = field.split(".");
    for (const name of slotNamesOf(text)) {
      if (item.kind !== "phrasing") {
        issues.push({ path, message: `{{${name}}}: only a frame (phrasing) has slots` });
      } else if (!isFrameSlot(name) || field !== "text") {
        issues.push({
          path,
          message: `{{${name}}} is not a slot${field === "text" ? "" : " allowed here"} (slots: ${FRAME_SLOTS.map((slot) => `{{${slot}}}`).join(" ")})`,
        });
      }
    }
    for (const match of withoutSlots(text).matchAll(PLACEHOLDER)) {
      const name = match[1] ?? "";
      if (!isMergeField(name)) {
        issues.push({
          path,
          message: `{${name}} is a hole, not a customer merge field (${Object.keys(MERGE_FIELDS).join("、")}): write it out or use a frame slot`,
        });
      }
    }
  }
  return issues;
}

function frameIssues(item: z.output<typeof ItemObject>): Issue[] {
  const issues: Issue[] = [];
  const add = (field: string, message: string) => issues.push({ path: [field], message });
  const slots = new Set(slotNamesOf(item.text));
  const [channel] = item.channels;
  if (item.channels.length !== 1 || !channel) {
    add("channels", "a frame serves exactly one channel");
    return issues;
  }
  if (channel === "group" && item.message_types.length !== 1) {
    add("message_types", "a group frame serves exactly one message type");
  }
  if (channel !== "group" && item.message_types.length > 0) {
    add("message_types", "message_types applies to group frames only");
  }
  if (slots.has("deadline") && !slots.has("benefit")) {
    add("text", "{{deadline}} is the last day of the offer in {{benefit}}: a frame with one has both");
  }
  if (item.openings && !slots.has("opening")) add("text", "a frame with openings places {{opening}}");
  if (slots.has("opening") && !item.openings) add("openings", "{{opening}} needs the frame's openings");
  if (item.benefit_types && !slots.has("benefit"))
    add("benefit_types", "only a frame with {{benefit}} has them");
  if (channel === "outbound") {
    for (const problem of parseScript(item.text).problems) add("text", problem);
  }
  const sentences = withoutSlots(item.text)
    .split(/(?<=[。！？!?])|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  if (channel === "moments" && sentences.length < 2) {
    add("text", "a moments frame has 2+ sentences: the last is the call to action");
  }
  if (channel === "private") {
    if (sentences.length < 3) {
      add("text", "a private frame has 3+ sentences: greeting first, a soft question last");
    } else if (!PRIVATE_QUESTION.test(sentences[sentences.length - 1] ?? "")) {
      add("text", "a private frame ends with a soft question (？)");
    }
  }
  return issues;
}

export type LibraryItemInput = z.input<typeof LibraryItemSchema>;
export type LibraryItem = z.output<typeof LibraryItemSchema>;
