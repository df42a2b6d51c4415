// Issue 10, "logs leak": error logs printed SQL parameters (draft bodies, customer text), there was no access
// log and no request id in logs. Every line is captured here: the logger's and anything written to the
// process's stdout and stderr.
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { meteredFetch } from "../../src/observability/llm-metrics.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createMetrics } from "../../src/observability/metrics.ts";
import { chatCompletion, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const PLANTED_KEY = "ly_PLANTEDkeyPLANTEDkeyPLANTEDkeyPLANTEDkey0";
const PLANTED_BODY = "PLANTED身体文本-张三的手机号";
const PLANTED_PARAM = "PLANTED-sql-参数";

let context: TestContext;
let key: string;
let fake: FakeOpenAI;
const logged: string[] = [];
const printed: string[] = [];

beforeAll(async () => {
  context = await createTestContext();
  key = await context.keyFor("admin");
  fake = await startFakeOpenAI();
}, 120_000);
afterAll(async () => {
  await fake.close();
  await context.close();
});
beforeEach(() => {
  const capture =
    (write: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    };
  vi.spyOn(process.stdout, "write").mockImplementation(capture(process.stdout.write.bind(process.stdout)));
  vi.spyOn(process.stderr, "write").mockImplementation(capture(process.stderr.write.bind(process.stderr)));
  for (const method of ["log", "error", "warn", "info"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(
        args
          .map((arg) => (arg instanceof Error ? `${arg.stack} ${JSON.stringify(arg)}` : String(arg)))
          .join(" "),
      );
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function appWithCapture() {
  const logger = createLogger({ destination: { write: (line: string) => void logged.push(line) } });
  const metrics = createMetrics({ db: context.db });
  const app = createApp(context, { logger, metrics });
  // a handler whose query fails with client text among its parameters, as a broken verb would
  app.get("/test/failing-query", async (c) => {
    await context.db.query("SELECT $1::int AS n", [PLANTED_PARAM]);
    return c.text("unreachable");
  });
  return { app, metrics };
}

describe("logs", () => {
  it("carry a request id on every line, an access line per request, and no key, body or SQL parameter", async () => {
    const { app } = appWithCapture();
    const unauthorized = await app.request("/v1/me", {
      headers: { authorization: `Bearer ${PLANTED_KEY}`, "x-request-id": "req-planted-key" },
    });
    expect(unauthorized.status).toBe(401);
    const checked = await app.request("/v1/compliance/check", {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        "x-request-id": "req-body",
      },
      body: JSON.stringify({ text: `${PLANTED_BODY}，保本保息`, industry: "finance" }),
    });
    expect(checked.status).toBe(200);
    const failed = await app.request("/test/failing-query", { headers: { "x-request-id": "req-sql" } });
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain(PLANTED_PARAM);

    const everything = [...logged, ...printed].join("\n");
    for (const secret of [PLANTED_KEY, key, PLANTED_BODY, "张三", PLANTED_PARAM]) {
      expect(everything).not.toContain(secret);
    }
    const lines = logged.map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(typeof line.request_id).toBe("string");
    const access = lines.filter((line) => line.kind === "access");
    expect(access.map((line) => [line.request_id, line.status, line.route])).toEqual([
      ["req-planted-key", 401, "/v1/me"],
      ["req-body", 200, "/v1/compliance/check"],
      ["req-sql", 500, "/test/failing-query"],
    ]);
    const error = lines.find((line) => line.level === "error");
    expect(error?.request_id).toBe("req-sql");
    expect(error?.err?.message).toMatch(/invalid input syntax/);
  });
});

describe("/metrics", () => {
  it("counts requests by route and status, latency, drafts, the job queue and model calls with tokens", async () => {
    const { app } = appWithCapture();
    await app.request("/v1/me", { headers: { authorization: `Bearer ${key}` } });
    await app.request("/v1/me", { headers: { authorization: "Bearer ly_nope" } });
    fake.enqueue({ body: chatCompletion("{}") }, { status: 500, body: { error: { message: "down" } } });
    const client = new OpenAI({
      baseURL: fake.baseURL,
      apiKey: "k",
      maxRetries: 0,
      fetch: meteredFetch("judge"),
    });
    await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] });
    await expect(
      client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await app.request("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('liangyan_http_requests_total{method="GET",route="/v1/me",status="200"} 1');
    expect(text).toContain('liangyan_http_requests_total{method="GET",route="/v1/me",status="401"} 1');
    expect(text).toMatch(
      /liangyan_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/v1\/me"\} \d/,
    );
    expect(text).toContain('liangyan_job_items{status="queued"} 0');
    expect(text).toMatch(/# TYPE liangyan_drafts gauge/);
    expect(text).toContain('liangyan_llm_calls_total{purpose="judge",status="200"} 1');
    expect(text).toContain('liangyan_llm_calls_total{purpose="judge",status="500"} 1');
    expect(text).toContain('liangyan_llm_errors_total{purpose="judge"} 1');
    expect(text).toContain('liangyan_llm_tokens_total{purpose="judge",kind="prompt"} 1');
    expect(text).toContain("liangyan_check_queue_depth 0");
  });
});

describe("/healthz and /readyz", () => {
  it("are separate: liveness never touches the database, readiness does and follows shutdown", async () => {
    const shutdown = new AbortController();
    const app = createApp(context, { shutdown: shutdown.signal });
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "ok", accepting: true });
    shutdown.abort();
    const draining = await app.request("/readyz");
    expect(draining.status).toBe(503);
    expect((await draining.json()).accepting).toBe(false);
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
