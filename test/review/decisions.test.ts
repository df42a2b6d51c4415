import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, TEXTS, type TestActor, warnVerdict } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let sales: TestActor;
let reviewer: TestActor;
let secondReviewer: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  sales = await actorFor(context, "sales", "销售 小周");
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  secondReviewer = await actorFor(context, "reviewer", "审核 刘洋");
});
afterAll(() => context.close());

const post = (path: string, key: string, body: unknown = {}) =>
  app.request(path, authorized(key, { method: "POST", body: JSON.stringify(body) }));
const patch = (path: string, key: string, body: unknown) =>
  app.request(path, authorized(key, { method: "PATCH", body: JSON.stringify(body) }));

describe("approval rules", () => {
  it("approves a clean draft and records reviewer, time and an audit row", async () => {
    const id = await storeDraft(context, { author: sales });
    const response = await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 });
    expect(response.status).toBe(200);
    const draft = (await response.json()) as { status: string; decided_by: string; decided_at: string };
    expect(draft.status).toBe("approved");
    expect(draft.decided_by).toBe(reviewer.id);
    expect(Date.parse(draft.decided_at)).not.toBeNaN();
    const audit = (await (await app.request(`/v1/drafts/${id}/audit`, authorized(sales.key))).json()) as {
      audit: Array<{ action: string; actor_id: string }>;
    };
    expect(audit.audit.map((row) => row.action)).toEqual(["created", "approved"]);
  });

  it("refuses self-approval, even by an admin", async () => {
    const admin = await actorFor(context, "admin");
    const id = await storeDraft(context, { author: admin });
    const response = await post(`/v1/drafts/${id}/approve`, admin.key, { version: 1 });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(((await response.json()) as { detail: string }).detail).toMatch(/author/);
  });

  it("refuses to approve a draft with a block finding, blocked or not", async () => {
    const blocked = await storeDraft(context, { author: sales, body: TEXTS.block });
    const response = await post(`/v1/drafts/${blocked}/approve`, reviewer.key, { version: 1 });
    expect(response.status).toBe(409);
    // Even a draft someone filed as pending_review with a block verdict cannot be approved.
    const mislabelled = await storeDraft(context, {
      author: sales,
      body: TEXTS.block,
      status: "pending_review",
    });
    const second = await post(`/v1/drafts/${mislabelled}/approve`, reviewer.key, { version: 1 });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { detail: string }).detail).toMatch(/block finding/);
  });

  it("overriding a warn finding needs a written reason, kept with the decision and audited", async () => {
    const body = "稳盈30天名额有限，抓紧私信我。理财有风险，投资需谨慎。";
    const id = await storeDraft(context, {
      author: sales,
      body,
      verdict: warnVerdict(body, "名额有限，抓紧"),
    });
    const bare = await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 });
    expect(bare.status).toBe(422);
    const blank = await post(`/v1/drafts/${id}/approve`, reviewer.key, {
      override_reason: "   ",
      version: 1,
    });
    expect(blank.status).toBe(422);
    const ok = await post(`/v1/drafts/${id}/approve`, reviewer.key, {
      version: 1,
      override_reason: "本期确为限量发售，名额数据已核实",
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { override_reason: string }).override_reason).toBe(
      "本期确为限量发售，名额数据已核实",
    );
    const { audit } = (await (
      await app.request(`/v1/drafts/${id}/audit`, authorized(reviewer.key))
    ).json()) as {
      audit: Array<{ action: string; note: string | null }>;
    };
    expect(audit.map((row) => row.action)).toEqual(["created", "approved", "warn_overridden"]);
    expect(audit[2]?.note).toBe("本期确为限量发售，名额数据已核实");
  });

  it("a rejection needs a known reason code and a note", async () => {
    const id = await storeDraft(context, { author: sales });
    expect((await post(`/v1/drafts/${id}/reject`, reviewer.key, { note: "x", version: 1 })).status).toBe(400);
    expect(
      (await post(`/v1/drafts/${id}/reject`, reviewer.key, { reason_code: "ugly", note: "x", version: 1 }))
        .status,
    ).toBe(400);
    expect(
      (await post(`/v1/drafts/${id}/reject`, reviewer.key, { reason_code: "tone", version: 1 })).status,
    ).toBe(400);
    const ok = await post(`/v1/drafts/${id}/reject`, reviewer.key, {
      version: 1,
      reason_code: "tone",
      note: "语气太推销",
    });
    expect(ok.status).toBe(200);
    const draft = (await ok.json()) as {
      status: string;
      decision_reason_code: string;
      decision_note: string;
    };
    expect(draft).toMatchObject({
      status: "rejected",
      decision_reason_code: "tone",
      decision_note: "语气太推销",
    });
    // Decided is final: no second decision, no edit.
    expect((await post(`/v1/drafts/${id}/approve`, secondReviewer.key, { version: 1 })).status).toBe(409);
    expect((await patch(`/v1/drafts/${id}`, sales.key, { body: TEXTS.clean, version: 1 })).status).toBe(409);
  });
});

