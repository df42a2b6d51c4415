import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, TEXTS, type TestActor } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let sales: TestActor;
let reviewer: TestActor;
let admin: TestActor;
let ops: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  sales = await actorFor(context, "sales");
  reviewer = await actorFor(context, "reviewer");
  admin = await actorFor(context, "admin");
  ops = await actorFor(context, "ops");
});
afterAll(() => context.close());

const post = (path: string, key: string, body?: unknown) =>
  app.request(
    path,
    authorized(key, { method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
const get = (path: string, key: string) => app.request(path, authorized(key));

// A boast the shipped pack does not list: reviewers keep rejecting it by hand until it becomes a rule.
const PHRASE = "殿堂级";
const boast = (n: number) =>
  `稳盈30天是${PHRASE}，每30天开放一次申购赎回。理财有风险，投资需谨慎。${"！".repeat(n)}`;

interface Report {
  rejections_by_reason: Array<{ reason_code: string; count: number }>;
  proposals: Array<{ id: string; term: string; category: string; rejections: number; severity: string }>;
}

describe("learning from rejections", () => {
  it("proposes a phrase rejected three times as absolute_term, and one call makes it a rule", async () => {
    const before = await checkText({ text: boast(0), industry: "finance" }, context.compliance);
    expect(before.findings.filter((f) => f.source === "rule")).toEqual([]);
    for (let n = 0; n < 3; n++) {
      const id = await storeDraft(context, { author: sales, body: boast(n) });
      const response = await post(`/v1/drafts/${id}/reject`, reviewer.key, {
        version: 1,
        reason_code: "absolute_term",
        note: "夸大表述",
        phrases: [PHRASE],
      });
      expect(response.status).toBe(200);
      if (n < 2) {
        const early = (await (await get("/v1/review/learning", reviewer.key)).json()) as Report;
        expect(early.proposals.map((p) => p.term)).not.toContain(PHRASE);
      }
    }
    // A phrase the pack already blocks is never proposed, however often it is rejected.
    for (let n = 0; n < 3; n++) {
      const id = await storeDraft(context, {
        author: sales,
        body: `${TEXTS.block}${"。".repeat(n)}`,
        status: "pending_review",
      });
      await post(`/v1/drafts/${id}/reject`, reviewer.key, {
        version: 1,
        reason_code: "absolute_term",
        note: "最好",
        phrases: ["最好"],
      });
    }
    const report = (await (await get("/v1/review/learning", reviewer.key)).json()) as Report;
    expect(report.rejections_by_reason).toContainEqual({ reason_code: "absolute_term", count: 6 });
    expect(report.proposals).toHaveLength(1);
    const proposal = report.proposals[0];
    expect(proposal).toMatchObject({ term: PHRASE, category: "absolute", rejections: 3, severity: "block" });

    expect((await post(`/v1/review/proposals/${proposal?.id}/accept`, reviewer.key)).status).toBe(403);
    const accepted = await post(`/v1/review/proposals/${proposal?.id}/accept`, admin.key);
    expect(accepted.status).toBe(200);
    const result = (await accepted.json()) as { term_id: string; rule_pack_version: string };
    expect(result.rule_pack_version).toMatch(/\.r\d+$/);
    // The running engine blocks the phrase now, and an edit re-check sees it.
    const after = await checkText({ text: boast(0), industry: "finance" }, context.compliance);
    expect(after.verdict).toBe("block");
    expect(after.findings.some((f) => f.excerpt === PHRASE && f.severity === "block")).toBe(true);
    const stored = await context.db.query<{ term: string }>(
      "SELECT term FROM compliance_rule_terms WHERE id = $1",
      [result.term_id],
    );
    expect(stored.rows).toEqual([{ term: PHRASE }]);
    const audit = await context.db.query<{ action: string; note: string }>(
      "SELECT action, note FROM review_audit WHERE action = 'rule_accepted'",
    );
    expect(audit.rows).toEqual([{ action: "rule_accepted", note: PHRASE }]);
    // Accepted once: gone from the report, and a second accept is a 404.
    const later = (await (await get("/v1/review/learning", reviewer.key)).json()) as Report;
    expect(later.proposals).toEqual([]);
    expect((await post(`/v1/review/proposals/${proposal?.id}/accept`, admin.key)).status).toBe(404);
  });

  it("refuses a marked phrase that is not in the draft", async () => {
    const id = await storeDraft(context, { author: sales });
    const response = await post(`/v1/drafts/${id}/reject`, reviewer.key, {
      version: 1,
      reason_code: "absolute_term",
      note: "x",
      phrases: ["不在文中的话"],
    });
    expect(response.status).toBe(400);
  });
});

describe("promoting an approved draft into the library", () => {
  it("adds the ops user's own draft as approved phrasing citing the draft, once", async () => {
    const id = await storeDraft(context, { author: ops });
    const pending = await post(`/v1/drafts/${id}/promote`, ops.key, {});
    expect(pending.status).toBe(409);
    expect((await post(`/v1/drafts/${id}/approve`, reviewer.key, { version: 1 })).status).toBe(200);
    const promoted = await post(`/v1/drafts/${id}/promote`, ops.key, { title: "稳盈30天 开放期说明" });
    expect(promoted.status).toBe(200);
    const result = (await promoted.json()) as { item_id: string; outcome: string };
    expect(result.outcome).toBe("added");
    const item = (await (await get(`/v1/library/items/${result.item_id}`, ops.key)).json()) as {
      kind: string;
      source: string;
      industry: string;
      title: string;
    };
    expect(item).toMatchObject({ kind: "phrasing", source: `approved draft ${id}`, industry: "finance" });
    const again = (await (
      await post(`/v1/drafts/${id}/promote`, ops.key, { title: "稳盈30天 开放期说明" })
    ).json()) as {
      outcome: string;
    };
    expect(again.outcome).toBe("unchanged");
    const { audit } = (await (await get(`/v1/drafts/${id}/audit`, reviewer.key)).json()) as {
      audit: Array<{ action: string }>;
    };
    expect(audit.map((row) => row.action)).toEqual(["created", "approved", "promoted"]);
  });
});

describe("GET /v1/audit/export", () => {
  it("exports every audit row as JSON lines and as CSV", async () => {
    const { rows } = await context.db.query<{ n: number }>("SELECT count(*)::int AS n FROM review_audit");
    const total = rows[0]?.n ?? 0;
    const jsonl = await (await get("/v1/audit/export", admin.key)).text();
    const lines = jsonl
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: number; action: string });
    expect(lines).toHaveLength(total);
    expect(lines.map((l) => l.id)).toEqual([...lines.map((l) => l.id)].sort((a, b) => a - b));
    const csv = await get("/v1/audit/export?format=csv", admin.key);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A BOM first, so spreadsheet programs read the Chinese as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("id,at,draft_id,action")).toBe(true);
    expect(text).toContain("rule_accepted");
    expect((await get("/v1/audit/export", reviewer.key)).status).toBe(403);
  });
});
