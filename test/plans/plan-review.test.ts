// The rep regenerates one slot (a new version of the same draft, checked, audited, a 409 on a stale version), and
// a reviewer decides a submitted plan as a batch in one transaction: clean items as they are, warned ones under
// one written reason, and any refusal (a missing reason, a stale version, a blocked item) approves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { libraryContext } from "../generators/library-context.ts";

const WARNED_TAIL = "名额有限，感兴趣的话抓紧私信我哦。";
const BLOCKED_TAIL = "这是最好的选择。";

let context: Awaited<ReturnType<typeof libraryContext>>;
let app: ReturnType<typeof createApp>;
let salesKey: string;
let otherSalesKey: string;
let reviewerKey: string;

beforeAll(async () => {
  context = await libraryContext();
  app = createApp(context);
  salesKey = await context.keyFor("sales", "销售 小周");
  otherSalesKey = await context.keyFor("sales", "销售 小林");
  reviewerKey = await context.keyFor("reviewer", "审核 陈静");
});
afterAll(() => context.close());

const call = async (method: string, path: string, key: string, body?: unknown) => {
  const response = await app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

interface Item {
  draft_id: string;
  day: number;
  slot: string;
  version: number;
  status: string;
}

async function newPlan(): Promise<{ id: string; items: Item[] }> {
  const created = await call("POST", "/v1/plans", salesKey, {
    industry: "pets",
    segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
    period: 7,
    start_date: "2026-12-07",
  });
  expect(created.status).toBe(201);
  const plan = await call("GET", `/v1/plans/${created.body.id}`, salesKey);
  return plan.body as unknown as { id: string; items: Item[] };
}

async function approvedCount(planId: string): Promise<number> {
  const { rows } = await context.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM drafts WHERE plan_id = $1 AND status = 'approved'",
    [planId],
  );
  return rows[0]?.n ?? 0;
}

