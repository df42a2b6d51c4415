// The day-by-day schedule of a plan, as pure data: a moments post every day, group messages at 09:00 and
// 20:00 (their kinds in turn), and a 1:1 message every other day (the strongest channel, so the sparsest), with the relationship
// stage moving forward over the period (icebreak → interest → decision).
import { STAGES, type Stage } from "../domain/vocabulary.ts";
import type { GenerateRequestInput } from "./generate-request.ts";
import type { PlanRequest } from "./plan-request.ts";

export const PLAN_SLOTS = ["moments", "group_09:00", "group_20:00", "private"] as const;
/** What a group hears at 09:00 and at 20:00, day after day in turn: a group fed the same kind of message daily mutes it. */
const MORNING_TYPES = ["morning", "knowledge"] as const;
const EVENING_TYPES = ["deals_roundup", "good_night"] as const;
export type PlanSlot = (typeof PLAN_SLOTS)[number];

export interface PlanEntry {
  day: number;
  slot: PlanSlot;
  request: GenerateRequestInput;
  /** what the slot sends instead when the library has no frame for the request's message type */
  fallback?: GenerateRequestInput;
}

/** The stage of each day: the segment's stage first, then the later ones, in equal spans. */
export function stageByDay(
  start: Stage,
  period: number,
  purpose: PlanRequest["segment"]["purpose"],
): Stage[] {
  const remaining = STAGES.slice(STAGES.indexOf(start));
  // Converting spends the second half of the period on the decision; breaking the ice the first half on icebreak.
  const weights = remaining.map((stage) =>
    (purpose === "convert" && stage === "decision") || (purpose === "break_ice" && stage === "icebreak")
      ? 2
      : 1,
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const days: Stage[] = [];
  remaining.forEach((stage, index) => {
    const span =
      index === remaining.length - 1
        ? period - days.length
        : Math.round((period * (weights[index] ?? 1)) / totalWeight);
    for (let day = 0; day < span && days.length < period; day++) days.push(stage);
  });
  return days;
}

export function planSchedule(plan: PlanRequest): PlanEntry[] {
  const stages = stageByDay(plan.segment.stage, plan.period, plan.segment.purpose);
  const entries: PlanEntry[] = [];
  for (let day = 1; day <= plan.period; day++) {
    const stage = stages[day - 1] ?? plan.segment.stage;
    const product = plan.products.length > 0 ? plan.products[(day - 1) % plan.products.length] : undefined;
    const base = {
      industry: plan.industry,
      stage,
      tier: plan.segment.tier,
      persona: plan.persona,
      customer_interests: plan.customer_interests,
      ai_label: plan.ai_label,
      ...(product ? { product } : {}),
    };
    const morning =
      day === 1 && plan.segment.purpose === "break_ice"
        ? "welcome"
        : MORNING_TYPES[(day - 1) % MORNING_TYPES.length];
    const evening = EVENING_TYPES[(day - 1) % EVENING_TYPES.length];
    entries.push({ day, slot: "moments", request: { ...base, channel: "moments" } });
    entries.push({
      day,
      slot: "group_09:00",
      request: { ...base, channel: "group", message_type: morning },
      fallback: { ...base, channel: "group", message_type: "morning" },
    });
    entries.push({
      day,
      slot: "group_20:00",
      request: { ...base, channel: "group", message_type: evening },
      fallback: { ...base, channel: "group", message_type: "deals_roundup" },
    });
    if (day % 2 === 1) {
      const scenario =
        day === 1 && plan.segment.purpose === "reactivate" ? "dormant_reactivation" : undefined;
      entries.push({
        day,
        slot: "private",
        request: { ...base, channel: "private", ...(scenario ? { scenario } : {}) },
      });
    }
  }
  return entries;
}
