// The matrix the generation eval and bench cover: every industry of the vocabulary, every stage and tier, each
// channel with what it needs (every group message type, every outbound and sms scenario), at a fixed day so
// that material validity never makes the figures drift.
import {
  CHANNELS,
  GROUP_MESSAGE_TYPES,
  INDUSTRIES,
  type Industry,
  SCENARIOS,
  STAGES,
  TIERS,
  TONES,
} from "../../src/domain/vocabulary.ts";
import type { GenerateRequestInput } from "../../src/generators/generate-request.ts";

export const GENERATION_INDUSTRIES: readonly Industry[] = INDUSTRIES;
/** The eval's day: inside the validity of the library's current offers (docs/library-format.md §7). */
export const EVAL_DAY = "2026-12-01";
export const EVAL_NOW = new Date(`${EVAL_DAY}T08:00:00Z`);

/**
 * Every request of one industry: per stage and tier, moments and private in both tones, the group channel in
 * every message type and outbound and sms in every scenario (tones alternating).
 */
export function matrixOf(industry: Industry): GenerateRequestInput[] {
  const requests: GenerateRequestInput[] = [];
  let index = 0;
  const tone = () => TONES[index++ % TONES.length] ?? "relaxed";
  for (const stage of STAGES) {
    for (const tier of TIERS) {
      for (const channel of CHANNELS) {
        const base = { industry, stage, tier, channel };
        if (channel === "moments" || channel === "private") {
          for (const t of TONES) requests.push({ ...base, persona: { tone: t } });
        } else if (channel === "group") {
          for (const message_type of GROUP_MESSAGE_TYPES) {
            requests.push({ ...base, message_type, persona: { tone: tone() } });
          }
        } else {
          for (const scenario of SCENARIOS) requests.push({ ...base, scenario, persona: { tone: tone() } });
        }
      }
    }
  }
  return requests;
}

export { STAGES, TIERS };
