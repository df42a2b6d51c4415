// The offline composer on the finance worked example: one approved frame per draft, slots filled only from
// items eligible for the segment, tone and tier in the body, deterministic for a seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holesOf } from "../../src/domain/merge-fields.ts";
import { ChannelContentSchema } from "../../src/generators/channel-content.ts";
import { createComposer } from "../../src/generators/composer/composer.ts";
import { flattenContent } from "../../src/generators/flatten-content.ts";
import { type GenerateRequestInput, GenerateRequestSchema } from "../../src/generators/generate-request.ts";
import type { GenerationInput } from "../../src/generators/generator.ts";
import { checkGrounding, sourceTexts } from "../../src/generators/grounding.ts";
import type { Material } from "../../src/generators/material.ts";
import { materialFor } from "../../src/generators/material-cache.ts";
import { misfit } from "../../src/generators/segment.ts";
import type { TestContext } from "../support/test-context.ts";
import { libraryContext } from "./library-context.ts";

let context: TestContext;
const composer = createComposer();

beforeAll(async () => {
  context = await libraryContext({ now: new Date("2026-12-01T08:00:00Z") });
});
afterAll(() => context.close());

const CASES: GenerateRequestInput[] = [
  { channel: "moments", industry: "finance", stage: "interest", tier: "regular" },
  { channel: "group", industry: "finance", stage: "icebreak", tier: "regular", message_type: "morning" },
  {
    channel: "group",
    industry: "finance",
    stage: "decision",
    tier: "price_sensitive",
    message_type: "deals_roundup",
  },
  {
    channel: "private",
    industry: "finance",
    stage: "decision",
    tier: "high_value",
    persona: { tone: "rigorous" },
  },
  {
    channel: "sms",
    industry: "finance",
    stage: "decision",
    tier: "price_sensitive",
    scenario: "points_expiry",
  },
  {
    channel: "outbound",
    industry: "finance",
    stage: "interest",
    tier: "high_value",
    scenario: "dormant_reactivation",
  },
];

async function compose(
  raw: GenerateRequestInput,
  variant: number,
  seed = "s1",
  material?: Material,
  avoid = new Set<string>(),
) {
  const request = GenerateRequestSchema.parse(raw);
  const input: GenerationInput = {
    request,
    material: material ?? (await materialFor(context, request)),
    variant,
    attempt: 0,
    seed,
    feedback: { findings: [], grounding: [] },
    avoid,
  };
  const output = await composer.generate(input);
  const body = flattenContent(output.content);
  const cited = [...new Set(output.citations.map((citation) => citation.item_id))].map((id) =>
    input.material.items.find((item) => item.id === id),
  );
  return { ...output, body, cited, material: input.material };
}

const frameOf = (cited: Awaited<ReturnType<typeof compose>>["cited"]) =>
  cited.filter((item) => item?.kind === "phrasing");

describe.each(CASES)("composer: $channel / $stage / $tier", (raw) => {
  it("builds on one eligible frame, cites only eligible items, leaves no hole, and is deterministic", async () => {
    const first = await compose(raw, 0);
    const again = await compose(raw, 0, "s1", first.material);
    expect(again.content).toEqual(first.content);
    expect(ChannelContentSchema.safeParse(first.content).success).toBe(true);
    expect(frameOf(first.cited)).toHaveLength(1);
    for (const item of first.cited) {
      expect(item, "every cited item is in the request's material").toBeDefined();
      expect(misfit(item as NonNullable<typeof item>, first.material.segment)).toBeNull();
    }
    expect(holesOf(first.body)).toEqual([]);
    expect(first.body).not.toContain("{{");
    const grounding = checkGrounding(
      first.body,
      sourceTexts(first.cited.filter((item) => item !== undefined)),
    );
    expect(grounding.findings).toEqual([]);
  });
});

