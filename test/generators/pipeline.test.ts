import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { createComposer } from "../../src/generators/composer/composer.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import { GenerationError, type GenerationInput, type Generator } from "../../src/generators/generator.ts";
import type { TestContext } from "../support/test-context.ts";
import { libraryContext } from "./library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
let sales: Actor;
const composer = createComposer();

beforeAll(async () => {
  context = await libraryContext();
  sales = await context.actor("sales");
});
afterAll(() => (context as TestContext).close());

const REQUEST = { channel: "moments", industry: "finance", stage: "interest", tier: "regular", seed: "p1" };

/** The composer's draft, changed per attempt by `edit` (a stand-in for a model that errs, then corrects). */
function scripted(edit: (text: string, attempt: number) => string | Error): Generator {
  return {
    ...composer,
    kind: "llm",
    name: "scripted",
    model: "scripted-1",
    async generate(input: GenerationInput) {
      const output = await composer.generate(input);
      if (output.content.channel !== "moments") throw new Error("moments only");
      const text = edit(output.content.text, input.attempt);
      if (text instanceof Error) throw text;
      return { ...output, content: { ...output.content, text }, model: "scripted-1" };
    },
  };
}

async function withGenerator<T>(generator: Generator, work: () => Promise<T>): Promise<T> {
  const original = context.generator;
  context.generator = generator;
  try {
    return await work();
  } finally {
    context.generator = original;
  }
}

describe("generateDrafts", () => {
  it("stores a checked draft as pending_review with every step, its citations, sources and generator", async () => {
    const [draft] = await generateDrafts(context, sales, REQUEST);
    expect(draft).toMatchObject({ status: "pending_review", author_id: sales.id, channel: "moments" });
    expect(draft?.verdict.verdict).not.toBe("block");
    expect(draft?.generator).toMatchObject({
      kind: "composer",
      model: null,
      ai_generated: true,
      ai_label: false,
    });
    expect(draft?.generator.prompt_version).toMatch(/^composer-/);
    expect(draft?.steps.map((step) => step.step)).toEqual(["retrieve", "generate", "check", "store"]);
    expect(draft?.sources.map((source) => source.id)).toEqual(
      expect.arrayContaining(draft?.citations.map((citation) => citation.item_id) ?? []),
    );
    expect(draft?.timings).toMatchObject({ retrieve_ms: expect.any(Number), total_ms: expect.any(Number) });
  });

  it("the same seed gives the same drafts; ai_label adds the visible label", async () => {
    const [a] = await generateDrafts(context, sales, REQUEST);
    const [b] = await generateDrafts(context, sales, { ...REQUEST, ai_label: true });
    expect(b?.body.startsWith(a?.body ?? "?")).toBe(true);
    expect(b?.body).toMatch(/（本内容由系统根据已审核素材辅助生成）$/);
    expect(b?.generator.ai_label).toBe(true);
  });

  it("a violating first attempt is repaired on the second", async () => {
    const generator = scripted((text, attempt) => (attempt === 0 ? `保本保息，稳赚不赔！${text}` : text));
    const [draft] = await withGenerator(generator, () => generateDrafts(context, sales, REQUEST));
    expect(draft?.status).toBe("pending_review");
    const steps = draft?.steps.map((step) => `${step.step}:${step.outcome}`);
    // The repair may itself need another try (other material); what matters is the order and the end state.
    expect(steps?.slice(0, 4)).toEqual(["retrieve:ok", "generate:ok", "check:block", "repair:ok"]);
    expect(steps?.at(-2)).toMatch(/^check:(pass|needs_attention)$/);
    expect(steps?.at(-1)).toBe("store:pending_review");
  });

  it("a draft that keeps violating is blocked with its findings after two repairs", async () => {
    const generator = scripted((text) => `稳赚不赔！${text}`);
    const [draft] = await withGenerator(generator, () => generateDrafts(context, sales, REQUEST));
    expect(draft?.status).toBe("blocked");
    expect(draft?.verdict.verdict).toBe("block");
    expect(draft?.verdict.findings.some((finding) => finding.severity === "block")).toBe(true);
    expect(draft?.steps.filter((step) => step.step === "repair")).toHaveLength(2);
  });

  it("an ungrounded number blocks the draft with a grounding finding", async () => {
    const generator = scripted((text) => `${text}近一年年化8.88%。`);
    const [draft] = await withGenerator(generator, () => generateDrafts(context, sales, REQUEST));
    expect(draft?.status).toBe("blocked");
    expect(draft?.grounding).toMatchObject({
      grounded: false,
      findings: [expect.objectContaining({ claim: "8.88%" })],
    });
  });

  it("a provider failure ends in a blocked draft that says why; nothing is lost", async () => {
    const generator = scripted(
      () => new GenerationError("timeout", "the model did not answer in time", false),
    );
    const [draft] = await withGenerator(generator, () => generateDrafts(context, sales, REQUEST));
    expect(draft?.status).toBe("blocked");
    expect(draft?.content).toMatchObject({ channel: "moments", error: { code: "timeout" } });
    expect(draft?.verdict.reasons.join()).toMatch(/timeout/);
    expect(draft?.steps.map((step) => `${step.step}:${step.outcome}`)).toEqual([
      "retrieve:ok",
      "generate:failed",
      "store:blocked",
    ]);
  });

  it("is idempotent on the job item key, per variant", async () => {
    const first = await generateDrafts(
      context,
      sales,
      { ...REQUEST, variants: 2 },
      { jobId: "job1", jobItemKey: "job1:abc" },
    );
    const again = await generateDrafts(
      context,
      sales,
      { ...REQUEST, variants: 2 },
      { jobId: "job1", jobItemKey: "job1:abc" },
    );
    expect(first.map((draft) => draft.job_item_key)).toEqual(["job1:abc#1", "job1:abc#2"]);
    expect(again.map((draft) => draft.id)).toEqual(first.map((draft) => draft.id));
  });

  it("refuses a role without drafts:create and names bad fields", async () => {
    const reviewer = await context.actor("reviewer");
    await expect(generateDrafts(context, reviewer, REQUEST)).rejects.toMatchObject({ code: "forbidden" });
    const error = await generateDrafts(context, sales, { ...REQUEST, channel: "group", variants: 11 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(["variants", "message_type"]),
    );
  });
});
