// Plans that belong to the rep: a new plan is a draft plan (nothing of it in the reviewers' queue, no decision can
// land on its items, not even straight in the database), 我的计划 lists it with its status and counts, the
// calendar has real dates, weekdays and slot times, and submitting hands every item to review, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { libraryContext } from "../generators/library-context.ts";

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

const call = (method: string, path: string, key: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

interface PlanDetail {
  id: string;
  status: string;
  start_date: string;
  end_date: string;
  submitted_at: string | null;
  counts: { total: number; pending_review: number; blocked: number };
  items: Array<{ day: number; date: string; weekday: string; time: string; slot: string; draft_id: string }>;
}

async function makePlan(key = salesKey, extra: Record<string, unknown> = {}): Promise<PlanDetail> {
  const response = await call("POST", "/v1/plans", key, {
    industry: "pets",
    segment: { tier: "regular", stage: "icebreak", purpose: "break_ice" },
    period: 7,
    persona: { tone: "relaxed", name: "小周" },
    ...extra,
  });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const detail = await call("GET", `/v1/plans/${id}`, key);
  expect(detail.status).toBe(200);
  return (await detail.json()) as PlanDetail;
}

async function queueIds(key: string, query = "status=pending_review,blocked&limit=100"): Promise<string[]> {
  const response = await call("GET", `/v1/drafts?${query}`, key);
  expect(response.status).toBe(200);
  return ((await response.json()) as { drafts: Array<{ id: string }> }).drafts.map((d) => d.id);
}

describe("a rep's plan", () => {
  it("is a draft plan until submitted: the rep sees its items, the reviewers' queue does not", async () => {
    const plan = await makePlan(salesKey, { start_date: "2026-12-07" });
    expect(plan.status).toBe("draft");
    expect(plan.submitted_at).toBeNull();
    expect(plan.counts.total).toBe(7 * 3 + 4);
    const ids = plan.items.map((item) => item.draft_id);
    expect((await queueIds(salesKey)).filter((id) => ids.includes(id))).toHaveLength(ids.length);
    expect((await queueIds(reviewerKey)).filter((id) => ids.includes(id))).toEqual([]);
    expect((await queueIds(reviewerKey, `plan_id=${plan.id}`)).length).toBe(0);
    // Not in the queue, and not decidable by any path: the database refuses a decision on its items.
    const draftId = ids[0] as string;
    await expect(
      context.db.query(
        "UPDATE drafts SET status = 'rejected', decision_reason_code = 'other', decided_by = author_id WHERE id = $1",
        [draftId],
      ),
    ).rejects.toThrow(/not submitted/);
    // Other people do not learn it exists.
    expect((await call("GET", `/v1/plans/${plan.id}`, reviewerKey)).status).toBe(404);
    expect((await call("GET", `/v1/plans/${plan.id}`, otherSalesKey)).status).toBe(404);
    expect((await call("POST", `/v1/plans/${plan.id}/submit`, otherSalesKey)).status).toBe(404);
  });

  it("has a calendar: real dates from its start, weekdays, and each slot's time in China", async () => {
    const plan = await makePlan(salesKey, { start_date: "2026-12-07" });
    expect(plan.start_date).toBe("2026-12-07");
    expect(plan.end_date).toBe("2026-12-13");
    const dayOne = plan.items.filter((item) => item.day === 1);
    // 2026-12-07 is a Monday; a day runs 09:00 group, 12:30 moments, 15:00 1:1, 20:00 group.
    expect(dayOne.map((item) => [item.date, item.weekday, item.time, item.slot])).toEqual([
      ["2026-12-07", "周一", "09:00", "group_09:00"],
      ["2026-12-07", "周一", "12:30", "moments"],
      ["2026-12-07", "周一", "15:00", "private"],
      ["2026-12-07", "周一", "20:00", "group_20:00"],
    ]);
    expect(plan.items.filter((item) => item.day === 7).map((item) => [item.date, item.weekday])[0]).toEqual([
      "2026-12-13",
      "周日",
    ]);
  });

  it("without a start date starts the day after it was made, in China time", async () => {
    // The test clock is 2026-11-29T08:00Z (16:00 in Shanghai); created_at is the database's now(), so compare
    // with the China date of the stored creation time.
    const plan = await makePlan();
    const { rows } = await context.db.query<{ day: string }>(
      "SELECT to_char((created_at AT TIME ZONE 'Asia/Shanghai')::date + 1, 'YYYY-MM-DD') AS day FROM plans WHERE id = $1",
      [plan.id],
    );
    expect(plan.start_date).toBe(rows[0]?.day);
  });

  it("is listed in 我的计划 with its status, newest first, keyset-paged", async () => {
    const other = await makePlan(otherSalesKey);
    const first = await call("GET", "/v1/plans?limit=2", salesKey);
    expect(first.status).toBe(200);
    const page = (await first.json()) as {
      plans: Array<{ id: string; status: string; author_id: string; created_at: string }>;
      next_cursor: string | null;
    };
    expect(page.plans).toHaveLength(2);
    expect(page.plans.every((plan) => plan.status === "draft")).toBe(true);
    expect(page.next_cursor).not.toBeNull();
    const rest = (await (
      await call("GET", `/v1/plans?limit=2&cursor=${page.next_cursor}`, salesKey)
    ).json()) as { plans: Array<{ id: string }>; next_cursor: string | null };
    const all = [...page.plans.map((p) => p.id), ...rest.plans.map((p) => p.id)];
    expect(new Set(all).size).toBe(3);
    expect(all).not.toContain(other.id);
    expect(rest.next_cursor).toBeNull();
    // A cursor that is not ours is a 400 naming the field, not a 500.
    const bad = await call("GET", "/v1/plans?cursor=WyJub3QgYSB0aW1lIiwieCJd", salesKey);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("cursor");
  });

  it("submitting puts every item in the queue, once; a second submission is a 409 that says who and when", async () => {
    const plan = await makePlan();
    const ids = plan.items.map((item) => item.draft_id);
    expect((await call("POST", `/v1/plans/${plan.id}/submit`, reviewerKey)).status).toBe(403);
    const submitted = await call("POST", `/v1/plans/${plan.id}/submit`, salesKey);
    expect(submitted.status).toBe(200);
    const body = (await submitted.json()) as PlanDetail;
    expect(body.status).toBe("submitted");
    expect(body.submitted_at).not.toBeNull();
    const queue = await queueIds(reviewerKey, `plan_id=${plan.id}&limit=100`);
    expect(queue.sort()).toEqual([...ids].sort());
    expect((await call("GET", `/v1/plans/${plan.id}`, reviewerKey)).status).toBe(200);
    const reviewerList = (await (await call("GET", "/v1/plans?status=submitted", reviewerKey)).json()) as {
      plans: Array<{ id: string }>;
    };
    expect(reviewerList.plans.map((p) => p.id)).toContain(plan.id);

    const again = await call("POST", `/v1/plans/${plan.id}/submit`, salesKey);
    expect(again.status).toBe(409);
    const problem = (await again.json()) as { submitted_by: string; submitted_at: string };
    expect(problem.submitted_by).toBe("销售 小周");
    expect(problem.submitted_at).toBe(body.submitted_at);

    const events = (await (await call("GET", `/v1/plans/${plan.id}/events`, salesKey)).json()) as {
      events: Array<{ action: string; actor_name: string; detail: { items: number } }>;
    };
    expect(events.events).toEqual([
      expect.objectContaining({
        action: "submitted",
        actor_name: "销售 小周",
        detail: expect.objectContaining({ items: ids.length }),
      }),
    ]);
    // The submission cannot be taken back, not even in the database.
    await expect(
      context.db.query("UPDATE plans SET status = 'draft' WHERE id = $1", [plan.id]),
    ).rejects.toThrow(/cannot be taken back/);
    await expect(context.db.query("DELETE FROM plan_events WHERE plan_id = $1", [plan.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
