// The composer's procedural outbound lines, read once from prompts/composer/phrases.yaml (copy a person can edit).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const list = z.array(z.string().min(1)).min(1);
const byTier = z.object({ high_value: list, default: list });

export const PhrasesSchema = z.object({
  outbound: z.object({
    interested: byTier,
    not_now: list,
    details_in_writing: list,
    objection_fallback: z.object({ trigger: z.string().min(1), answers: list }),
    complaint: list,
    do_not_call: list,
    add_wechat_work: byTier,
    add_wechat_work_agreed: byTier,
    opt_out_fallback: list,
    strategy: z.object({ short_direct: z.string(), balanced: z.string(), gift_and_service: z.string() }),
  }),
});
export type Phrases = z.output<typeof PhrasesSchema>;

export const PHRASES_URL = new URL("../../../prompts/composer/phrases.yaml", import.meta.url);

export function loadPhrases(url: URL = PHRASES_URL): { phrases: Phrases; version: string } {
  const source = readFileSync(url, "utf8");
  const version = `composer-${createHash("sha256").update(source).digest("hex").slice(0, 12)}`;
  return { phrases: PhrasesSchema.parse(parse(source)), version };
}
