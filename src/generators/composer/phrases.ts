// The composer's connective phrases, read once from prompts/composer/phrases.yaml (copy a person can edit).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const list = z.array(z.string().min(1)).min(1);
const byTone = z.object({ relaxed: list, rigorous: list });

export const PhrasesSchema = z.object({
  hooks: z.object({ icebreak: byTone, interest: byTone, decision: byTone }),
  cta: z.object({
    icebreak: list,
    interest: list,
    decision: z.object({ high_value: list, regular: list, price_sensitive: list }),
  }),
  tier_lines: z.object({ high_value: list, regular: list, price_sensitive: list }),
  group_openers: z.record(z.string(), list),
  group_closers: z.record(z.string(), list),
  interest_lines: list,
  private: z.object({
    greeting: byTone,
    icebreak: list,
    rep_interest: list,
    question: z.object({ icebreak: list, interest: list, decision: list }),
  }),
  outbound: z.object({
    opening_fallback: list,
    purpose: z.object({ default: list }),
    questions: z.object({ icebreak: list, interest: list, decision: list }),
    interested: list,
    details_in_writing: list,
    not_now: list,
    complaint: list,
    do_not_call: list,
    add_wechat_work: list,
    closing: list,
    opt_out_fallback: list,
    strategy: z.object({ short_direct: z.string(), balanced: z.string(), gift_and_service: z.string() }),
  }),
  sms: z.object({ greeting: list }),
});
export type Phrases = z.output<typeof PhrasesSchema>;

export const PHRASES_URL = new URL("../../../prompts/composer/phrases.yaml", import.meta.url);

export function loadPhrases(url: URL = PHRASES_URL): { phrases: Phrases; source: string } {
  const source = readFileSync(url, "utf8");
  return { phrases: PhrasesSchema.parse(parse(source)), source };
}
