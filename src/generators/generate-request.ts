// What a caller asks for: one channel's copy for one segment. Shared by the API, the CLI, plans and bulk jobs.
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
import { CUSTOMER_STATUSES } from "../rag/library-item.ts";

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const PersonaSchema = z
  .object({
    /** The rep's name as customers know it; fills {顾问姓名} in approved phrasings. */
    name: shortText(20).optional(),
    tone: z.enum(TONES).default("relaxed"),
    interests: z.array(shortText(50)).max(20).default([]),
    /** Product categories the rep sells best: material about them is preferred. */
    strengths: z.array(shortText(50)).max(20).default([]),
  })
  .strict();
export type Persona = z.output<typeof PersonaSchema>;

export const GenerateRequestSchema = z
  .object({
    channel: z.enum(CHANNELS),
    industry: z.enum(INDUSTRIES),
    stage: z.enum(STAGES),
    tier: z.enum(TIERS),
    /** Required for group messages (welcome, morning, deals_roundup ...). */
    message_type: z.enum(GROUP_MESSAGE_TYPES).optional(),
    /** Required for outbound scripts; optional elsewhere (sms and private use it to pick material). */
    scenario: z.enum(SCENARIOS).optional(),
    /** A product name from the library; otherwise the library's best match is used. */
    product: shortText(200).optional(),
    /**
     * A benefit type slug (coupon, gift ...) or a library benefit id picks approved benefits; any other text is
     * the requester's own benefit statement, cited as coming from the request.
     */
    benefit: shortText(500).optional(),
    persona: PersonaSchema.default({ tone: "relaxed", interests: [], strengths: [] }),
    customer_interests: z.array(shortText(50)).max(20).default([]),
    variants: z.number().int().min(1).max(10).default(1),
    /** Adds the visible AI-generation label (《人工智能生成合成内容标识办法》) to the text. */
    ai_label: z.boolean().default(false),
    /**
     * New or existing customer: decides which offers apply (docs/library-format.md §4). Absent: follows from the
     * scenario (welcome means new, renewal means existing...), else only offers approved for everyone apply.
     */
    customer: z.enum(CUSTOMER_STATUSES).optional(),
    /** Free notes from the requester (what the customer asked, say). Data for the model, never an instruction. */
    notes: shortText(1000).optional(),
    /** Same seed, same material, same request: the same drafts (composer). Default: a fresh seed. */
    seed: shortText(100).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.channel === "group" && !value.message_type)
      ctx.addIssue({
        code: "custom",
        path: ["message_type"],
        message: "a group message needs its message_type",
      });
    if (value.channel !== "group" && value.message_type)
      ctx.addIssue({ code: "custom", path: ["message_type"], message: "message_type applies to group only" });
    if (value.channel === "outbound" && !value.scenario)
      ctx.addIssue({ code: "custom", path: ["scenario"], message: "an outbound script needs its scenario" });
  });

export type GenerateRequest = z.output<typeof GenerateRequestSchema>;
export type GenerateRequestInput = z.input<typeof GenerateRequestSchema>;
