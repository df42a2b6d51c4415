// Issue 10 item 2: every draft verb checks the caller's permission (403), then whether they may see the draft
// (404), before anything else. A sales or ops user asking about someone else's draft, in any state, gets exactly
// the answer a draft that does not exist gets: the same status and the same problem, ids aside.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, TEXTS, type TestActor } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let author: TestActor;
let reviewer: TestActor;
const outsiders: TestActor[] = [];
const drafts: Record<string, string> = {};
const MISSING = "drf_00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  author = await actorFor(context, "sales", "销售 小周");
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  outsiders.push(await actorFor(context, "sales", "销售 小李"), await actorFor(context, "ops", "运营 阿杰"));
  drafts.pending = await storeDraft(context, { author });
  drafts.blocked = await storeDraft(context, { author, body: TEXTS.block });
  drafts.approved = await storeDraft(context, { author });
  drafts.changes_requested = await storeDraft(context, { author });
  const decide = (id: string, decision: string, body: Record<string, unknown>) =>
    app.request(
      `/v1/drafts/${id}/${decision}`,
      authorized(reviewer.key, { method: "POST", body: JSON.stringify({ version: 1, ...body }) }),
    );
  expect((await decide(drafts.approved, "approve", {})).status).toBe(200);
  expect(
    (await decide(drafts.changes_requested, "request-changes", { note: "请补充开放日说明" })).status,
  ).toBe(200);
});
afterAll(() => context.close());

interface Verb {
  name: string;
  method: string;
  path: (id: string) => string;
  body?: unknown;
}

const VERBS: Verb[] = [
  { name: "read", method: "GET", path: (id) => `/v1/drafts/${id}` },
  {
    name: "edit",
    method: "PATCH",
    path: (id) => `/v1/drafts/${id}`,
    body: { version: 1, body: TEXTS.clean },
  },
  { name: "audit", method: "GET", path: (id) => `/v1/drafts/${id}/audit` },
  { name: "evidence", method: "GET", path: (id) => `/v1/drafts/${id}/evidence` },
  { name: "evidence html", method: "GET", path: (id) => `/v1/drafts/${id}/evidence?format=html` },
  { name: "promote", method: "POST", path: (id) => `/v1/drafts/${id}/promote`, body: {} },
  { name: "approve", method: "POST", path: (id) => `/v1/drafts/${id}/approve`, body: { version: 1 } },
  {
    name: "reject",
    method: "POST",
    path: (id) => `/v1/drafts/${id}/reject`,
    body: { version: 1, reason_code: "tone", note: "语气偏推销" },
  },
  {
    name: "request changes",
    method: "POST",
    path: (id) => `/v1/drafts/${id}/request-changes`,
    body: { version: 1, note: "请补充开放日说明" },
  },
  {
    name: "dismiss",
    method: "POST",
    path: (id) => `/v1/drafts/${id}/findings/fnd_0000000000000000/dismiss`,
    body: { version: 1, reason: "此处为序数，非排名" },
  },
];

async function answer(
  actor: TestActor,
  verb: Verb,
  id: string,
): Promise<{ status: number; problem: unknown }> {
  const response = await app.request(
    verb.path(id),
    authorized(actor.key, {
      method: verb.method,
      ...(verb.body === undefined ? {} : { body: JSON.stringify(verb.body) }),
    }),
  );
  const text = await response.text();
  const { request_id: _ignored, ...problem } = JSON.parse(text) as Record<string, unknown>;
  return { status: response.status, problem: JSON.parse(JSON.stringify(problem).replaceAll(id, "<id>")) };
}

describe.each(VERBS)("$name", (verb) => {
  it("tells an outsider nothing about someone else's draft, in any state", async () => {
    for (const outsider of outsiders) {
      const missing = await answer(outsider, verb, MISSING);
      // Refused for the role (403) or not found (404), never anything that depends on the draft.
      expect([403, 404], `${outsider.role} ${verb.name}`).toContain(missing.status);
      for (const [state, id] of Object.entries(drafts)) {
        const hidden = await answer(outsider, verb, id);
        expect(hidden, `${outsider.role} ${verb.name} on a ${state} draft`).toEqual(missing);
      }
    }
  });
});

it("leaves every draft as it was", async () => {
  const { rows } = await context.db.query<{ status: string; version: number }>(
    "SELECT status, version FROM drafts WHERE id = ANY($1::text[]) ORDER BY status",
    [Object.values(drafts)],
  );
  expect(rows).toEqual([
    { status: "approved", version: 1 },
    { status: "blocked", version: 1 },
    { status: "changes_requested", version: 1 },
    { status: "pending_review", version: 1 },
  ]);
});
