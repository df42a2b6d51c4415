// The model path as it will be used: the real `openai` client against a local server that replays recorded
// answers for realistic requests (fixtures/model-answers.json), adversarial ones included. Whatever a model
// answers, nothing reaches pending_review with a block finding, an ungrounded number or guidance text: each case
// ends repaired, blocked with its reasons, or as a clear error.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import type { Draft } from "../../src/drafts/draft.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import type { Grounding } from "../../src/generators/grounding.ts";
import { createOpenAIGenerator } from "../../src/generators/openai-generator.ts";
import { chatCompletion, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { libraryContext } from "./library-context.ts";

interface ReplayCase {
  name: string;
  request: Record<string, unknown>;
  answers?: unknown[];
  raw?: string[];
  slow?: boolean;
  expect: "pending_review" | "blocked" | "error";
  planted?: string[];
  code?: string;
  /** What blocks it: a compliance rule, or a grounding finding of this kind ("grounding:number"). */
  blocked_by?: "compliance" | `grounding:${Grounding["findings"][number]["kind"]}`;
}

const { cases } = JSON.parse(
  readFileSync(new URL("./fixtures/model-answers.json", import.meta.url), "utf8"),
) as { cases: ReplayCase[] };

let context: Awaited<ReturnType<typeof libraryContext>>;
let fake: FakeOpenAI;
let sales: Actor;

beforeAll(async () => {
  context = await libraryContext({ now: new Date("2026-12-01T08:00:00Z") });
  sales = await context.actor("sales");
});
afterAll(async () => {
  await fake?.close();
  await context.close();
});

/** A server of its own per case: answers a case did not use must not be replayed to the next one. */
beforeEach(async () => {
  await fake?.close();
  fake = await startFakeOpenAI();
  context.generator = createOpenAIGenerator({
    baseURL: fake.baseURL,
    apiKey: "test-key",
    model: "fake-model",
    // well above a loaded CI machine's reply from the local server; a slow case delays far past it
    timeoutMs: 2_000,
    maxRetries: 0,
    concurrency: 1,
  });
});

function enqueue(entry: ReplayCase): void {
  // A timeout is not asked again (the client's own retries are the retry), so one slow answer is the whole case.
  if (entry.slow) fake.enqueue({ body: chatCompletion("{}"), delayMs: 6_000 });
  for (const raw of entry.raw ?? []) fake.enqueue({ body: chatCompletion(raw) });
  for (const answer of entry.answers ?? []) fake.enqueue({ body: chatCompletion(JSON.stringify(answer)) });
}

/** What no draft in the review queue may carry, whatever the model said. */
function expectSafeIfQueued(draft: Draft, planted: readonly string[]): void {
  if (draft.status !== "pending_review") return;
  const grounding = draft.grounding as Grounding;
  expect(draft.verdict.findings.filter((finding) => finding.severity === "block")).toEqual([]);
  expect(grounding.grounded).toBe(true);
  expect(grounding.findings.filter((finding) => finding.severity === "block")).toEqual([]);
  for (const text of planted) expect(draft.body).not.toContain(text);
}

describe.each(cases)("replayed model answer: $name", (entry) => {
  it(`ends ${entry.expect}`, async () => {
    enqueue(entry);
    const [draft] = await generateDrafts(context, sales, { ...entry.request, seed: "replay" });
    if (!draft) throw new Error("no draft");
    expectSafeIfQueued(draft, entry.planted ?? []);
    expect(draft.generator).toMatchObject({ kind: "llm", model: "fake-model" });
    if (entry.expect === "pending_review") {
      expect(draft.status).toBe("pending_review");
      if (entry.planted) expect(draft.steps.some((step) => step.step === "repair")).toBe(true);
      return;
    }
    expect(draft.status).toBe("blocked");
    if (entry.expect === "error") {
      expect(draft.content).toMatchObject({ error: { code: entry.code } });
      expect(draft.verdict.reasons.join(" ")).toContain(entry.code ?? "?");
      return;
    }
    // Blocked with its reasons: a block finding or a grounding finding that names what was wrong.
    const grounding = draft.grounding as Grounding;
    const reasons = [
      ...draft.verdict.findings
        .filter((finding) => finding.severity === "block")
        .map((finding) => finding.excerpt),
      ...grounding.findings.filter((finding) => finding.severity === "block").map((finding) => finding.claim),
    ];
    expect(reasons.length).toBeGreaterThan(0);
    if (entry.blocked_by === "compliance") {
      const rules = draft.verdict.findings.filter((finding) => finding.severity === "block");
      expect(rules.filter((finding) => !finding.rule_id.startsWith("grounding."))).not.toEqual([]);
    } else if (entry.blocked_by) {
      const kind = entry.blocked_by.slice("grounding:".length);
      expect(grounding.findings.filter((f) => f.kind === kind && f.severity === "block")).not.toEqual([]);
    }
    expect(draft.steps.filter((step) => step.step === "repair")).toHaveLength(2);
    // The repair requests told the model what was wrong.
    expect(JSON.stringify(fake.requests[1]?.body)).toContain("上一稿未通过");
  });
});

describe("replayed answers", () => {
  it("guidance reaches the model as rules, never as material it may cite", async () => {
    fake.enqueue({ body: chatCompletion(JSON.stringify((cases[0]?.answers ?? [])[0])) });
    await generateDrafts(context, sales, { ...(cases[0]?.request ?? {}), seed: "rules" });
    const sent = (
      (fake.requests[0]?.body ?? { messages: [] }) as { messages: Array<{ content: string }> }
    ).messages
      .map((message) => message.content)
      .join("\n");
    const rules = sent.slice(sent.indexOf("【写作规则】"), sent.indexOf("【请求方填写的数据】"));
    const material = sent.slice(sent.indexOf("【已审核素材】"), sent.indexOf("【写作规则】"));
    expect(rules).toContain("不得承诺保本");
    expect(material).not.toContain("fin-policy-no-promise");
    expect(material).not.toContain("不得承诺保本");
  });
});