describe("edits", () => {
  it("re-checks the edited text, keeps the previous version, and the editor cannot approve it", async () => {
    const id = await storeDraft(context, { author: sales, body: TEXTS.block });
    const blocked = (await (await app.request(`/v1/drafts/${id}`, authorized(sales.key))).json()) as {
      status: string;
      version: number;
    };
    expect(blocked.status).toBe("blocked");
    const stillBad = await patch(`/v1/drafts/${id}`, sales.key, { body: `${TEXTS.block}！`, version: 1 });
    expect(stillBad.status).toBe(200);
    expect(((await stillBad.json()) as { status: string }).status).toBe("blocked");
    const fixed = await patch(`/v1/drafts/${id}`, reviewer.key, { body: TEXTS.clean, version: 2 });
    expect(fixed.status).toBe(200);
    const draft = (await fixed.json()) as { status: string; version: number; verdict: { verdict: string } };
    expect(draft).toMatchObject({ status: "pending_review", version: 3 });
    // A stale edit is refused rather than overwriting.
    expect((await patch(`/v1/drafts/${id}`, sales.key, { body: TEXTS.clean, version: 2 })).status).toBe(409);
    const versions = await context.db.query<{ version: number; body: string; status: string }>(
      "SELECT version, body, status FROM draft_versions WHERE draft_id = $1 ORDER BY version",
      [id],
    );
    expect(versions.rows.map((row) => [row.version, row.status])).toEqual([
      [1, "blocked"],
      [2, "blocked"],
    ]);
    expect(versions.rows[0]?.body).toBe(TEXTS.block);
    // The reviewer who rewrote the text is its author now: a second reviewer approves it.
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 3 })).status).toBe(403);
    expect((await post(`/v1/drafts/${id}/approve`, secondReviewer.key, { version: 3 })).status).toBe(200);
  });

  it("an edit adding a number no cited item backs blocks the draft", async () => {
    const id = await storeDraft(context, { author: sales });
    const response = await patch(`/v1/drafts/${id}`, sales.key, {
      version: 1,
      body: "稳盈30天近一年收益8.8%，每30天开放一次申购赎回。理财有风险，投资需谨慎。",
    });
    const draft = (await response.json()) as { status: string; grounding: { grounded: boolean } };
    expect(draft.status).toBe("blocked");
    expect(draft.grounding.grounded).toBe(false);
  });

  it("changes requested goes back to the author, whose edit returns it to the queue", async () => {
    const id = await storeDraft(context, { author: sales });
    const sent = await post(`/v1/drafts/${id}/request-changes`, reviewer.key, {
      note: "请补充开放日说明",
      version: 1,
    });
    expect(((await sent.json()) as { status: string }).status).toBe("changes_requested");
    const edited = await patch(`/v1/drafts/${id}`, sales.key, {
      body: `${TEXTS.clean}开放日当天可申购。`,
      version: 1,
    });
    expect(((await edited.json()) as { status: string }).status).toBe("pending_review");
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 2 })).status).toBe(200);
  });
});

describe("the database enforces the rules underneath", () => {
  it("refuses an UPDATE or DELETE of an approved draft issued straight in SQL", async () => {
    const id = await storeDraft(context, { author: sales });
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
    await expect(context.db.query("UPDATE drafts SET body = 'changed' WHERE id = $1", [id])).rejects.toThrow(
      /immutable/,
    );
    await expect(
      context.db.query("UPDATE drafts SET status = 'pending_review' WHERE id = $1", [id]),
    ).rejects.toThrow(/immutable/);
    await expect(context.db.query("DELETE FROM drafts WHERE id = $1", [id])).rejects.toThrow(
      /cannot be deleted/,
    );
    const { rows } = await context.db.query<{ body: string }>("SELECT body FROM drafts WHERE id = $1", [id]);
    expect(rows[0]?.body).toBe(TEXTS.clean);
  });

  it("refuses an UPDATE, DELETE or TRUNCATE of an audit row", async () => {
    const id = await storeDraft(context, { author: sales });
    await expect(
      context.db.query("UPDATE review_audit SET note = 'rewritten' WHERE draft_id = $1", [id]),
    ).rejects.toThrow(/append-only/);
    await expect(context.db.query("DELETE FROM review_audit WHERE draft_id = $1", [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(context.db.query("TRUNCATE review_audit")).rejects.toThrow(/append-only/);
  });

  it("refuses self-approval and approving a blocked verdict in SQL too", async () => {
    const id = await storeDraft(context, { author: sales });
    await expect(
      context.db.query("UPDATE drafts SET status = 'approved', decided_by = author_id WHERE id = $1", [id]),
    ).rejects.toThrow(/author/);
    const blocked = await storeDraft(context, { author: sales, body: TEXTS.block, status: "pending_review" });
    await expect(
      context.db.query("UPDATE drafts SET status = 'approved', decided_by = $2 WHERE id = $1", [
        blocked,
        reviewer.id,
      ]),
    ).rejects.toThrow(/block finding/);
  });
});
