// Copy a reviewer would have to edit, each fixed in the composer: a notice the draft does not need (an ordinary
// food, a deposit, an icebreak naming no product), and an outbound script asking twice to add the customer.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createComposer } from "../../src/generators/composer/composer.ts";
import { flattenContent } from "../../src/generators/flatten-content.ts";
import { type GenerateRequestInput, GenerateRequestSchema } from "../../src/generators/generate-request.ts";
import { materialFor } from "../../src/generators/material-cache.ts";
import type { TestContext } from "../support/test-context.ts";
import { libraryContext } from "./library-context.ts";

let context: TestContext;
const composer = createComposer();

beforeAll(async () => {
  context = await libraryContext({ now: new Date("2026-12-01T08:00:00Z") });
});
afterAll(() => context.close());

/** Every draft the composer makes for a request over a few seeds and variants, with the frame it stands on. */
async function drafts(raw: GenerateRequestInput, seeds = 6, variants = 3) {
  const request = GenerateRequestSchema.parse(raw);
  const material = await materialFor(context, request);
  const made: Array<{ body: string; frame: string; cited: string[] }> = [];
  if (material.frames.length === 0) return made;
  for (let s = 0; s < seeds; s++) {
    for (let variant = 0; variant < variants; variant++) {
      const output = await composer
        .generate({
          request,
          material,
          variant,
          attempt: 0,
          seed: `copy-${s}`,
          feedback: { findings: [], grounding: [] },
          avoid: new Set(),
        })
        // A segment no frame can fill for this product is refused before the composer: not a draft.
        .catch(() => null);
      if (!output) return made;
      const cited = output.citations.map((citation) => citation.item_id);
      const frame = cited.find((id) => material.frames.some((item) => item.id === id)) ?? "";
      made.push({ body: flattenContent(output.content), frame, cited });
    }
  }
  return made;
}

it("health_food: a draft about the ordinary-food probiotic drink does not call it a health food", async () => {
  const bodies: string[] = [];
  for (const stage of ["interest", "decision"] as const) {
    for (const tier of ["regular", "price_sensitive", "high_value"] as const) {
      for (const channel of ["private", "moments"] as const) {
        const made = await drafts({
          channel,
          industry: "health_food",
          stage,
          tier,
          product: "元气坊益生菌固体饮料",
        });
        bodies.push(...made.map((draft) => draft.body).filter((body) => body.includes("普通食品")));
      }
    }
  }
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body).not.toContain("保健食品不是药物");
});

it("outbound add_friend: a script whose question asks to add the customer on WeChat does not ask again", async () => {
  let asked = 0;
  for (const industry of ["health_food", "beauty", "auto", "education", "retail"] as const) {
    for (const tier of ["regular", "price_sensitive", "high_value"] as const) {
      for (const draft of await drafts(
        { channel: "outbound", industry, stage: "interest", tier, scenario: "add_friend" },
        3,
        2,
      )) {
        const lines = draft.body.split("\n");
        const question = lines.filter((line) => line.startsWith("【询问】")).join("");
        if (!/(添加|加)[^。？]{0,12}企业微信|企业微信[^。？]{0,6}添加您/.test(question)) continue;
        asked++;
        const branch = lines.find((line) => line.startsWith("【添加企业微信】")) ?? "";
        expect(branch, draft.body).not.toMatch(/[？?]/);
      }
    }
  }
  expect(asked).toBeGreaterThan(0);
});

it("pharma: the high-value relaxed icebreak names no product, so it carries no medical-device notice", async () => {
  const made = await drafts({
    channel: "private",
    industry: "pharma",
    stage: "icebreak",
    tier: "high_value",
  });
  const icebreak = made.filter((draft) => draft.frame === "pha-frame-private-icebreak-hv-relaxed");
  expect(icebreak.length).toBeGreaterThan(0);
  for (const draft of icebreak) {
    expect(draft.body).not.toContain("医务人员的指导");
    expect(draft.cited).not.toContain("pha-notice-device");
  }
});

it("finance: the 大额存单 renewal call does not add the wealth-product warning after deposit details", async () => {
  const bodies: string[] = [];
  for (const tier of ["regular", "price_sensitive", "high_value"] as const) {
    for (const stage of ["icebreak", "interest", "decision"] as const) {
      const made = await drafts(
        { channel: "outbound", industry: "finance", stage, tier, scenario: "renewal" },
        4,
        2,
      );
      bodies.push(...made.map((draft) => draft.body).filter((body) => body.includes("大额存单")));
    }
  }
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body).not.toContain("理财非存款");
});
