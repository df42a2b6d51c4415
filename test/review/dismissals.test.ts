// Issue 9 item 4: a reviewer who disagrees with a finding dismisses it with a written reason; a blocked draft
// whose block findings are all dismissed by someone who wrote none of it goes back to review and can be approved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingId } from "../../src/domain/finding-id.ts";
import { createApp } from "../../src/http/app.ts";
import { reviewState } from "../../src/review/review-findings.ts";
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

const send = (method: string, path: string, key: string, body?: unknown) =>
  app.request(
    path,
    authorized(key, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
const get = (path: string, key: string) => send("GET", path, key);
const post = (path: string, key: string, body: unknown = {}) => send("POST", path, key, body);

interface Finding {
  id: string;
  rule_id: string;
  severity: string;
  excerpt: string;
  dismissal: { reason: string; by: string; by_name: string; at: string } | null;
}
interface DraftView {
  status: string;
  version: number;
  review: { verdict: string; findings: Finding[]; reasons: string[] };
}

const view = async (id: string) => (await (await get(`/v1/drafts/${id}`, reviewer.key)).json()) as DraftView;
const dismiss = (id: string, findingIdToDismiss: string, key: string, body: Record<string, unknown>) =>
  post(`/v1/drafts/${id}/findings/${findingIdToDismiss}/dismiss`, key, body);

// A repurchase ranking stated with its data source: the rule blocks 第一 on sight; a reviewer may judge the
// claim substantiated and say so in writing.
const RANKED =
  "这款面霜温和不刺激，适合敏感肌，是本店面霜品类会员回购率第一的单品（本店2026年1-10月会员复购统计）。";
const SUBSTANTIATED = "排名有本店会员系统复购统计为据，口径与统计期已在文中注明";

describe("dismissing a finding", () => {
  it("lets a second reviewer dismiss block findings with a reason, after which the draft can be approved", async () => {
    const id = await storeDraft(context, { author: sales, body: RANKED, industry: "beauty" });
    const blocked = await view(id);
    expect(blocked.status).toBe("blocked");
    const blocks = blocked.review.findings.filter((f) => f.severity === "block");
    expect(blocks.length).toBeGreaterThan(0);
    const [first] = blocks as [Finding];

    const authorTry = await dismiss(id, first.id, sales.key, { version: 1, reason: SUBSTANTIATED });
    expect(authorTry.status).toBe(403);
    const short = await dismiss(id, first.id, reviewer.key, { version: 1, reason: "可以" });
    expect(short.status).toBe(400);
    expect(JSON.stringify(await short.json())).toContain("reason");
    const stale = await dismiss(id, first.id, reviewer.key, { version: 2, reason: SUBSTANTIATED });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current_version: number }).current_version).toBe(1);
    expect(
      (await dismiss(id, "fnd_0000000000000000", reviewer.key, { version: 1, reason: SUBSTANTIATED })).status,
    ).toBe(404);
    expect((await view(id)).status).toBe("blocked");

    for (const finding of blocks) {
      const response = await dismiss(id, finding.id, reviewer.key, { version: 1, reason: SUBSTANTIATED });
      expect(response.status).toBe(200);
    }
    const reopened = await view(id);
    expect(reopened.status).toBe("pending_review");
    for (const finding of reopened.review.findings.filter((f) => f.severity === "block")) {
      expect(finding.dismissal).toMatchObject({
        reason: SUBSTANTIATED,
        by: reviewer.id,
        by_name: "审核 陈静",
      });
    }
    expect(
      (await dismiss(id, first.id, secondReviewer.key, { version: 1, reason: SUBSTANTIATED })).status,
    ).toBe(409);
    // The rules' block kept the model judge from reading this text, so the approval says why in writing too.
    expect(reopened.review.verdict).toBe("needs_attention");
    expect(reopened.review.reasons.join(" ")).toMatch(/judge/);
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 })).status).toBe(422);
    // The dismisser may approve: they wrote none of the text, and their reasons are on the record.
    const approved = await post(`/v1/drafts/${id}/approve`, reviewer.key, {
      version: 1,
      override_reason: "全文已人工通读，无其他问题",
    });
    expect(approved.status).toBe(200);

    const { audit } = (await (await get(`/v1/drafts/${id}/audit`, reviewer.key)).json()) as {
      audit: Array<{ action: string; to_status: string | null; note: string | null }>;
    };
    const dismissed = audit.filter((row) => row.action === "finding_dismissed");
    expect(dismissed).toHaveLength(blocks.length);
    expect(dismissed.every((row) => row.note === SUBSTANTIATED)).toBe(true);
    expect(dismissed.at(-1)?.to_status).toBe("pending_review");

    const pack = (await (await get(`/v1/drafts/${id}/evidence`, reviewer.key)).json()) as {
      dismissals: Array<{ finding_id: string; reason: string; by: { id: string }; version: number }>;
      findings: Array<{ id: string; dismissal: { reason: string } | null }>;
      review_verdict: string;
    };
    expect(pack.dismissals.map((d) => d.finding_id).sort()).toEqual(blocks.map((f) => f.id).sort());
    expect(pack.dismissals.every((d) => d.reason === SUBSTANTIATED && d.by.id === reviewer.id)).toBe(true);
    expect(pack.findings.find((f) => f.id === first.id)?.dismissal?.reason).toBe(SUBSTANTIATED);
    const html = await (await get(`/v1/drafts/${id}/evidence?format=html`, reviewer.key)).text();
    expect(html).toContain("标注驳回记录");
    expect(html).toContain(SUBSTANTIATED);
  });

  it("keeps authors, editors of any version and reviewers they minted from dismissing; a new version starts afresh", async () => {
    const admin = await actorFor(context, "admin", "管理员 老王");
    const minted = (await (
      await post("/v1/keys", admin.key, { name: "老王的审核号", role: "reviewer" })
    ).json()) as { key: string };
    const own = await storeDraft(context, { author: admin, body: RANKED, industry: "beauty" });
    const [ownBlock] = (await view(own)).review.findings.filter((f) => f.severity === "block") as [Finding];
    const puppet = await dismiss(own, ownBlock.id, minted.key, { version: 1, reason: SUBSTANTIATED });
    expect(puppet.status).toBe(403);
    expect(((await puppet.json()) as { detail: string }).detail).toMatch(/minted by 管理员 老王/);

    const id = await storeDraft(context, { author: sales, body: TEXTS.block });
    const edit = await send("PATCH", `/v1/drafts/${id}`, reviewer.key, {
      version: 1,
      body: `${TEXTS.block}欢迎咨询。`,
    });
    expect(((await edit.json()) as DraftView).status).toBe("blocked");
    const [block] = (await view(id)).review.findings.filter((f) => f.severity === "block") as [Finding];
    expect(
      (await dismiss(id, block.id, reviewer.key, { version: 2, reason: "此处为客户原话引用" })).status,
    ).toBe(403);
    expect(
      (await dismiss(id, block.id, secondReviewer.key, { version: 2, reason: "此处为客户原话引用" })).status,
    ).toBe(200);
    expect((await view(id)).status).toBe("pending_review");
    const again = await send("PATCH", `/v1/drafts/${id}`, sales.key, {
      version: 2,
      body: `${TEXTS.block}欢迎来电。`,
    });
    const fresh = (await again.json()) as DraftView;
    expect(fresh).toMatchObject({ status: "blocked", version: 3 });
    expect(fresh.review.findings.every((f) => f.dismissal === null)).toBe(true);
  });
});