describe("regenerating one slot", () => {
  it("makes the item's next version through the pipeline, keeps the old one, audits it, and refuses a stale one", async () => {
    const plan = await newPlan();
    const item = plan.items.find((candidate) => candidate.slot === "moments") as Item;
    const before = await call("GET", `/v1/drafts/${item.draft_id}`, salesKey);
    expect(
      (
        await call("POST", `/v1/plans/${plan.id}/items/${item.draft_id}/regenerate`, reviewerKey, {
          version: 1,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call("POST", `/v1/plans/${plan.id}/items/${item.draft_id}/regenerate`, otherSalesKey, {
          version: 1,
        })
      ).status,
    ).toBe(404);

    const regenerated = await call(
      "POST",
      `/v1/plans/${plan.id}/items/${item.draft_id}/regenerate`,
      salesKey,
      {
        version: 1,
      },
    );
    expect(regenerated.status).toBe(200);
    expect(regenerated.body).toMatchObject({
      id: item.draft_id,
      version: 2,
      plan_id: plan.id,
      plan_slot: "moments",
    });
    expect(["pending_review", "blocked"]).toContain(regenerated.body.status);
    const seeds = [before.body.request, regenerated.body.request].map((r) => (r as { seed: string }).seed);
    expect(seeds[1]).not.toBe(seeds[0]);
    const { rows } = await context.db.query<{ version: number; body: string }>(
      "SELECT version, body FROM draft_versions WHERE draft_id = $1",
      [item.draft_id],
    );
    expect(rows).toEqual([{ version: 1, body: before.body.body }]);
    const audit = await call("GET", `/v1/drafts/${item.draft_id}/audit`, salesKey);
    const actions = (audit.body.audit as Array<{ action: string; detail: { regenerated?: boolean } }>) ?? [];
    expect(actions.some((row) => row.action === "edited" && row.detail.regenerated === true)).toBe(true);

    const stale = await call("POST", `/v1/plans/${plan.id}/items/${item.draft_id}/regenerate`, salesKey, {
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      current_version: 2,
      your_version: 1,
      changed_by: { name: "销售 小周" },
    });
    const events = await call("GET", `/v1/plans/${plan.id}/events`, salesKey);
    expect(events.body.events).toEqual([
      expect.objectContaining({
        action: "slot_regenerated",
        detail: expect.objectContaining({ draft_id: item.draft_id, version: 2 }),
      }),
    ]);
  });
});

describe("a batch decision on a plan", () => {
  it("approves clean items, and warned ones only under one reason, all or nothing", async () => {
    const plan = await newPlan();
    const [warned, blocked] = plan.items.filter((item) => item.slot === "private");
    for (const [item, tail] of [
      [warned, WARNED_TAIL],
      [blocked, BLOCKED_TAIL],
    ] as const) {
      const current = await call("GET", `/v1/drafts/${item?.draft_id}`, salesKey);
      const edited = await call("PATCH", `/v1/drafts/${item?.draft_id}`, salesKey, {
        body: `${current.body.body}${tail}`,
        version: 1,
      });
      expect(edited.status).toBe(200);
    }
    const warnedDraft = await call("GET", `/v1/drafts/${warned?.draft_id}`, salesKey);
    expect((warnedDraft.body.verdict as { verdict: string }).verdict).toBe("needs_attention");
    expect((await call("GET", `/v1/drafts/${blocked?.draft_id}`, salesKey)).body.status).toBe("blocked");

    // Not yet submitted: not the reviewer's to decide.
    const early = await call("POST", `/v1/plans/${plan.id}/decide`, reviewerKey, {
      items: [{ draft_id: plan.items[0]?.draft_id, version: 1 }],
    });
    expect(early.status).toBe(404);
    expect((await call("POST", `/v1/plans/${plan.id}/submit`, salesKey)).status).toBe(200);
    const detail = (await call("GET", `/v1/plans/${plan.id}`, reviewerKey)).body as unknown as {
      items: Item[];
    };
    const clean = detail.items.filter(
      (item) => item.status === "pending_review" && item.draft_id !== warned?.draft_id,
    );
    expect(clean.length).toBeGreaterThan(10);
    const listed = (items: Item[]) =>
      items.map((item) => ({ draft_id: item.draft_id, version: item.version }));
    const warnedItem = detail.items.find((item) => item.draft_id === warned?.draft_id) as Item;
    const blockedItem = detail.items.find((item) => item.draft_id === blocked?.draft_id) as Item;

    // The author may not; a warned item without a reason, a stale version or a blocked item approve nothing.
    expect(
      (await call("POST", `/v1/plans/${plan.id}/decide`, salesKey, { items: listed(clean) })).status,
    ).toBe(403);
    const noReason = await call("POST", `/v1/plans/${plan.id}/decide`, reviewerKey, {
      items: listed([...clean, warnedItem]),
    });
    expect(noReason.status).toBe(422);
    expect((noReason.body.errors as Array<{ field: string }>)[0]?.field).toBe(
      `items.${clean.length}.draft_id`,
    );
    const stale = await call("POST", `/v1/plans/${plan.id}/decide`, reviewerKey, {
      items: [...listed(clean), { draft_id: warnedItem.draft_id, version: 1 }],
      override_reason: "限量提醒属实，语气为邀请",
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ current_version: 2, your_version: 1 });
    const withBlocked = await call("POST", `/v1/plans/${plan.id}/decide`, reviewerKey, {
      items: listed([...clean, blockedItem]),
    });
    expect(withBlocked.status).toBe(409);
    expect(await approvedCount(plan.id)).toBe(0);

    const done = await call("POST", `/v1/plans/${plan.id}/decide`, reviewerKey, {
      items: listed([...clean, warnedItem]),
      override_reason: "限量提醒属实，语气为邀请",
    });
    expect(done.status).toBe(200);
    expect(done.body.approved).toBe(clean.length + 1);
    expect(await approvedCount(plan.id)).toBe(clean.length + 1);
    const warnedAfter = await call("GET", `/v1/drafts/${warnedItem.draft_id}`, reviewerKey);
    expect(warnedAfter.body).toMatchObject({
      status: "approved",
      override_reason: "限量提醒属实，语气为邀请",
    });
    const cleanAfter = await call("GET", `/v1/drafts/${clean[0]?.draft_id}`, reviewerKey);
    expect(cleanAfter.body).toMatchObject({ status: "approved", override_reason: null });
    const events = (await call("GET", `/v1/plans/${plan.id}/events`, reviewerKey)).body.events as Array<{
      action: string;
    }>;
    expect(events.map((event) => event.action)).toEqual(["submitted", "batch_decided"]);
  });
});
