import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { testEngine } from "./fixtures.ts";

let context: TestContext;
let key: string;

beforeAll(async () => {
  context = await createTestContext({ compliance: testEngine() });
  key = await context.keyFor("sales");
});
afterAll(async () => {
  await context.close();
});

function post(body: unknown, raw?: string) {
  return createApp(context).request("/v1/compliance/check", {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: raw ?? JSON.stringify(body),
  });
}

describe("POST /v1/compliance/check", () => {
  it("returns a verdict with spans", async () => {
    const response = await post({ text: "全网第一的面霜，快来买", industry: "beauty", channel: "moments" });
    expect(response.status).toBe(200);
    const verdict = await response.json();
    expect(verdict.verdict).toBe("block");
    expect(verdict.findings[0].excerpt).toBe("全网第一");
    expect(verdict.rule_pack_version).toBe(testEngine().rulePack.pack.version);
  });

  it("answers bad input with a 4xx, never a 500", async () => {
    expect((await post({ text: "你好", industry: "crypto" })).status).toBe(400);
    expect((await post({ text: 42 })).status).toBe(400);
    expect((await post({}, "{not json")).status).toBe(400);
    const empty = await post({ text: "" });
    expect(empty.status).toBe(200);
    expect((await empty.json()).verdict).toBe("needs_attention");
    const surrogate = await post({}, '{"text":"稳\\ud800赚不赔"}');
    expect(surrogate.status).toBe(200);
    expect((await surrogate.json()).verdict).toBe("block");
  });
});
