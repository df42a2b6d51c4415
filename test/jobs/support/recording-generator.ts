import { randomUUID } from "node:crypto";
import type { Queryable } from "../../../src/db/database.ts";
import { insertDraft } from "../../../src/drafts/insert-draft.ts";
import type { GenerateItem } from "../../../src/jobs/item-generator.ts";

/**
 * A deterministic stand-in for the generation pipeline, for queue tests only: one draft per variant, stored
 * with the item's key like the real pipeline, so idempotency is exercised through the real UNIQUE constraint.
 * `fail(request, attempt)` may throw to simulate an upstream failure.
 */
export function recordingGenerator(
  options: { fail?: (request: Record<string, unknown>, attempt: number) => void; delayMs?: number } = {},
): GenerateItem & { calls: number } {
  const generate = async (input: Parameters<GenerateItem>[0]) => {
    generate.calls++;
    const request = input.request as Record<string, unknown>;
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    options.fail?.(request, input.attempt);
    const variants = Number(request.variants ?? 1);
    for (let variant = 1; variant <= variants; variant++)
      await storeDraft(
        input.context.db,
        input.actor.id,
        input.jobId,
        draftKey(input.itemKey, variant),
        request,
      );
    const { rows } = await input.context.db.query<{ id: string }>(
      "SELECT id FROM drafts WHERE job_item_key = $1 OR job_item_key LIKE $2 ORDER BY job_item_key",
      [input.itemKey, `${input.itemKey}#%`],
    );
    return { draftIds: rows.map((row) => row.id) };
  };
  generate.calls = 0;
  return generate;
}

function draftKey(itemKey: string, variant: number): string {
  return variant === 1 ? itemKey : `${itemKey}#${variant}`;
}

async function storeDraft(
  db: Queryable,
  authorId: string,
  jobId: string,
  key: string,
  request: Record<string, unknown>,
): Promise<void> {
  await insertDraft(db, {
    id: `drf_${randomUUID()}`,
    status: "pending_review",
    channel: String(request.channel),
    industry: String(request.industry),
    stage: String(request.stage),
    tier: String(request.tier),
    scenario: (request.scenario as string) ?? null,
    message_type: (request.message_type as string) ?? null,
    product: (request.product as string) ?? null,
    author_id: authorId,
    plan_id: null,
    plan_day: null,
    plan_slot: null,
    job_id: jobId,
    job_item_key: key,
    request,
    content: { text: `test copy for ${key}` },
    body: `test copy for ${key}`,
    citations: [],
    sources: [
      {
        id: "t-item",
        version: 1,
        kind: "fact",
        title: "测试素材",
        text: "",
        source: "test",
        approved_by: "t",
      },
    ],
    verdict: { verdict: "pass", findings: [], rule_pack_version: "test", judge: null, reasons: [] },
    grounding: {},
    generator: {
      kind: "composer",
      name: "test",
      model: null,
      prompt_version: "test",
      ai_generated: true,
      ai_label: false,
    },
    prompt: null,
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    timings: null,
    steps: [],
  });
}
