import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { llmJudge } from "../../src/compliance/judge/llm-judge.ts";
import { chatCompletion, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();
const DRAFT = "这款面霜用完皮肤状态特别好，姐妹们冲！";
let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(async () => {
  await server.close();
});

function judge(timeoutMs = 2000, maxRetries = 2) {
  return llmJudge({
    baseURL: server.baseURL,
    apiKey: "test-key",
    model: "fake-model",
    timeoutMs,
    maxRetries,
  });
}

const verdictJson = (quote: string) =>
  JSON.stringify({
    verdict: "needs_attention",
    findings: [
      { label: "absolute", quote, article: "《广告法》第九条", severity: "warn", suggestion: "改为具体描述" },
    ],
    rewrite: "",
  });

describe("LLM judge over the OpenAI protocol", () => {
  it("turns a good verdict into located findings, with temperature 0 and the policy", async () => {
    server.enqueue({ body: chatCompletion(verdictJson("皮肤状态特别好")) });
    const verdict = await checkText(
      { text: DRAFT, industry: "beauty", channel: "moments" },
      { rulePack, judge: judge() },
    );
    expect(verdict.judge).toEqual({ name: "llm", model: "fake-model" });
    const finding = verdict.findings.find((item) => item.source === "judge");
    expect(DRAFT.slice(finding?.start, finding?.end)).toBe("皮肤状态特别好");
    expect(verdict.verdict).toBe("needs_attention");
    const request = server.requests.at(-1)?.body as {
      temperature: number;
      messages: Array<{ content: string }>;
    };
    expect(request.temperature).toBe(0);
    expect(request.messages[0]?.content).toContain("第九条");
  });

  it("drops a quoted span that is not in the draft", async () => {
    server.enqueue({ body: chatCompletion(verdictJson("全网第一")) });
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(verdict.findings.filter((item) => item.source === "judge")).toEqual([]);
    expect(verdict.reasons.join()).toContain("quote not found");
    expect(verdict.verdict).toBe("needs_attention");
  });

  it("reports malformed JSON as needs_attention, never a pass", async () => {
    server.enqueue({ body: chatCompletion("{not json") });
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(verdict.verdict).toBe("needs_attention");
    expect(verdict.reasons.join()).toContain("not JSON");
  });

  it("retries a 429 and then succeeds", async () => {
    const before = server.requests.length;
    server.enqueue(
      { status: 429, body: { error: { message: "slow down" } }, headers: { "retry-after-ms": "10" } },
      { body: chatCompletion(JSON.stringify({ verdict: "pass", findings: [] })) },
    );
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(server.requests.length - before).toBe(2);
    expect(verdict.verdict).toBe("pass");
  });

  it("gives up after a timeout with the reason", async () => {
    server.enqueue({
      delayMs: 1500,
      body: chatCompletion(JSON.stringify({ verdict: "pass", findings: [] })),
    });
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: judge(200, 0) });
    expect(verdict.verdict).toBe("needs_attention");
    expect(verdict.reasons.join()).toContain("timed out");
  });
});
