import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelContentSchema } from "../../src/generators/channel-content.ts";
import { createComposer } from "../../src/generators/composer/composer.ts";
import { diversity } from "../../src/generators/diversity.ts";
import { flattenContent } from "../../src/generators/flatten-content.ts";
import { GenerateRequestSchema } from "../../src/generators/generate-request.ts";
import type { GenerationInput } from "../../src/generators/generator.ts";
import { checkGrounding } from "../../src/generators/grounding.ts";
import { gatherMaterial, type Material } from "../../src/generators/material.ts";
import type { TestContext } from "../support/test-context.ts";
import { libraryContext } from "./library-context.ts";

let context: TestContext;
const composer = createComposer();

beforeAll(async () => {
  context = await libraryContext();
});
afterAll(() => context.close());

const CASES = [
  { channel: "moments", industry: "finance", stage: "interest", tier: "regular" },
  { channel: "group", industry: "beauty", stage: "icebreak", tier: "regular", message_type: "morning" },
  {
    channel: "group",
    industry: "pets",
    stage: "decision",
    tier: "price_sensitive",
    message_type: "deals_roundup",
  },
  { channel: "private", industry: "insurance", stage: "decision", tier: "high_value" },
  { channel: "sms", industry: "finance", stage: "decision", tier: "price_sensitive" },
  {
    channel: "outbound",
    industry: "education",
    stage: "interest",
    tier: "high_value",
    scenario: "dormant_reactivation",
  },
] as const;

async function compose(raw: Record<string, unknown>, variant: number, seed = "s1", material?: Material) {
  const request = GenerateRequestSchema.parse(raw);
  const input: GenerationInput = {
    request,
    material: material ?? (await gatherMaterial(context, request)),
    variant,
    attempt: 0,
    seed,
    feedback: { findings: [], grounding: [] },
    avoid: new Set(),
  };
  return { ...(await composer.generate(input)), material: input.material };
}

describe.each(CASES)("composer: $channel / $industry / $stage / $tier", (raw) => {
  it("is deterministic for a seed, valid for its channel, and cites only retrieved items", async () => {
    const first = await compose(raw, 0);
    const again = await compose(raw, 0, "s1", first.material);
    expect(again.content).toEqual(first.content);
    expect(ChannelContentSchema.parse(first.content).channel).toBe(raw.channel);
    expect(first.citations.length).toBeGreaterThan(0);
    const ids = new Set(first.material.items.map((item) => item.id));
    for (const citation of first.citations) expect(ids.has(citation.item_id)).toBe(true);
    // Every number and benefit of the text comes from a cited item.
    const cited = first.material.items.filter((item) => first.citations.some((c) => c.item_id === item.id));
    const grounding = checkGrounding(
      flattenContent(first.content),
      cited.flatMap((item) => [item.title, item.text]),
    );
    expect(grounding.findings).toEqual([]);
  });

  it("variants really differ, and another seed can choose differently", async () => {
    const first = await compose(raw, 0);
    const bodies = [flattenContent(first.content)];
    for (const variant of [1, 2])
      bodies.push(flattenContent((await compose(raw, variant, "s1", first.material)).content));
    expect(new Set(bodies).size).toBe(3);
    expect(diversity(bodies)).toBeGreaterThan(0.1);
  });
});

describe("composer channel rules", () => {
  it("an outbound script opens with the brand and the AI disclosure and ends with an opt-out", async () => {
    const { content } = await compose(CASES[5], 0);
    if (content.channel !== "outbound") throw new Error("expected outbound");
    expect(content.opening).toMatch(/AI|人工智能/);
    expect(content.opening).toMatch(/启明/);
    expect(content.branches.do_not_call.action).toBe("mark_do_not_call");
    expect(content.closing).toMatch(/不再/);
    expect(content.branches.objection.length).toBeGreaterThan(0);
    expect(content.strategy).toMatchObject({ approach: "gift_and_service", call_rounds: 3 });
  });

  it("price-sensitive outbound is short and direct; an sms carries 【brand】 and 回T退订", async () => {
    const { content } = await compose({ ...CASES[5], tier: "price_sensitive" }, 0);
    if (content.channel !== "outbound") throw new Error("expected outbound");
    expect(content.strategy.approach).toBe("short_direct");
    expect(content.questions).toHaveLength(1);
    const sms = await compose(CASES[4], 0);
    expect(flattenContent(sms.content)).toMatch(/^【和信银行】.*回T退订$/s);
  });

  it("finance copy carries the risk warning; avoided items are not used again", async () => {
    const first = await compose(CASES[0], 0);
    expect(flattenContent(first.content)).toMatch(/风险/);
    const used = new Set(first.citations.map((citation) => citation.item_id));
    const request = GenerateRequestSchema.parse(CASES[0]);
    const repaired = await composer.generate({
      request,
      material: first.material,
      variant: 0,
      attempt: 1,
      seed: "s1",
      feedback: { findings: [], grounding: [] },
      avoid: used,
    });
    const notices = new Set(
      first.material.items.filter((item) => item.kind === "notice").map((item) => item.id),
    );
    for (const citation of repaired.citations) {
      if (!notices.has(citation.item_id)) expect(used.has(citation.item_id)).toBe(false);
    }
  });
});
