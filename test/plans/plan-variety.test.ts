// A plan is read day after day by the same customers: the same 09:00 or moments text twice in one plan is a
// copy they have seen already. Every industry's 15-day plan, from the real library, must not repeat a body
// in a group or 1:1 slot on consecutive days, and moments use every frame the library gives before repeating.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { INDUSTRIES } from "../../src/domain/vocabulary.ts";
import { createPlan } from "../../src/plans/create-plan.ts";
import { libraryContext } from "../generators/library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
let sales: Actor;

beforeAll(async () => {
  context = await libraryContext();
  sales = await context.actor("sales");
});
afterAll(() => context.close());

async function bodiesBySlot(industry: string): Promise<Map<string, string[]>> {
  const plan = await createPlan(context, sales, {
    industry,
    segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
    period: 15,
    persona: { tone: "relaxed", name: "小周" },
    seed: `variety-${industry}`,
  });
  const { rows } = await context.db.query<{ plan_slot: string; plan_day: number; body: string }>(
    "SELECT plan_slot, plan_day, body FROM drafts WHERE plan_id = $1 ORDER BY plan_day",
    [plan.id],
  );
  const bySlot = new Map<string, string[]>();
  for (const row of rows) bySlot.set(row.plan_slot, [...(bySlot.get(row.plan_slot) ?? []), row.body]);
  return bySlot;
}

describe("a 15-day plan", () => {
  it.each(INDUSTRIES)(
    "%s: group and 1:1 slots never repeat yesterday's text, and most days read new",
    async (industry) => {
      const bySlot = await bodiesBySlot(industry);
      expect([...bySlot.keys()].sort()).toEqual(["group_09:00", "group_20:00", "moments", "private"]);
      for (const [slot, bodies] of bySlot) {
        const distinct = new Set(bodies).size;
        if (slot === "moments") {
          // The library offers 7 to 11 moments frames per tier and tone across the three stages, and a post
          // without a product reads the same on its second use: repeats are fewer, not gone (measured 7-11 of 15).
          expect(distinct, `${industry} moments`).toBeGreaterThanOrEqual(7);
          continue;
        }
        for (let day = 1; day < bodies.length; day++) {
          expect(bodies[day], `${industry} ${slot} item ${day + 1} repeats item ${day}`).not.toBe(
            bodies[day - 1],
          );
        }
        // 09:00 and 20:00 take two message types in turn, each with one to three frames (measured 3-7 texts);
        // the eight 1:1 messages draw on five or six frames per tier and tone (measured 5-6 distinct of 8)
        expect(
          distinct,
          `${industry} ${slot}: ${distinct} distinct of ${bodies.length}`,
        ).toBeGreaterThanOrEqual(slot === "private" ? 5 : 3);
      }
    },
  );
});
