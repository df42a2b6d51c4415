import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { llmJudge, NO_CONFIDENCE } from "../../src/compliance/judge/llm-judge.ts";
import { chatCompletion, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack, claims } = testEngine();
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

  it("blocks on a block verdict, locating an evasive quote in the original and keeping the judge's confidence", async () => {
    const text = "这款面霜用了一周，皮肤状态特别好，姐妹们冲！";
    server.enqueue({
      body: chatCompletion(
        JSON.stringify({
          verdict: "block",
          findings: [
            { label: "medical_claim", quote: "皮膚狀態特別好", severity: "block", confidence: 0.82 },
            { label: "absolute", quote: "用了一周", severity: "warn" },
          ],
        }),
      ),
    });
    const verdict = await checkText({ text, industry: "beauty" }, { rulePack, judge: judge() });
    expect(verdict.verdict).toBe("block");
    const judged = verdict.findings.filter((item) => item.source === "judge");
    const medical = judged.find((item) => item.label === "medical_claim");
    expect(text.slice(medical?.start, medical?.end)).toBe("皮肤状态特别好");
    expect(medical?.confidence).toBe(0.82);
    expect(judged.find((item) => item.label === "absolute")?.confidence).toBe(NO_CONFIDENCE);
    for (const item of judged) expect(item.id).toMatch(/^fnd_[0-9a-f]{16}$/);
  });

  it("never passes when the judge says block but quotes nothing it can find", async () => {
    server.enqueue({
      body: chatCompletion(
        JSON.stringify({ verdict: "block", findings: [{ label: "absolute", quote: "全网第一" }] }),
      ),
    });
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(verdict.verdict).toBe("needs_attention");
    expect(verdict.reasons.join()).toContain("without a span found in the text");
  });

  it("reports an answer of the wrong shape, an empty answer and a persistent server error, never a pass", async () => {
    server.enqueue({ body: chatCompletion(JSON.stringify({ verdict: "maybe", findings: "none" })) });
    const wrongShape = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(wrongShape.verdict).toBe("needs_attention");
    expect(wrongShape.reasons.join()).toContain("does not match the verdict schema");

    server.enqueue({ body: chatCompletion("") });
    const empty = await checkText({ text: DRAFT }, { rulePack, judge: judge() });
    expect(empty.verdict).toBe("needs_attention");
    expect(empty.reasons.join()).toContain("empty answer");

    const before = server.requests.length;
    server.enqueue(
      { status: 503, body: { error: { message: "overloaded" } }, headers: { "retry-after-ms": "5" } },
      { status: 503, body: { error: { message: "overloaded" } }, headers: { "retry-after-ms": "5" } },
    );
    const failing = await checkText({ text: DRAFT }, { rulePack, judge: judge(2000, 1) });
    expect(server.requests.length - before).toBe(2);
    expect(failing.verdict).toBe("needs_attention");
    expect(failing.reasons.join()).toContain("judge endpoint error 503");
  });

  it("reports an unreachable endpoint, never a pass", async () => {
    const gone = await startFakeOpenAI();
    const baseURL = gone.baseURL;
    await gone.close();
    const unreachable = llmJudge({
      baseURL,
      apiKey: "test-key",
      model: "fake-model",
      timeoutMs: 500,
      maxRetries: 0,
    });
    const verdict = await checkText({ text: DRAFT }, { rulePack, judge: unreachable });
    expect(verdict.verdict).toBe("needs_attention");
    expect(verdict.reasons.join()).toMatch(/judge (unreachable|timed out)/);
  });

  it("is not asked when the rules or the claim model already block", async () => {
    const before = server.requests.length;
    const verdict = await checkText(
      { text: "山楂荷叶茶，喝一个月血脂就降下来了，三高人群必备。", industry: "food_beverage" },
      { rulePack, claims, judge: judge() },
    );
    expect(verdict.verdict).toBe("block");
    expect(server.requests.length).toBe(before);
    expect(verdict.judge).toBeNull();
  });
});