describe("coherent composition", () => {
  it("variants take other frames or other openings", async () => {
    const raw = CASES[0] as GenerateRequestInput;
    const [a, b] = [await compose(raw, 0), await compose(raw, 1)];
    const opening = (body: string) => body.split(/[。！？～]/)[0];
    expect(frameOf(a.cited)[0]?.id !== frameOf(b.cited)[0]?.id || opening(a.body) !== opening(b.body)).toBe(
      true,
    );
  });

  it("tone changes the body, not only the greeting", async () => {
    for (const channel of ["moments", "private"] as const) {
      const base = { channel, industry: "finance", stage: "interest", tier: "regular" } as const;
      const relaxed = await compose({ ...base, persona: { tone: "relaxed" } }, 0);
      const rigorous = await compose({ ...base, persona: { tone: "rigorous" } }, 0);
      const withoutGreeting = (body: string) => body.replace(/^[^。！？～]*[。！？～]/, "");
      expect(withoutGreeting(relaxed.body)).not.toBe(withoutGreeting(rigorous.body));
      expect(frameOf(relaxed.cited)[0]?.tone).toBe("relaxed");
      expect(frameOf(rigorous.cited)[0]?.tone).toBe("rigorous");
    }
  });

  it("tier changes the body: its own frame, or the product written for it", async () => {
    const bodies = new Set<string>();
    for (const tier of ["high_value", "regular", "price_sensitive"] as const) {
      const { content } = await compose(
        { channel: "private", industry: "finance", stage: "icebreak", tier },
        0,
      );
      bodies.add(content.channel === "private" ? content.text : "");
    }
    expect(bodies.size).toBe(3);
    const products = new Set<string | null | undefined>();
    for (const tier of ["high_value", "regular", "price_sensitive"] as const) {
      const { cited } = await compose(
        { channel: "moments", industry: "finance", stage: "interest", tier },
        0,
      );
      products.add(cited.find((item) => item?.kind === "product_fact")?.product);
    }
    expect(products.size).toBe(3);
  });

  it("an offer reaches only the segment it was approved for", async () => {
    // The new-customer coupon is for new customers; "好久不见" belongs to reactivation only.
    const decision = { channel: "private", industry: "finance", stage: "decision", tier: "regular" } as const;
    for (let variant = 0; variant < 4; variant++) {
      const plain = await compose(decision, variant, `e${variant}`);
      expect(plain.body).not.toContain("好久不见");
      expect(plain.cited.map((item) => item?.id)).not.toContain("fin-benefit-new-account-coupon");
      const dormant = await compose(
        { ...decision, channel: "sms", scenario: "dormant_reactivation" },
        variant,
        `e${variant}`,
      );
      expect(dormant.cited.map((item) => item?.id)).not.toContain("fin-benefit-new-account-coupon");
    }
    const welcome = await compose(
      {
        channel: "outbound",
        industry: "finance",
        stage: "icebreak",
        tier: "regular",
        scenario: "new_customer_activation",
      },
      0,
    );
    expect(welcome.cited.map((item) => item?.id)).toContain("fin-benefit-new-account-coupon");
    // Told the customer is an existing one, the same request gets no new-customer offer.
    const existing = await compose(
      {
        channel: "outbound",
        industry: "finance",
        stage: "icebreak",
        tier: "regular",
        scenario: "new_customer_activation",
        customer: "existing",
      },
      0,
    );
    expect(existing.cited.map((item) => item?.id)).not.toContain("fin-benefit-new-account-coupon");
  });

  it("a product draft carries the risk warning; outbound opens with the brand and AI and ends with the opt-out", async () => {
    const moments = await compose(CASES[0] as GenerateRequestInput, 1);
    expect(moments.body).toMatch(/理财非存款，产品有风险，投资须谨慎/);
    const outbound = await compose(CASES[5] as GenerateRequestInput, 0);
    expect(outbound.content).toMatchObject({
      channel: "outbound",
      strategy: { approach: "gift_and_service" },
    });
    if (outbound.content.channel !== "outbound") throw new Error("outbound");
    expect(outbound.content.opening).toMatch(/和信银行.*AI/);
    expect(outbound.content.closing).toMatch(/不再致电/);
    const short = await compose({ ...(CASES[5] as GenerateRequestInput), tier: "price_sensitive" }, 0);
    if (short.content.channel !== "outbound") throw new Error("outbound");
    expect(short.content.strategy.approach).toBe("short_direct");
    expect(short.content.questions).toHaveLength(1);
    expect(short.content.branches.objection).toHaveLength(1);
  });

  it("an sms carries 【brand】 and 回T退订 once; an avoided frame is not used again", async () => {
    const sms = await compose(CASES[4] as GenerateRequestInput, 0);
    expect(sms.body.match(/【和信银行】/g)).toHaveLength(1);
    expect(sms.body.match(/回T退订/g)).toHaveLength(1);
    const frame = frameOf(sms.cited)[0]?.id as string;
    const again = await compose(CASES[4] as GenerateRequestInput, 0, "s1", undefined, new Set([frame]));
    expect(frameOf(again.cited)[0]?.id).not.toBe(frame);
  });

  it("guidance never reaches the material a draft may cite", async () => {
    const { material } = await compose(CASES[3] as GenerateRequestInput, 0);
    expect(material.items.every((item) => item.audience === "customer")).toBe(true);
    expect(material.guidance.map((item) => item.id)).toContain("fin-policy-no-promise");
  });
});
