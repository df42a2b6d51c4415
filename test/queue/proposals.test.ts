// The proposals screen pages through the learning report's proposals: phrases rejected again and again become
// proposed rule terms, listed in id order a page at a time; only roles that read every draft see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { actorFor, authorized, storeDraft, type TestActor } from "../review/support/drafts.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let sales: TestActor;
let reviewer: TestActor;

// Boasts the shipped pack does not list, each rejected three times by hand.
const PHRASES = ["殿堂级", "封神级", "教科书级"];

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  sales = await actorFor(context, "sales");
  reviewer = await actorFor(context, "reviewer");
  for (const phrase of PHRASES) {
    for (let n = 0; n < 3; n++) {
      const body = `稳盈30天是${phrase}的选择，每30天开放一次申购赎回。理财有风险，投资需谨慎。${"！".repeat(n)}`;
      const id = await storeDraft(context, { author: sales, body });
      const response = await app.request(
        `/v1/drafts/${id}/reject`,
        authorized(reviewer.key, {
          method: "POST",
          body: JSON.stringify({
            version: 1,
            reason_code: "absolute_term",
            note: "夸大表述",
            phrases: [phrase],
          }),
        }),
      );
      expect(response.status).toBe(200);
    }
  }
});
afterAll(() => context.close());

describe("GET /v1/review/proposals", () => {
  it("pages through every proposed rule once, in id order, and refuses roles that do not read every draft", async () => {
    const terms: string[] = [];
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await app.request(
        `/v1/review/proposals?kind=rule&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        authorized(reviewer.key),
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as {
        proposals: Array<{ id: string; term: string }>;
        next_cursor: string | null;
      };
      terms.push(...page.proposals.map((p) => p.term));
      ids.push(...page.proposals.map((p) => p.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect([...terms].sort()).toEqual([...PHRASES].sort());
    expect(ids).toEqual([...ids].sort());
    expect((await app.request("/v1/review/proposals", authorized(sales.key))).status).toBe(403);
    const exceptions = await app.request("/v1/review/proposals?kind=exception", authorized(reviewer.key));
    expect(((await exceptions.json()) as { proposals: unknown[] }).proposals).toEqual([]);
  });
});
