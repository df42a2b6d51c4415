import { describe, expect, it } from "vitest";
import { PlanRequestSchema } from "../../src/generators/plan-request.ts";
import { planSchedule, stageByDay } from "../../src/generators/plan-schedule.ts";

const plan = (overrides: Record<string, unknown> = {}) =>
  PlanRequestSchema.parse({
    industry: "pets",
    segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
    period: 15,
    ...overrides,
  });

describe("planSchedule", () => {
  it("moves forward through the stages and never back", () => {
    const stages = stageByDay("icebreak", 15, "break_ice");
    expect(stages).toHaveLength(15);
    expect(stages[0]).toBe("icebreak");
    expect(stages.at(-1)).toBe("decision");
    const order = ["icebreak", "interest", "decision"];
    for (let day = 1; day < stages.length; day++) {
      expect(order.indexOf(stages[day] as string)).toBeGreaterThanOrEqual(
        order.indexOf(stages[day - 1] as string),
      );
    }
    expect(stageByDay("interest", 7, "convert")).not.toContain("icebreak");
  });

  it("every day has a moments post and group messages at 09:00 and 20:00; 1:1 every other day", () => {
    const entries = planSchedule(plan());
    for (let day = 1; day <= 15; day++) {
      const slots = entries.filter((entry) => entry.day === day).map((entry) => entry.slot);
      expect(slots).toEqual(expect.arrayContaining(["moments", "group_09:00", "group_20:00"]));
      expect(slots.includes("private")).toBe(day % 2 === 1);
    }
    const first = entries.find((entry) => entry.day === 1 && entry.slot === "group_09:00");
    expect(first?.request.message_type).toBe("welcome");
    expect(entries.find((entry) => entry.slot === "group_20:00")?.request.message_type).toBe("deals_roundup");
  });

  it("rotates products over the days and opens a reactivation plan with a reactivation 1:1", () => {
    const entries = planSchedule(
      plan({ products: ["A", "B"], segment: { tier: "regular", stage: "interest", purpose: "reactivate" } }),
    );
    expect(entries.find((entry) => entry.day === 1)?.request.product).toBe("A");
    expect(entries.find((entry) => entry.day === 2)?.request.product).toBe("B");
    expect(entries.find((entry) => entry.day === 1 && entry.slot === "private")?.request.scenario).toBe(
      "dormant_reactivation",
    );
  });
});
