// The structured content of each channel: what the model must answer and what the composer builds. The flat
// text the checks run on is derived from it (flatten-content.ts), never stored apart from it.
import { z } from "zod";
import { GROUP_MESSAGE_TYPES, SCENARIOS } from "../domain/vocabulary.ts";

const line = (max: number) => z.string().trim().min(1).max(max);

export const MomentsContentSchema = z.object({
  channel: z.literal("moments"),
  text: line(1500),
  call_to_action: line(200),
});

export const GroupContentSchema = z.object({
  channel: z.literal("group"),
  message_type: z.enum(GROUP_MESSAGE_TYPES),
  /** 09:00 greeting and 20:00 roundup are sent at fixed times; other types whenever the rep chooses. */
  send_at: z.enum(["09:00", "20:00"]).nullable(),
  text: line(1500),
});

export const PrivateContentSchema = z.object({
  channel: z.literal("private"),
  greeting: line(200),
  text: line(1000),
  question: line(200),
});

export const SmsContentSchema = z.object({
  channel: z.literal("sms"),
  signature: z.string().regex(/^【[^】]{2,16}】$/, "expected 【品牌】"),
  text: line(400),
  opt_out: line(20),
});

export const OUTBOUND_APPROACHES = ["short_direct", "balanced", "gift_and_service"] as const;

export const OutboundContentSchema = z.object({
  channel: z.literal("outbound"),
  scenario: z.enum(SCENARIOS),
  /** How the script is pitched for the tier (DOMAIN.md): not read out, so never checked as copy. */
  strategy: z.object({
    approach: z.enum(OUTBOUND_APPROACHES),
    call_rounds: z.number().int().min(1).max(5),
    note: line(200),
  }),
  opening: line(300),
  purpose: line(400),
  benefit: line(400),
  questions: z.array(line(200)).min(1).max(4),
  branches: z.object({
    interested: line(400),
    not_now: line(300),
    asks_details: line(600),
    objection: z
      .array(z.object({ trigger: line(120), answer: line(600) }))
      .min(1)
      .max(4),
    complaint: line(300),
    do_not_call: z.object({ say: line(300), action: z.literal("mark_do_not_call") }),
  }),
  add_wechat_work: line(300),
  closing: line(300),
});

export const ChannelContentSchema = z.discriminatedUnion("channel", [
  MomentsContentSchema,
  GroupContentSchema,
  PrivateContentSchema,
  SmsContentSchema,
  OutboundContentSchema,
]);

export type MomentsContent = z.output<typeof MomentsContentSchema>;
export type GroupContent = z.output<typeof GroupContentSchema>;
export type PrivateContent = z.output<typeof PrivateContentSchema>;
export type SmsContent = z.output<typeof SmsContentSchema>;
export type OutboundContent = z.output<typeof OutboundContentSchema>;
export type ChannelContent = z.output<typeof ChannelContentSchema>;
