// The queue triages: blocked and needs-attention drafts are in it, riskiest first then oldest, every page
// reachable by its cursor (no draft twice, none skipped, also past 100), newest-first for a rep, and a
// version history to compare.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { actorFor, storeDraft, TEXTS, type TestActor, warnVerdict } from "../review/support/drafts.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const WARNED = "稳盈30天每30天开放一次申购赎回，名额有限，抓紧私信我。理财有风险，投资需谨慎。";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let reviewer: TestActor;
let sales: TestActor;
const made: Array<{ id: string; risk: number }> = [];

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  sales = await actorFor(context, "sales", "销售 小周");
  // 111 drafts in arrival order, the risks interleaved: every seventh blocked, every third warned.
  for (let n = 0; n < 111; n++) {
    if (n % 7 === 3)
      made.push({ id: await storeDraft(context, { author: sales, body: TEXTS.block }), risk: 2 });
    else if (n % 3 === 1)
      made.push({
        id: await storeDraft(context, {
          author: sales,
          body: WARNED,
          verdict: warnVerdict(WARNED, "名额有限，抓紧"),
        }),
        risk: 1,
      });
    else made.push({ id: await storeDraft(context, { author: sales }), risk: 0 });
  }
});
afterAll(() => context.close());

async function pages(key: string, query: string): Promise<{ ids: string[]; pages: number; risks: number[] }> {
  const ids: string[] = [];
  const risks: number[] = [];
  let cursor: string | null = null;
  let count = 0;
  do {
    const response = await app.request(`/v1/drafts?${query}&limit=40${cursor ? `&cursor=${cursor}` : ""}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as {
      drafts: Array<{ id: string; risk: number }>;
      next_cursor: string | null;
    };
    ids.push(...page.drafts.map((d) => d.id));
    risks.push(...page.drafts.map((d) => d.risk));
    cursor = page.next_cursor;
    count++;
  } while (cursor);
  return { ids, pages: count, risks };
}

describe("the triage queue", () => {
  it("sorts by risk (blocked, then needs attention, then clean), oldest first within a risk, across pages", async () => {
    const { ids, pages: count, risks } = await pages(reviewer.key, "status=pending_review,blocked&sort=risk");
    expect(count).toBe(3);
    const expected = [...made].sort((a, b) => b.risk - a.risk).map((d) => d.id);
    expect(ids).toEqual(expected);
    expect(risks.slice(0, 16).every((risk) => risk === 2)).toBe(true);
  });

  it("a rep reaches the newest drafts, past the first hundred, newest first", async () => {
    const { ids } = await pages(sales.key, "sort=newest");
    expect(ids).toHaveLength(111);
    expect(ids.slice(0, 11)).toEqual(
      made
        .slice(-11)
        .reverse()
        .map((d) => d.id),
    );
  });

  it("oldest first is the arrival order, and a cursor of another sort is refused as a 400 on cursor", async () => {
    const { ids } = await pages(reviewer.key, "sort=oldest");
    expect(ids).toEqual(made.map((d) => d.id));
    const first = (await (
      await app.request("/v1/drafts?sort=risk&limit=5", {
        headers: { authorization: `Bearer ${reviewer.key}` },
      })
    ).json()) as { next_cursor: string };
    const wrong = await app.request(`/v1/drafts?sort=oldest&cursor=${first.next_cursor}`, {
      headers: { authorization: `Bearer ${reviewer.key}` },
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("cursor");
  });

  it("lists every version of an edited draft, the current one last, for a diff", async () => {
    const id = made[0]?.id as string;
    const edited = await app.request(`/v1/drafts/${id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${sales.key}`, "content-type": "application/json" },
      body: JSON.stringify({ body: `${TEXTS.clean}欢迎咨询。`, version: 1 }),
    });
    expect(edited.status).toBe(200);
    const response = await app.request(`/v1/drafts/${id}/versions`, {
      headers: { authorization: `Bearer ${reviewer.key}` },
    });
    expect(response.status).toBe(200);
    const { versions } = (await response.json()) as {
      versions: Array<{ version: number; body: string; current: boolean; made_by_name: string }>;
    };
    expect(versions.map((v) => [v.version, v.current, v.made_by_name])).toEqual([
      [1, false, "销售 小周"],
      [2, true, "销售 小周"],
    ]);
    expect(versions[1]?.body).toBe(`${TEXTS.clean}欢迎咨询。`);
    const other = await actorFor(context, "sales", "销售 小林");
    const hidden = await app.request(`/v1/drafts/${id}/versions`, {
      headers: { authorization: `Bearer ${other.key}` },
    });
    expect(hidden.status).toBe(404);
  });
});
