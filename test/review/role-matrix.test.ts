// Every role against every review route: allowed calls succeed, the rest get 403 problem+json.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../src/auth/permissions.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, type TestActor } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
const actors = {} as Record<Role, TestActor>;
let otherReviewer: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  for (const role of ROLES) actors[role] = await actorFor(context, role);
  otherReviewer = await actorFor(context, "reviewer", "第二审核");
});
afterAll(() => context.close());

/** A draft of the caller's own, approved by someone else: every read route then has something to show. */
async function ownApproved(actor: TestActor): Promise<string> {
  const id = await storeDraft(context, { author: actor });
  const response = await app.request(
    `/v1/drafts/${id}/approve`,
    authorized(otherReviewer.key, { method: "POST", body: JSON.stringify({ version: 1 }) }),
  );
  expect(response.status).toBe(200);
  return id;
}

interface Case {
  name: string;
  allowed: readonly Role[];
  call: (actor: TestActor) => Response | Promise<Response>;
}

const request = async (actor: TestActor, path: string, method = "GET", body?: unknown): Promise<Response> =>
  app.request(
    path,
    authorized(actor.key, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );

const ALL = ROLES;
const CASES: Case[] = [
  { name: "GET /v1/me", allowed: ALL, call: (a) => request(a, "/v1/me") },
  { name: "GET /v1/drafts", allowed: ALL, call: (a) => request(a, "/v1/drafts?limit=5") },
  {
    name: "GET /v1/drafts/:id",
    allowed: ALL,
    call: async (a) => request(a, `/v1/drafts/${await storeDraft(context, { author: a })}`),
  },
  {
    name: "PATCH /v1/drafts/:id",
    allowed: ALL,
    call: async (a) =>
      request(a, `/v1/drafts/${await storeDraft(context, { author: a })}`, "PATCH", {
        version: 1,
        body: "稳盈30天每30天开放一次申购赎回，开放日可灵活安排。理财有风险，投资需谨慎。",
      }),
  },
  {
    name: "POST /v1/drafts/:id/approve",
    allowed: ["reviewer", "admin"],
    call: async (a) =>
      request(a, `/v1/drafts/${await storeDraft(context, { author: otherReviewer })}/approve`, "POST", {
        version: 1,
      }),
  },
  {
    name: "POST /v1/drafts/:id/reject",
    allowed: ["reviewer", "admin"],
    call: async (a) =>
      request(a, `/v1/drafts/${await storeDraft(context, { author: otherReviewer })}/reject`, "POST", {
        version: 1,
        reason_code: "factual_error",
        note: "开放周期写错了",
      }),
  },
  {
    name: "POST /v1/drafts/:id/request-changes",
    allowed: ["reviewer", "admin"],
    call: async (a) =>
      request(
        a,
        `/v1/drafts/${await storeDraft(context, { author: otherReviewer })}/request-changes`,
        "POST",
        {
          version: 1,
          note: "请补充风险等级",
        },
      ),
  },
  {
    name: "GET /v1/drafts/:id/audit",
    allowed: ALL,
    call: async (a) => request(a, `/v1/drafts/${await storeDraft(context, { author: a })}/audit`),
  },
  {
    name: "GET /v1/drafts/:id/evidence",
    allowed: ALL,
    call: async (a) => request(a, `/v1/drafts/${await ownApproved(a)}/evidence`),
  },
  {
    name: "POST /v1/drafts/:id/promote",
    allowed: ["ops", "admin"],
    call: async (a) => request(a, `/v1/drafts/${await ownApproved(a)}/promote`, "POST", {}),
  },
  {
    name: "GET /v1/audit/export",
    allowed: ["admin"],
    call: (a) => request(a, "/v1/audit/export?format=csv"),
  },
  {
    name: "GET /v1/review/learning",
    allowed: ["reviewer", "admin"],
    call: (a) => request(a, "/v1/review/learning"),
  },
  {
    name: "POST /v1/review/proposals/:id/accept",
    allowed: ["admin"],
    // An unknown proposal: allowed roles reach the verb and get 404; the rest are stopped at 403.
    call: (a) => request(a, "/v1/review/proposals/prop_0000000000000000/accept", "POST", {}),
  },
];

describe.each(CASES)("$name", ({ allowed, call, name }) => {
  it.each(ROLES)("as %s", async (role) => {
    const response = await call(actors[role]);
    if (allowed.includes(role)) {
      const expected = name.includes("/accept") ? 404 : 200;
      expect(response.status, await response.clone().text()).toBe(expected);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await response.json()) as { code: string; request_id: string };
      expect(problem.code).toBe("forbidden");
    }
  });
});

describe("sales and ops see only their own drafts", () => {
  it("lists only the caller's drafts and answers 404 for someone else's", async () => {
    const mine = await storeDraft(context, { author: actors.sales });
    const theirs = await storeDraft(context, { author: actors.ops });
    const list = (await (await request(actors.sales, "/v1/drafts?limit=100")).json()) as {
      drafts: Array<{ id: string; author_id: string }>;
    };
    expect(list.drafts.map((d) => d.id)).toContain(mine);
    expect(list.drafts.every((d) => d.author_id === actors.sales.id)).toBe(true);
    // Asking for another author does not widen what a sales rep sees.
    const widened = (await (await request(actors.sales, `/v1/drafts?author=${actors.ops.id}`)).json()) as {
      drafts: Array<{ author_id: string }>;
    };
    expect(widened.drafts.every((d) => d.author_id === actors.sales.id)).toBe(true);
    for (const path of [
      `/v1/drafts/${theirs}`,
      `/v1/drafts/${theirs}/audit`,
      `/v1/drafts/${theirs}/evidence`,
    ]) {
      expect((await request(actors.sales, path)).status).toBe(404);
    }
    expect(
      (await request(actors.sales, `/v1/drafts/${theirs}`, "PATCH", { body: "改一下", version: 1 })).status,
    ).toBe(404);
    const all = (await (
      await request(actors.reviewer, `/v1/drafts?author=${actors.ops.id}&limit=100`)
    ).json()) as {
      drafts: Array<{ id: string }>;
    };
    expect(all.drafts.map((d) => d.id)).toContain(theirs);
  });

  it("filters by industry, channel and status and pages with a cursor", async () => {
    const author = await actorFor(context, "ops", "分页运营");
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push(await storeDraft(context, { author, channel: "group" }));
    await storeDraft(context, { author, channel: "private" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/drafts?channel=group&industry=finance&status=pending_review,blocked&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await (await request(author, query)).json()) as {
        drafts: Array<{ id: string; channel: string }>;
        total: number;
        next_cursor: string | null;
      };
      expect(page.total).toBe(5);
      expect(page.drafts.every((d) => d.channel === "group")).toBe(true);
      seen.push(...page.drafts.map((d) => d.id));
      cursor = page.next_cursor;
    } while (cursor);
    // Every draft exactly once across the pages (drafts stored in the same millisecond order by id).
    expect([...seen].sort()).toEqual([...ids].sort());
    expect((await request(author, "/v1/drafts?status=sent")).status).toBe(400);
    expect((await request(author, "/v1/drafts?cursor=bogus")).status).toBe(400);
  });
});
