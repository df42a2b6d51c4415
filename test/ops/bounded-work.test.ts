// Issue 10, "one request freezes the service": 80,000 x 保本 took 37.8 s on the request thread and answered
// 27 MB with 80,002 findings while /healthz timed out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckPool } from "../../src/check-pool/check-pool.ts";
import { checkText } from "../../src/compliance/check-text.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
let key: string;

beforeAll(async () => {
  context = await createTestContext();
  key = await context.keyFor("sales");
}, 120_000);
afterAll(async () => {
  await context.close();
});

const attack = "保本".repeat(80_000);

describe("a text with tens of thousands of hits", () => {
  it("is blocked with a short list of findings and the total counted", async () => {
    const verdict = await checkText({ text: attack, industry: "finance" }, context.compliance);
    expect(verdict.verdict).toBe("block");
    expect(verdict.findings.length).toBeLessThanOrEqual(200);
    const perRule = new Map<string, number>();
    for (const finding of verdict.findings)
      perRule.set(finding.rule_id, (perRule.get(finding.rule_id) ?? 0) + 1);
    expect(Math.max(...perRule.values())).toBeLessThanOrEqual(20);
    expect(verdict.findings.some((finding) => finding.severity === "block")).toBe(true);
    expect(verdict.findings_total).toBeGreaterThanOrEqual(80_000);
    expect(verdict.reasons.join(" ")).toMatch(/findings in all/);
  });

  it("is refused up front over HTTP with 422 naming the field and its limit", async () => {
    const app = createApp(context);
    const response = await app.request("/v1/compliance/check", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ text: attack, industry: "finance" }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = await response.json();
    expect(problem.limits).toEqual([{ field: "text", maximum: 100_000 }]);
    expect(problem.detail).toContain("100000");
    const doc = await (await app.request("/openapi.json")).json();
    const schema = doc.paths["/v1/compliance/check"].post.requestBody.content["application/json"].schema;
    expect(schema.properties.text.maxLength).toBe(100_000);
  });
});

describe("a long check through the pool", () => {
  it("leaves the request thread free: /healthz answers while it runs", async () => {
    const pool = createCheckPool({ threads: 1 });
    try {
      const app = createApp(context, { checkPool: pool });
      const longest = "稳赚不赔，保本保息！".repeat(10_000);
      const events: string[] = [];
      const check = Promise.resolve(
        app.request("/v1/compliance/check", {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ text: longest, industry: "finance" }),
        }),
      ).then(async (response) => {
        events.push(`check ${response.status}`);
        return response.json();
      });
      for (let i = 0; i < 5; i++) {
        const health = await app.request("/healthz");
        events.push(`health ${health.status}`);
      }
      const verdict = await check;
      // every /healthz answered before the check did: on the request thread, the check would come first
      expect(events).toEqual([...Array(5).fill("health 200"), "check 200"]);
      expect(verdict.verdict).toBe("block");
      expect(verdict.findings_total).toBeGreaterThan(200);
    } finally {
      await pool.close();
    }
  });

  it("refuses with 503 and Retry-After when every thread is busy and the queue is full", async () => {
    const pool = createCheckPool({ threads: 1, maxQueue: 1, retryAfterSeconds: 3 });
    try {
      const app = createApp(context, { checkPool: pool });
      const send = () =>
        app.request("/v1/compliance/check", {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ text: "保本保息".repeat(20_000), industry: "finance" }),
        });
      const responses = await Promise.all([send(), send(), send(), send()]);
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
      const refused = responses.filter((response) => response.status === 503);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused[0]?.headers.get("retry-after")).toBe("3");
      expect(refused[0]?.headers.get("content-type")).toContain("application/problem+json");
    } finally {
      await pool.close();
    }
  });
});
