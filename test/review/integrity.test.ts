// Issue 10, "what a reviewer approves is exactly what was checked": one test per row of its table that this
// folder owns. Each was run against the code before the change and failed there (see the review README).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, TEXTS, type TestActor } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let sales: TestActor;
let ops: TestActor;
let reviewer: TestActor;
let secondReviewer: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  sales = await actorFor(context, "sales", "销售 小周");
  ops = await actorFor(context, "ops", "运营 阿杰");
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  secondReviewer = await actorFor(context, "reviewer", "审核 刘洋");
});
afterAll(() => context.close());

const send = (method: string, path: string, key: string, body?: unknown) =>
  app.request(
    path,
    authorized(key, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
const get = (path: string, key: string) => send("GET", path, key);
const post = (path: string, key: string, body: unknown = {}) => send("POST", path, key, body);
const patch = (path: string, key: string, body: unknown) => send("PATCH", path, key, body);

interface DraftView {
  status: string;
  version: number;
  body: string;
  content: Record<string, unknown>;
  citations: Array<{ item_id: string; claim: string }>;
  review: {
    verdict: string;
    findings: Array<{ id: string; rule_id: string; severity: string; source: string; excerpt: string }>;
  };
}

const view = async (id: string, key = reviewer.key) =>
  (await (await get(`/v1/drafts/${id}`, key)).json()) as DraftView;

describe("an approval binds to the text the reviewer read", () => {
  it("refuses a decision without a version, or on a version since changed, naming who changed it and when", async () => {
    const id = await storeDraft(context, { author: sales });
    const seen = await view(id);
    expect(seen.version).toBe(1);
    const edited = `${TEXTS.clean}开放日当天即可办理。`;
    expect((await patch(`/v1/drafts/${id}`, sales.key, { version: 1, body: edited })).status).toBe(200);

    // Without a version nothing is decided: the reviewer never said which text they approve.
    const blind = await post(`/v1/drafts/${id}/approve`, reviewer.key, {});
    expect(blind.status).toBe(400);
    expect(JSON.stringify(await blind.json())).toContain("version");
    expect((await view(id)).status).toBe("pending_review");

    const decisions: Array<[string, Record<string, unknown>]> = [
      ["approve", {}],
      ["reject", { reason_code: "tone", note: "语气偏推销" }],
      ["request-changes", { note: "请补充开放日说明" }],
    ];
    for (const [decision, body] of decisions) {
      const stale = await post(`/v1/drafts/${id}/${decision}`, reviewer.key, {
        ...body,
        version: seen.version,
      });
      expect(stale.status, decision).toBe(409);
      expect(stale.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await stale.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({
        code: "conflict",
        current_version: 2,
        your_version: 1,
        changed_by: { id: sales.id, name: "销售 小周" },
      });
      expect(Date.parse(String(problem.changed_at))).not.toBeNaN();
      expect(problem.detail).toContain("销售 小周");
    }
    const untouched = await view(id);
    expect(untouched).toMatchObject({ status: "pending_review", version: 2, body: edited });

    const approved = await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 2 });
    expect(approved.status).toBe(200);
    const audit = await context.db.query<{ draft_version: number }>(
      "SELECT draft_version FROM review_audit WHERE draft_id = $1 AND action = 'approved'",
      [id],
    );
    expect(audit.rows).toEqual([{ draft_version: 2 }]);
  });
});

describe("the draft has one text, and it is the checked one", () => {
  const smuggled = {
    channel: "moments",
    text: "保本保息，年化12%，全网最低价，错过再等一年！",
    call_to_action: "马上私信我锁定名额",
  };

  it("refuses content that is not the body, and checks content's own text as the body", async () => {
    const id = await storeDraft(context, { author: sales });
    const before = await view(id);
    const both = await patch(`/v1/drafts/${id}`, sales.key, {
      version: 1,
      body: TEXTS.clean,
      content: smuggled,
    });
    expect(both.status).toBe(400);
    const problem = (await both.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field)).toEqual(["body"]);
    const after = await view(id);
    expect(after).toMatchObject({ version: 1, body: TEXTS.clean });
    expect(after.content).toEqual(before.content);

    const alone = await patch(`/v1/drafts/${id}`, sales.key, { version: 1, content: smuggled });
    expect(alone.status).toBe(200);
    const checked = (await alone.json()) as DraftView;
    expect(checked.body).toBe(`${smuggled.text}\n${smuggled.call_to_action}`);
    expect(checked.content).toEqual(smuggled);
    expect(checked.status).toBe("blocked");
    expect(checked.review.verdict).toBe("block");
    expect(checked.review.findings.map((f) => f.excerpt).join("|")).toMatch(/保本|最低/);
    expect((await post(`/v1/drafts/${id}/approve`, secondReviewer.key, { version: 2 })).status).toBe(409);
  });

  it("never shows, approves into evidence, or exports a stored structure the body does not say", async () => {
    // As the old PATCH could leave it: a clean body beside a structure that says something else.
    const id = await storeDraft(context, { author: sales, content: smuggled });
    const shown = await view(id);
    expect(shown.content).toEqual({
      channel: "moments",
      text: TEXTS.clean,
      edited_as_text: true,
      structure_withheld: true,
    });
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
    const pack = (await (await get(`/v1/drafts/${id}/evidence`, reviewer.key)).json()) as {
      content: unknown;
    };
    expect(JSON.stringify(pack)).not.toContain("保本保息");
    expect(pack.content).toEqual(shown.content);
    const html = await (await get(`/v1/drafts/${id}/evidence?format=html`, reviewer.key)).text();
    expect(html).not.toContain("保本保息");
  });
});

