// No hollow drafts: when the library cannot ground a request, POST /v1/generate answers 422 problem+json naming
// the segment and the kind of item to add, and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const FIXTURES = new URL("../fixtures/library-generation/", import.meta.url).pathname;
let context: TestContext;
let app: ReturnType<typeof createApp>;
let key: string;

beforeAll(async () => {
  context = await createTestContext({ now: new Date("2026-12-01T08:00:00Z") });
  await ingestFolder(context, FIXTURES);
  app = createApp(context);
  key = await context.keyFor("sales");
});
afterAll(() => context.close());

const post = (body: unknown) =>
  app.request("/v1/generate", {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function drafts(): Promise<number> {
  const { rows } = await context.db.query<{ n: number }>("SELECT count(*)::int AS n FROM drafts");
  return rows[0]?.n ?? 0;
}

describe("a request the library cannot ground", () => {
  it("422 names the segment and what to add when no frame fits; nothing is stored", async () => {
    const before = await drafts();
    const response = await post({
      channel: "sms",
      industry: "pets",
      stage: "decision",
      tier: "regular",
      scenario: "repurchase",
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as {
      detail: string;
      missing: Record<string, string>;
      add: string[];
    };
    expect(problem.missing).toMatchObject({
      industry: "pets",
      channel: "sms",
      stage: "decision",
      tier: "regular",
      scenario: "repurchase",
      customer: "existing",
    });
    expect(problem.add.join()).toContain("phrasing");
    expect(problem.detail).toMatch(/no approved frame \(phrasing\) fits pets, sms/);
    expect(await drafts()).toBe(before);
  });

  it("422 names the frames that fit and why none can be filled", async () => {
    // The product frame needs a product fact for the stage; icebreak has none, yet the tip frame still fits.
    const ok = await post({ channel: "moments", industry: "pets", stage: "icebreak", tier: "regular" });
    expect(ok.status).toBe(201);
    const response = await post({
      channel: "moments",
      industry: "jewelry",
      stage: "icebreak",
      tier: "regular",
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { missing: { industry: string } }).missing.industry).toBe("jewelry");
  });

  it("a product the library does not know is a 422 on the product field", async () => {
    const response = await post({
      channel: "moments",
      industry: "pets",
      stage: "interest",
      tier: "regular",
      product: "狗绳",
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: Array<{ field: string; message: string }> };
    expect(problem.errors).toEqual([expect.objectContaining({ field: "product" })]);
  });
});
