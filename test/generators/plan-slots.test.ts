// assignSlots is pure: given the frames each (slot, stage) can fill, it decides which frame every day takes.
import { describe, expect, it } from "vitest";
import { planSchedule } from "../../src/generators/plan-schedule.ts";
import { assignSlots, type FramesAt } from "../../src/generators/plan-slots.ts";

const plan = planSchedule({
  industry: "pets",
  segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
  period: 7,
  persona: { tone: "relaxed" },
  products: [],
  customer_interests: [],
  ai_label: false,
} as never);

const frameOf = (choice: { seed: string; rotation: number }, lists: Map<string, readonly string[]>) => {
  const frames = lists.get(choice.seed) ?? [];
  return frames[choice.rotation % frames.length];
};

describe("assignSlots", () => {
  it("uses every frame of a stage, then borrows the next stage's, before any frame comes back", async () => {
    const lists = new Map<string, readonly string[]>();
    const framesAt: FramesAt = async (entry, stage, seed) => {
      const frames =
        entry.slot === "moments"
          ? stage === "icebreak"
            ? ["a"]
            : stage === "interest"
              ? ["b", "c"]
              : []
          : ["g"];
      lists.set(seed, frames);
      return frames;
    };
    const choices = await assignSlots(plan, "s", framesAt);
    const moments = choices.filter((choice) => choice.entry.slot === "moments");
    expect(moments.map((choice) => frameOf(choice, lists))).toEqual(["a", "b", "c", "a", "b", "c", "a"]);
    expect(moments.map((choice) => choice.stage).slice(0, 3)).toEqual(["icebreak", "interest", "interest"]);
    // a frame's second use is its next filling (rotation past the list), not the same one again
    expect(moments[3]?.rotation).toBe(1);
  });

  it("falls back to the slot's default message type when the library has no frame for the scheduled one", async () => {
    const framesAt: FramesAt = async (entry) =>
      entry.request.message_type === "knowledge" || entry.request.message_type === "good_night" ? [] : ["f"];
    const choices = await assignSlots(plan, "s", framesAt);
    const types = choices
      .filter((choice) => choice.entry.slot.startsWith("group"))
      .map((c) => c.entry.request.message_type);
    expect(types).not.toContain("knowledge");
    expect(types).not.toContain("good_night");
    expect(types).toContain("morning");
    expect(types).toContain("deals_roundup");
  });
});
