import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Draft } from "../../src/drafts/draft.ts";
import type { OutboundContent } from "../../src/generators/channel-content.ts";
import { createApp } from "../../src/http/app.ts";
import { libraryContext } from "./library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
let app: ReturnType<typeof createApp>;
let salesKey: string;
let otherSalesKey: string;
let reviewerKey: string;

beforeAll(async () => {
  context = await libraryContext({ now: new Date("2026-12-01T08:00:00Z") });
  app = createApp(context);
  salesKey = await context.keyFor("sales");
  otherSalesKey = await context.keyFor("sales", "another rep");
  reviewerKey = await context.keyFor("reviewer");
});
afterAll(() => context.close());

const post = (path: string, body: unknown, key = salesKey) =>
  app.request(path, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const get = (path: string, key = salesKey) =>
  app.request(path, { headers: { authorization: `Bearer ${key}` } });

const OUTBOUND = {
  channel: "outbound",
  scenario: "points_expiry",
  industry: "finance",
  stage: "decision",
  tier: "regular",
  persona: { tone: "rigorous", name: "李敏" },
  variants: 2,
  ai_label: true,
};

describe("POST /v1/generate", () => {
  it("201 with stored drafts: content, citations, generator, verdict, timings and steps", async () => {
    const response = await post("/v1/generate", OUTBOUND);
    expect(response.status).toBe(201);
    const { drafts } = (await response.json()) as { drafts: Draft[] };
    expect(drafts).toHaveLength(2);
    for (const draft of drafts) {
      expect(draft.status).toBe("pending_review");
      const content = draft.content as OutboundContent;
      expect(content.channel).toBe("outbound");
      expect(content.opening).toMatch(/和信银行.*AI/);
      expect(content.branches.do_not_call.action).toBe("mark_do_not_call");
      expect(draft.citations.length).toBeGreaterThan(0);
      expect(draft.generator).toMatchObject({ kind: "composer", ai_generated: true, ai_label: true });
      expect(draft.body).toMatch(/【结束】/);
      expect(draft.verdict.verdict).not.toBe("block");
    }
    expect(drafts[0]?.body).not.toBe(drafts[1]?.body);
  });

  it("400 problem+json naming every bad field", async () => {
    const response = await post("/v1/generate", {
      channel: "group",
      industry: "casino",
      stage: "icebreak",
      tier: "regular",
      variants: 0,
      colour: "red",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { errors: Array<{ in: string; field: string }> };
    const fields = problem.errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(["industry", "variants"]));
    expect(problem.errors.every((error) => error.in === "body")).toBe(true);
    const missingType = await post("/v1/generate", {
      channel: "group",
      industry: "pets",
      stage: "icebreak",
      tier: "regular",
    });
    expect(((await missingType.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe(
      "message_type",
    );
  });

  it("401 without a key, 403 for a reviewer (no drafts:create)", async () => {
    expect((await app.request("/v1/generate", { method: "POST" })).status).toBe(401);
    const forbidden = await post("/v1/generate", OUTBOUND, reviewerKey);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("plans", () => {
  it("a 15-day plan returns in one call with every item's draft id, each a draft pending review", async () => {
    const response = await post("/v1/plans", {
      industry: "finance",
      products: [],
      segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
      period: 15,
      persona: { tone: "relaxed", name: "小周", interests: ["羽毛球"] },
      customer_interests: ["摄影"],
    });
    expect(response.status).toBe(201);
    const plan = (await response.json()) as {
      id: string;
      items: Array<{ day: number; slot: string; draft_id: string; status: string; stage: string }>;
    };
    expect(plan.items).toHaveLength(15 * 3 + 8);
    expect(new Set(plan.items.map((item) => item.day)).size).toBe(15);
    expect(plan.items.every((item) => item.draft_id.startsWith("drf_"))).toBe(true);
    expect(plan.items.every((item) => item.status === "pending_review")).toBe(true);
    expect(plan.items[0]?.stage).toBe("icebreak");
    expect(plan.items.at(-1)?.stage).toBe("decision");
    const { rows } = await context.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM drafts WHERE plan_id = $1 AND status = 'pending_review'",
      [plan.id],
    );
    expect(rows[0]?.count).toBe(plan.items.length);

    const again = await get(`/v1/plans/${plan.id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { items: unknown[] }).items).toHaveLength(plan.items.length);
    // A new plan is its author's draft (test/plans covers submission); other people see nothing of it.
    expect((await get(`/v1/plans/${plan.id}`, reviewerKey)).status).toBe(404);
    expect((await get(`/v1/plans/${plan.id}`, otherSalesKey)).status).toBe(404);
  });

  it("400 for a period other than 7 or 15, naming the field", async () => {
    const response = await post("/v1/plans", {
      industry: "finance",
      segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
      period: 10,
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field)).toContain("period");
  });
});
