import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { ingestItems } from "../../src/rag/ingest-items.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, SOURCES, storeDraft, type TestActor, warnVerdict } from "./support/drafts.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let sales: TestActor;
let reviewer: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  sales = await actorFor(context, "sales", "销售 小周");
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  // One cited item was not snapshotted with the draft: the pack must still name it, read from the library.
  await ingestItems(context, {
    records: [
      {
        origin: "test",
        record: {
          id: "fin-faq-open-day",
          kind: "faq",
          audience: "customer",
          industry: "finance",
          title: "开放日怎么算",
          text: "稳盈30天每30天开放一次，开放日可申购或赎回。",
          source: "客服知识库",
          approved_by: "合规部 王敏",
        },
      },
    ],
    collection: "api",
    retireMissing: false,
  });
});
afterAll(() => context.close());

const BODY = "张阿姨的经验：稳盈30天每30天开放一次申购赎回，名额有限抓紧了解。理财有风险，投资需谨慎。";

async function approvedDraft(): Promise<string> {
  const verdict = warnVerdict(BODY, "名额有限抓紧了解");
  const [judged] = verdict.findings;
  if (!judged) throw new Error("warnVerdict gives one finding");
  verdict.findings.push({
    ...judged,
    source: "rule",
    rule_id: "pressure.scarcity",
    category: "pressure",
    article: "《广告法》第九条、第二十八条",
    start: BODY.indexOf("名额有限"),
    end: BODY.indexOf("名额有限") + 4,
    excerpt: "名额有限",
  });
  const id = await storeDraft(context, {
    author: sales,
    body: BODY,
    verdict,
    citations: [
      { item_id: "fin-case-retired", item_version: 1, claim: "张阿姨的经验" },
      { item_id: "fin-product-wenying", item_version: 2, claim: "每30天开放一次申购赎回" },
      { item_id: "fin-notice-risk", item_version: 1, claim: "理财有风险，投资需谨慎。" },
      { item_id: "fin-faq-open-day", item_version: 1, claim: "开放日可申购或赎回" },
    ],
  });
  const response = await app.request(
    `/v1/drafts/${id}/approve`,
    authorized(reviewer.key, {
      method: "POST",
      body: JSON.stringify({ override_reason: "限量属实，已核对额度", version: 1 }),
    }),
  );
  expect(response.status).toBe(200);
  return id;
}

describe("GET /v1/drafts/:id/evidence", () => {
  it("names every cited source item and every finding, with reviewer, decision and versions", async () => {
    const id = await approvedDraft();
    const response = await app.request(`/v1/drafts/${id}/evidence`, authorized(sales.key));
    expect(response.status).toBe(200);
    const pack = (await response.json()) as {
      sources: Array<{ id: string; cited: boolean; snapshot: string; source: string }>;
      findings: Array<{ rule_id: string; excerpt: string; overridden: boolean }>;
      decision: {
        status: string;
        reviewer: { id: string; name: string };
        decided_at: string;
        override_reason: string;
      };
      rule_pack_version: string;
      generation: { prompt_version: string; prompt: string };
      ai_generated: { ai_generated: boolean; label_requested: boolean };
      request: unknown;
      audit: Array<{ action: string }>;
      digest: string;
    };
    const cited = pack.sources.filter((source) => source.cited).map((source) => source.id);
    expect(cited.sort()).toEqual([
      "fin-case-retired",
      "fin-faq-open-day",
      "fin-notice-risk",
      "fin-product-wenying",
    ]);
    expect(pack.sources.find((s) => s.id === "fin-faq-open-day")).toMatchObject({
      snapshot: "library",
      source: "客服知识库",
    });
    expect(pack.findings.map((f) => f.rule_id).sort()).toEqual([
      "judge.classifier.harassment",
      "pressure.scarcity",
    ]);
    expect(pack.findings.every((f) => f.overridden)).toBe(true);
    expect(pack.decision).toMatchObject({
      status: "approved",
      reviewer: { id: reviewer.id, name: "审核 陈静" },
      override_reason: "限量属实，已核对额度",
    });
    expect(Date.parse(pack.decision.decided_at)).not.toBeNaN();
    expect(pack.rule_pack_version).toBe("1.0.0+test");
    expect(pack.generation.prompt_version).toBe("moments@3");
    expect(pack.generation.prompt).toContain("只使用检索到的素材");
    expect(pack.ai_generated).toMatchObject({ ai_generated: true, label_requested: false });
    expect(pack.request).toMatchObject({ product: "稳盈30天" });
    expect(pack.audit.map((row) => row.action)).toEqual(["created", "approved", "warn_overridden"]);
    expect(pack.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("renders a printable HTML page that names the same sources and findings", async () => {
    const id = await approvedDraft();
    const response = await app.request(`/v1/drafts/${id}/evidence?format=html`, authorized(reviewer.key));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    for (const source of [...SOURCES.map((s) => s.id), "fin-faq-open-day"]) expect(html).toContain(source);
    for (const text of [
      "pressure.scarcity",
      "judge.classifier.harassment",
      "审核 陈静",
      "通过",
      "限量属实，已核对额度",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("<mark");
    expect(html).toContain("@media print");
  });

  it("is refused for a draft still waiting for a decision", async () => {
    const id = await storeDraft(context, { author: sales });
    const response = await app.request(`/v1/drafts/${id}/evidence`, authorized(reviewer.key));
    expect(response.status).toBe(409);
  });
});
