// Which frame each plan slot takes. Customers read a plan day after day, so a slot must not show a text it
// has shown already while the library has another: each (slot, message type, stage) keeps one seed for the
// whole plan, and every use takes the first frame in that seed's order that this slot has not used yet. When
// the day's stage has no unused frame left the slot borrows one from the next stage (a second self-introduction
// in the same chat reads worse than a step ahead). When every frame is used, the one used longest ago comes
// back with its next filling (product, offer, opening), never yesterday's.
import { STAGES, type Stage } from "../domain/vocabulary.ts";
import type { PlanEntry } from "./plan-schedule.ts";

export interface SlotChoice {
  entry: PlanEntry;
  stage: Stage;
  seed: string;
  /** where in the seed's frame order this use starts: frame `rotation % n`, filled for the `rotation / n`-th time */
  rotation: number;
}

/** The frames the library can fill for this entry at this stage, in the order the seed gives them. */
export type FramesAt = (entry: PlanEntry, stage: Stage, seed: string) => Promise<readonly string[]>;

interface Candidate {
  stage: Stage;
  seed: string;
  index: number;
  frame: string;
  count: number;
}

export async function assignSlots(
  schedule: readonly PlanEntry[],
  planSeed: string,
  framesAt: FramesAt,
): Promise<SlotChoice[]> {
  const frameLists = new Map<string, readonly string[]>();
  const uses = new Map<string, number>();
  const lastUsed = new Map<string, number>();
  const choices: SlotChoice[] = [];
  const candidatesFor = async (entry: PlanEntry): Promise<Candidate[]> => {
    const own = entry.request.stage as Stage;
    const slot = `${planSeed}|${entry.slot}|${entry.request.message_type ?? ""}`;
    const candidates: Candidate[] = [];
    for (const stage of [own, ...STAGES.filter((other) => other !== own)]) {
      const seed = `${slot}|${stage}`;
      let frames = frameLists.get(seed);
      if (!frames) {
        frames = await framesAt(entry, stage, seed);
        frameLists.set(seed, frames);
      }
      frames.forEach((frame, index) => {
        candidates.push({ stage, seed, index, frame, count: frames.length });
      });
    }
    return candidates;
  };
  for (const scheduled of schedule) {
    let entry = scheduled;
    let candidates = await candidatesFor(entry);
    if (candidates.length === 0 && scheduled.fallback) {
      entry = { day: scheduled.day, slot: scheduled.slot, request: scheduled.fallback };
      candidates = await candidatesFor(entry);
    }
    const own = entry.request.stage as Stage;
    const slot = `${planSeed}|${entry.slot}|${entry.request.message_type ?? ""}`;
    const usage = (candidate: Candidate) => uses.get(`${slot}|${candidate.frame}`) ?? 0;
    const fresh = candidates.find((candidate) => usage(candidate) === 0);
    const chosen =
      fresh ??
      [...candidates].sort(
        (a, b) =>
          (lastUsed.get(`${slot}|${a.frame}`) ?? -1) - (lastUsed.get(`${slot}|${b.frame}`) ?? -1) ||
          usage(a) - usage(b),
      )[0];
    if (!chosen) {
      // nothing fits: the item goes through as scheduled and generation refuses it with the reason
      choices.push({ entry, stage: own, seed: `${slot}|${own}`, rotation: 0 });
      continue;
    }
    const used = usage(chosen);
    uses.set(`${slot}|${chosen.frame}`, used + 1);
    lastUsed.set(`${slot}|${chosen.frame}`, choices.length);
    choices.push({
      entry,
      stage: chosen.stage,
      seed: chosen.seed,
      rotation: chosen.index + chosen.count * used,
    });
  }
  return choices;
}