describe("the database holds the dismissal rules too", () => {
  it("refuses a dismissal by the author, one of no finding, edits of a dismissal, and reopening a blocked draft", async () => {
    const id = await storeDraft(context, { author: sales, body: RANKED, industry: "beauty" });
    const blocks = (await view(id)).review.findings.filter((f) => f.severity === "block");
    const insert = (actor: string, finding: string) =>
      context.db.query(
        `INSERT INTO finding_dismissals (draft_id, draft_version, finding_id, finding, reason, dismissed_by)
         VALUES ($1, 1, $2, '{}'::jsonb, $3, $4)`,
        [id, finding, SUBSTANTIATED, actor],
      );
    const [first] = blocks as [Finding];
    await expect(insert(sales.id, first.id)).rejects.toThrow(/reviewer/);
    await expect(insert(reviewer.id, "fnd_0000000000000000")).rejects.toThrow(/no finding/);
    await expect(
      context.db.query("UPDATE drafts SET status = 'pending_review' WHERE id = $1", [id]),
    ).rejects.toThrow(/every block finding/);
    await insert(reviewer.id, first.id);
    await expect(
      context.db.query("UPDATE finding_dismissals SET reason = 'x' WHERE draft_id = $1", [id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      context.db.query("DELETE FROM finding_dismissals WHERE draft_id = $1", [id]),
    ).rejects.toThrow(/append-only/);
  });

  it("refuses a draft inserted already approved", async () => {
    const id = await storeDraft(context, { author: sales });
    await expect(
      context.db.query(
        `INSERT INTO drafts (id, status, channel, industry, stage, tier, author_id, request, content, body, verdict,
           generator, decided_by)
         SELECT 'drf_forged', 'approved', channel, industry, stage, tier, author_id, request, content, body, verdict,
           generator, $2 FROM drafts WHERE id = $1`,
        [id, reviewer.id],
      ),
    ).rejects.toThrow(/undecided/);
  });

  it("derives the same finding ids and the same review verdict as the code", async () => {
    const findings = [
      { source: "rule", rule_id: "abs.first", start: 31, end: 33 },
      { source: "judge", rule_id: "judge.classifier.medical_claim", start: 0, end: 120 },
      { source: "grounding", rule_id: "grounding.number", start: 5, end: 9 },
      { source: "pii", rule_id: "pii.mobile", start: 3, end: 14 },
    ];
    for (const finding of findings) {
      const { rows } = await context.db.query<{ id: string }>("SELECT finding_id($1, $2, $3, $4) AS id", [
        finding.source,
        finding.rule_id,
        finding.start,
        finding.end,
      ]);
      expect(rows[0]?.id).toBe(findingId(finding));
    }
    const block = warnVerdict(TEXTS.clean, "每30天");
    const blockFinding = {
      ...(block.findings[0] as (typeof block.findings)[number]),
      severity: "block" as const,
    };
    const cases = [
      { verdict: warnVerdict(TEXTS.clean, "每30天"), grounding: { grounded: true, findings: [] } },
      { verdict: { ...block, verdict: "block" as const, findings: [blockFinding] }, grounding: {} },
      { verdict: { ...block, verdict: "block" as const, findings: [] }, grounding: {} },
      {
        verdict: { ...block, verdict: "pass" as const, findings: [] },
        grounding: { grounded: false, findings: [] },
      },
      {
        verdict: { ...block, verdict: "pass" as const, findings: [] },
        grounding: { grounded: true, findings: [] },
      },
      {
        verdict: { ...block, verdict: "needs_attention" as const, findings: [], reasons: ["judge failed"] },
        grounding: {},
      },
      {
        verdict: { ...block, verdict: "pass" as const, findings: [] },
        grounding: {
          grounded: true,
          findings: [{ kind: "source_lost", claim: "x", start: 0, end: 1, severity: "warn" }],
        },
      },
    ];
    for (const draft of cases) {
      const { rows } = await context.db.query<{ state: string }>(
        "SELECT draft_review_state('drf_none', 1, $1::jsonb, $2::jsonb) AS state",
        [JSON.stringify(draft.verdict), JSON.stringify(draft.grounding)],
      );
      expect(rows[0]?.state, JSON.stringify(draft)).toBe(reviewState(draft).verdict);
    }
  });
});

describe("dismissals feed the learning report", () => {
  // A database of its own, so the counts are this test's alone.
  let own: TestContext;
  let ownApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    own = await createTestContext();
    ownApp = createApp(own);
  });
  afterAll(() => own.close());

  it("proposes an exception once the same finding was dismissed on three drafts", async () => {
    const author = await actorFor(own, "sales", "销售 小林");
    const checker = await actorFor(own, "reviewer", "审核 周敏");
    const call = (method: string, path: string, body?: unknown) =>
      ownApp.request(
        path,
        authorized(checker.key, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
      );
    const report = async () =>
      (await (await call("GET", "/v1/review/learning")).json()) as {
        dismissals_by_rule: Array<{ rule_id: string; count: number }>;
        exception_proposals: Array<{
          rule_id: string;
          excerpt: string;
          dismissals: number;
          draft_ids: string[];
          reasons: string[];
        }>;
      };
    const ids: string[] = [];
    for (const tail of ["", "欢迎到店试用。", "敏感肌也可放心试用。"]) {
      expect((await report()).exception_proposals).toEqual([]);
      const id = await storeDraft(own, { author, body: `${RANKED}${tail}`, industry: "beauty" });
      ids.push(id);
      const draft = (await (await call("GET", `/v1/drafts/${id}`)).json()) as DraftView;
      const first = draft.review.findings.find((f) => f.excerpt === "第一" && f.severity === "block");
      if (!first) throw new Error("the ranking is expected to be blocked on 第一");
      const response = await call("POST", `/v1/drafts/${id}/findings/${first.id}/dismiss`, {
        version: 1,
        reason: SUBSTANTIATED,
      });
      expect(response.status).toBe(200);
    }
    const { exception_proposals: proposals, dismissals_by_rule: byRule } = await report();
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ excerpt: "第一", dismissals: 3, reasons: [SUBSTANTIATED] });
    expect(proposals[0]?.draft_ids).toEqual([...ids].sort());
    expect(byRule).toContainEqual({ rule_id: proposals[0]?.rule_id, count: 3 });
  });
});
