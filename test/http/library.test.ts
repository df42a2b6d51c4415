import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const FIXTURES = new URL("../fixtures/library-small/", import.meta.url).pathname;

let context: TestContext;
let app: ReturnType<typeof createApp>;
let opsKey: string;
let salesKey: string;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  opsKey = await context.keyFor("ops");
  salesKey = await context.keyFor("sales");
  const report = await ingestFolder(context, FIXTURES);
  expect(report.rejected).toBe(0);
});
afterAll(() => context.close());

const get = (path: string, key = salesKey) =>
  app.request(path, { headers: { authorization: `Bearer ${key}` } });
const postJson = (path: string, body: unknown, key = opsKey) =>
  app.request(path, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("GET /v1/library/search", () => {
  it("returns only the requested industry, each result with id, score and source", async () => {
    const response = await get(
      "/v1/library/search?query=理财&industry=finance&stage=interest&tier=high_value",
    );
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<Record<string, unknown>> };
    expect(results.length).toBeGreaterThan(0);
    for (const item of results) {
      expect(item.industry).toBe("finance");
      expect(typeof item.id).toBe("string");
      expect(typeof item.score).toBe("number");
      expect(typeof item.source).toBe("string");
    }
    expect(results.map((r) => r.id)).toContain("t-fin-product-wenying");
  });

  it("never crosses industries, even when the other industry's item matches the words", async () => {
    const response = await get("/v1/library/search?query=理财&industry=pets&stage=interest&tier=high_value");
    const { results } = (await response.json()) as { results: Array<{ industry: string; id: string }> };
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.industry === "pets")).toBe(true);
  });

  it("never returns an item whose valid_until has passed", async () => {
    const response = await get("/v1/library/search?query=体验金 加息 新客&industry=finance&k=20");
    const { results } = (await response.json()) as { results: Array<{ id: string }> };
    expect(results.map((r) => r.id)).not.toContain("t-fin-benefit-expired");
    const past = await get("/v1/library/search?query=体验金 加息 新客&industry=finance&k=20&at=2025-03-01");
    const { results: then } = (await past.json()) as { results: Array<{ id: string }> };
    expect(then.map((r) => r.id)).toContain("t-fin-benefit-expired");
  });

  it("applies stage as a hard filter; an item with no stages applies to every stage", async () => {
    const response = await get("/v1/library/search?query=积分&industry=finance&stage=icebreak&k=20");
    const { results } = (await response.json()) as { results: Array<{ id: string }> };
    const ids = results.map((r) => r.id);
    expect(ids).not.toContain("t-fin-benefit-current");
    expect(ids).toContain("t-fin-notice-risk");
  });

  it("names the failing field for an unknown industry", async () => {
    const response = await get("/v1/library/search?query=理财&industry=crypto");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as {
      errors: Array<{ in: string; field: string }>;
      request_id: string;
    };
    expect(problem.errors).toContainEqual(expect.objectContaining({ in: "query", field: "industry" }));
    expect(problem.request_id).toBeTruthy();
  });

  it("refuses unknown query parameters and a missing query", async () => {
    const response = await get("/v1/library/search?industry=finance&colour=red");
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    const fields = problem.errors.map((e) => e.field);
    expect(fields).toContain("query");
  });
});

describe("auth", () => {
  it("401 without a key, 401 with an unknown key, 403 for a role without the permission", async () => {
    expect((await app.request("/v1/library/search?query=a&industry=finance")).status).toBe(401);
    expect((await get("/v1/library/search?query=a&industry=finance", "ly_not-a-real-key")).status).toBe(401);
    const forbidden = await postJson("/v1/library/items", { id: "x" }, salesKey);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("content-type")).toContain("application/problem+json");
  });

  it("every /v1 operation in the OpenAPI document declares its permission", async () => {
    const document = (await (await app.request("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { "x-permission"?: string }>>;
    };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/v1/"))
      .flatMap(([, methods]) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(4);
    for (const operation of operations) expect(operation["x-permission"]).toBeTruthy();
    const registered = app.routes.filter((r) => r.path.startsWith("/v1/") && r.method !== "ALL");
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/v1/"))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      );
    for (const route of registered) expect(documented).toContain(`${route.method} ${route.path}`);
  });
});

describe("POST /v1/library/items", () => {
  const good = {
    id: "t-fin-faq-open",
    kind: "faq",
    audience: "customer",
    industry: "finance",
    title: "开放日怎么算",
    text: "稳盈30天每30天开放一次，开放日可申购或赎回。",
    source: "客服知识库",
    approved_by: "合规部 王敏",
  };

  it("takes a batch, reports the bad item by index and field, and stores the good one", async () => {
    const response = await postJson("/v1/library/items", {
      items: [good, { ...good, id: "t-bad", industry: "casino" }],
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      added: number;
      rejected: number;
      rejections: Array<Record<string, string>>;
    };
    expect(report.added).toBe(1);
    expect(report.rejected).toBe(1);
    expect(report.rejections[0]).toMatchObject({ origin: "items[1]", field: "industry" });
    const item = await get("/v1/library/items/t-fin-faq-open");
    expect(item.status).toBe(200);
    const body = (await item.json()) as { versions: Array<{ version: number }> };
    expect(body.versions.map((v) => v.version)).toEqual([1]);
  });

  it("posting the same item again changes nothing; a changed item gets a new version", async () => {
    const again = (await (await postJson("/v1/library/items", good)).json()) as {
      unchanged: number;
      embedded: number;
    };
    expect(again).toMatchObject({ unchanged: 1, embedded: 0 });
    const changed = (await (
      await postJson("/v1/library/items", { ...good, text: `${good.text}节假日顺延。` })
    ).json()) as {
      updated: number;
    };
    expect(changed.updated).toBe(1);
    const body = (await (await get("/v1/library/items/t-fin-faq-open")).json()) as {
      versions: Array<{ version: number }>;
    };
    expect(body.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("422-free refusal when nothing is valid: 400 naming the field, nothing written", async () => {
    const response = await postJson("/v1/library/items", {
      items: [{ ...good, id: "t-nothing", kind: "rumour" }],
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors[0]?.field).toBe("items[0].kind");
    expect((await get("/v1/library/items/t-nothing")).status).toBe(404);
  });

  it("malformed JSON, wrong content type and an oversized body are clear 4xx problems", async () => {
    const malformed = await app.request("/v1/library/items", {
      method: "POST",
      headers: { authorization: `Bearer ${opsKey}`, "content-type": "application/json" },
      body: "{ not json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe("malformed_json");

    const wrongType = await app.request("/v1/library/items", {
      method: "POST",
      headers: { authorization: `Bearer ${opsKey}`, "content-type": "text/plain" },
      body: JSON.stringify(good),
    });
    expect(wrongType.status).toBe(415);

    const huge = await postJson("/v1/library/items", {
      ...good,
      id: "t-huge",
      text: "长".repeat(1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toContain("application/problem+json");
    expect((await get("/v1/library/items/t-huge")).status).toBe(404);
  });
});

describe("service routes", () => {
  it("serves /healthz, /openapi.json and the docs page", async () => {
    expect((await app.request("/healthz")).status).toBe(200);
    expect((await app.request("/openapi.json")).status).toBe(200);
    expect((await app.request("/docs")).status).toBe(200);
  });

  it("unknown routes are problem+json 404s", async () => {
    const response = await get("/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});
