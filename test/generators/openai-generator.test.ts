// The model path end to end: the real `openai` client against a local server speaking the chat-completions
// protocol (test/support/fake-openai.ts). Every scripted misbehaviour ends in a defined draft state.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import { GenerateRequestSchema } from "../../src/generators/generate-request.ts";
import { materialFor } from "../../src/generators/material-cache.ts";
import { createOpenAIGenerator } from "../../src/generators/openai-generator.ts";
import type { RetrievedItem } from "../../src/rag/retrieve.ts";
import { chatCompletion, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { libraryContext } from "./library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
let fake: FakeOpenAI;
let sales: Actor;
let fact: RetrievedItem;
let warning: RetrievedItem;

const REQUEST = { channel: "moments", industry: "finance", stage: "interest", tier: "regular" } as const;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  context = await libraryContext();
  context.generator = createOpenAIGenerator({
    baseURL: fake.baseURL,
    apiKey: "test-key",
    model: "fake-model",
    // well above a loaded CI machine's first reply from the local server; the timeout case delays far past it
    timeoutMs: 2_000,
    maxRetries: 1,
    concurrency: 2,
  });
  sales = await context.actor("sales");
  const material = await materialFor(context, GenerateRequestSchema.parse(REQUEST));
  fact = material.items.find((item) => item.kind === "product_fact" && /\d/.test(item.text)) as RetrievedItem;
  warning = material.items.find((item) => item.notice_type === "risk_warning") as RetrievedItem;
  expect(fact && warning).toBeTruthy();
});
afterAll(async () => {
  await fake.close();
  await context.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

/** A moments answer that states one approved sentence (with its numbers) and the risk warning, citing both. */
function answer(extra = ""): string {
  const claim = fact.text.split(/(?<=。)/)[0] ?? fact.text;
  const risk = warning.text.split(/(?<=。)/)[0] ?? warning.text;
  return JSON.stringify({
    content: { text: `${extra}${claim}${risk}`, call_to_action: "想了解的话私信我。" },
    citations: [
      { item_id: fact.id, claim },
      { item_id: warning.id, claim: risk },
    ],
  });
}
const ok = (content: string) => ({ body: chatCompletion(content) });

async function generate() {
  const [draft] = await generateDrafts(context, sales, REQUEST);
  if (!draft) throw new Error("no draft");
  return draft;
}

describe("OpenAI-compatible generator", () => {
  it("a good answer: pending_review, labeled llm with its model, prompt, usage and citations", async () => {
    fake.enqueue(ok(answer()));
    const draft = await generate();
    expect(draft.status).toBe("pending_review");
    expect(draft.generator).toMatchObject({ kind: "llm", model: "fake-model", ai_generated: true });
    expect(draft.generator.prompt_version).toMatch(/^prompts-/);
    expect(draft.prompt).toContain("只使用");
    expect(draft.prompt).toContain(fact.id);
    expect(draft.usage).toEqual({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 });
    expect(draft.citations.map((citation) => citation.item_id)).toEqual([fact.id, warning.id]);
    const sent = fake.requests[0]?.body as { model: string; response_format: { type: string } };
    expect(sent).toMatchObject({ model: "fake-model", response_format: { type: "json_object" } });
  });

  it("a violating answer is repaired on the second try, with the findings fed back", async () => {
    fake.enqueue(ok(answer("保本保息，稳赚不赔！")), ok(answer()));
    const draft = await generate();
    expect(draft.status).toBe("pending_review");
    expect(fake.requests).toHaveLength(2);
    const second = JSON.stringify(fake.requests[1]?.body);
    expect(second).toContain("上一稿未通过");
    expect(second).toContain("稳赚不赔");
  });

  it("an ungrounded number blocks the draft after the repairs, with the grounding finding", async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ok(answer("近一年年化8.88%！"))));
    const draft = await generate();
    expect(draft.status).toBe("blocked");
    expect(draft.grounding).toMatchObject({
      grounded: false,
      findings: [expect.objectContaining({ claim: "8.88%" })],
    });
    expect(draft.body).toContain("8.88%");
  });

  it("malformed JSON three times: a blocked draft that says why", async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ body: chatCompletion("好的，这是文案：不是JSON") })));
    const draft = await generate();
    expect(draft.status).toBe("blocked");
    expect(draft.content).toMatchObject({ error: { code: "malformed_output" } });
    expect(draft.steps.map((step) => `${step.step}:${step.outcome}`)).toEqual([
      "retrieve:ok",
      "generate:failed",
      "repair:failed",
      "repair:failed",
      "store:blocked",
    ]);
    expect(draft.verdict).toMatchObject({ verdict: "block" });
  });

  it("a 429 then success: the client's own retry (honouring Retry-After) gets the draft through", async () => {
    fake.enqueue(
      { status: 429, body: { error: { message: "slow down" } }, headers: { "retry-after-ms": "10" } },
      ok(answer()),
    );
    const draft = await generate();
    expect(draft.status).toBe("pending_review");
    expect(fake.requests).toHaveLength(2);
  });

  it("a timeout (after the client's retries) is a blocked draft with the reason, not a lost request", async () => {
    fake.enqueue(...Array.from({ length: 2 }, () => ({ ...ok(answer()), delayMs: 6_000 })));
    const draft = await generate();
    expect(draft.status).toBe("blocked");
    expect(draft.content).toMatchObject({ error: { code: "timeout" } });
    expect(draft.verdict.reasons.join()).toMatch(/timeout/);
    expect(fake.requests).toHaveLength(2);
  });
});