describe("citations follow the text", () => {
  it("recomputes citations on an edit and flags a cited sentence rewritten away from its source", async () => {
    const id = await storeDraft(context, { author: sales });
    expect((await view(id)).citations.map((c) => c.item_id)).toEqual([
      "fin-product-wenying",
      "fin-notice-risk",
    ]);
    const response = await patch(`/v1/drafts/${id}`, sales.key, {
      version: 1,
      body: "稳盈30天是R2级（中低风险）净值型理财产品，每天都可以随时申购赎回。理财有风险，投资需谨慎。",
    });
    expect(response.status).toBe(200);
    const edited = (await response.json()) as DraftView;
    expect(edited.citations.map((c) => c.item_id)).toEqual(["fin-notice-risk"]);
    const lost = edited.review.findings.filter((f) => f.rule_id === "grounding.source_lost");
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ source: "grounding", severity: "warn" });
    expect(lost[0]?.excerpt).toContain("每天都可以随时申购赎回");
    // The badge the console shows is this verdict: not 机检通过 while a claim has no source.
    expect(edited.review.verdict).toBe("needs_attention");
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 2 })).status).toBe(422);
    const approved = await post(`/v1/drafts/${id}/approve`, reviewer.key, {
      version: 2,
      override_reason: "已与产品部核对：开放规则已调整为每日可申赎，素材待更新",
    });
    expect(approved.status).toBe(200);
  });
});

describe("promote checks visibility before status", () => {
  it("gives an ops user 404, whatever the state, for another user's draft, and promotes their own", async () => {
    const approved = await storeDraft(context, { author: sales });
    expect((await post(`/v1/drafts/${approved}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
    const pending = await storeDraft(context, { author: sales });
    const missing = await post("/v1/drafts/drf_missing/promote", ops.key);
    expect(missing.status).toBe(404);
    const expected = normalized(await missing.json(), "drf_missing");
    for (const id of [approved, pending]) {
      const response = await post(`/v1/drafts/${id}/promote`, ops.key);
      expect(response.status).toBe(404);
      expect(normalized(await response.json(), id)).toEqual(expected);
    }
    const { rows } = await context.db.query("SELECT id FROM library_items WHERE source = $1", [
      `approved draft ${approved}`,
    ]);
    expect(rows).toEqual([]);

    const own = await storeDraft(context, { author: ops });
    expect((await post(`/v1/drafts/${own}/promote`, ops.key)).status).toBe(409);
    expect((await post(`/v1/drafts/${own}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
    expect((await post(`/v1/drafts/${own}/promote`, ops.key)).status).toBe(200);
  });
});

describe("four eyes without holes", () => {
  it("an admin's draft is not approved through a reviewer key the admin minted", async () => {
    const admin = await actorFor(context, "admin", "管理员 老王");
    const minted = (await (
      await post("/v1/keys", admin.key, { name: "老王的审核号", role: "reviewer" })
    ).json()) as { key: string; actor: { id: string } };
    const id = await storeDraft(context, { author: admin });
    const response = await post(`/v1/drafts/${id}/approve`, minted.key, { version: 1 });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/minted by 管理员 老王/);
    await expect(
      context.db.query(
        "UPDATE drafts SET status = 'approved', decided_by = $2, decided_at = now() WHERE id = $1",
        [id, minted.actor.id],
      ),
    ).rejects.toThrow(/minted/);
    // A reviewer the admin did not mint is the second pair of eyes.
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
  });

  it("a one-character edit by the author does not let the reviewer who wrote the rest approve it", async () => {
    const id = await storeDraft(context, { author: sales, body: TEXTS.block });
    expect((await patch(`/v1/drafts/${id}`, reviewer.key, { version: 1, body: TEXTS.clean })).status).toBe(
      200,
    );
    const touched = TEXTS.clean.replace("是R2级", "为R2级");
    expect((await patch(`/v1/drafts/${id}`, sales.key, { version: 2, body: touched })).status).toBe(200);
    const response = await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 3 });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/version 2/);
    await expect(
      context.db.query(
        "UPDATE drafts SET status = 'approved', decided_by = $2, decided_at = now() WHERE id = $1",
        [id, reviewer.id],
      ),
    ).rejects.toThrow(/editor of any version/);
    expect((await post(`/v1/drafts/${id}/approve`, secondReviewer.key, { version: 3 })).status).toBe(200);
  });
});

/** A problem body with what names the request (the id, the request id) taken out. */
function normalized(problem: unknown, id: string): unknown {
  const { request_id: _ignored, ...rest } = problem as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replaceAll(id, "<id>"));
}
