// The generation verb the API, the CLI, plans and bulk jobs share: retrieve → generate → check → repair → store.
import { randomUUID } from "node:crypto";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { parseBody } from "../domain/parse-body.ts";
import type { Draft, SourceSnapshot } from "../drafts/draft.ts";
import { DRAFT_COLUMNS, insertDraft, type NewDraft } from "../drafts/insert-draft.ts";
import { visibleLabel } from "./ai-label.ts";
import { refuseUncovered, uncovered } from "./coverage.ts";
import { type GenerateRequest, GenerateRequestSchema } from "./generate-request.ts";
import { materialFor } from "./material-cache.ts";
import { runVariant, type VariantOutcome } from "./run-variant.ts";

export interface GenerateOptions {
  jobId?: string;
  /** Idempotency: a second call with the same key returns the drafts of the first and generates nothing. */
  jobItemKey?: string;
  planId?: string;
  planDay?: number;
  planSlot?: string;
  /**
   * Interactive calls store a provider failure as a blocked draft that says what happened. A bulk job item
   * instead fails (ProviderFailedError, nothing stored) so the queue retries it later: a passing outage must
   * not become hundreds of unusable drafts that the item key would return on every retry.
   */
  failOnProviderError?: boolean;
  /**
   * Where in the seed's frame order the first variant starts. Plan slots share one seed per slot and count up
   * day by day, so day n takes the next frame rather than a fresh shuffle that may land on yesterday's.
   */
  rotation?: number;
}

export class ProviderFailedError extends Error {
  override readonly name = "ProviderFailedError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One key per variant: the job item's key for a single draft, key#n for the n-th of several. */
export function variantKeys(jobItemKey: string, variants: number): string[] {
  return variants === 1
    ? [jobItemKey]
    : Array.from({ length: variants }, (_, index) => `${jobItemKey}#${index + 1}`);
}

export function parseGenerateRequest(input: unknown): GenerateRequest {
  return parseBody(GenerateRequestSchema, input);
}

async function loadDrafts(
  context: AppContext,
  column: "id" | "job_item_key",
  keys: string[],
): Promise<Draft[]> {
  const { rows } = await context.db.query<Draft>(
    `SELECT ${DRAFT_COLUMNS} FROM drafts WHERE ${column} = ANY($1::text[])`,
    [keys],
  );
  const order = new Map(keys.map((key, index) => [key, index]));
  return rows.sort((a, b) => (order.get(a[column] ?? "") ?? 0) - (order.get(b[column] ?? "") ?? 0));
}

function snapshot(outcome: VariantOutcome): SourceSnapshot[] {
  return outcome.cited.map((item) => ({
    id: item.id,
    version: item.version,
    kind: item.kind,
    title: item.title,
    text: item.text,
    source: item.source,
    approved_by: item.approved_by,
    clause: item.clause,
    valid_until: item.valid_until,
  }));
}

export async function generateDrafts(
  context: AppContext,
  actor: Actor,
  input: unknown,
  options: GenerateOptions = {},
): Promise<Draft[]> {
  if (!can(actor.role, "drafts:create")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:create'`);
  }
  const request = parseGenerateRequest(input);
  const keys = options.jobItemKey ? variantKeys(options.jobItemKey, request.variants) : null;
  if (keys) {
    const existing = await loadDrafts(context, "job_item_key", keys);
    if (existing.length === keys.length) return existing;
  }
  const stored = await prepareDrafts(context, actor, request, options, keys);
  // One statement is atomic on its own; several variants go in together or not at all.
  const inserted =
    stored.length === 1
      ? [await insertDraft(context.db, stored[0] as NewDraft)]
      : await context.db.transaction(async (tx) => {
          const rows: Array<Draft | undefined> = [];
          for (const draft of stored) rows.push(await insertDraft(tx, draft));
          return rows;
        });
  const drafts = inserted.filter((draft): draft is Draft => draft !== undefined);
  if (drafts.length === stored.length) return drafts;
  // A key already taken: a concurrent retry of the same job item stored first; return what is stored.
  return loadDrafts(context, "job_item_key", keys ?? []);
}

/**
 * Everything of generation but storing: retrieve, generate, check and repair, and the drafts as they would be
 * stored. generateDrafts stores them as new drafts; a regenerated plan slot stores one as a new version.
 */
export async function prepareDrafts(
  context: AppContext,
  actor: Actor,
  request: GenerateRequest,
  options: GenerateOptions = {},
  keys: string[] | null = null,
): Promise<NewDraft[]> {
  const started = performance.now();
  const seed = request.seed ?? randomUUID();
  const material = await materialFor(context, request);
  const gap = uncovered(material, request, seed);
  if (gap) throw refuseUncovered(gap);
  const retrieveMs = performance.now() - started;
  const retrieveStep = {
    step: "retrieve",
    at: new Date().toISOString(),
    ms: Math.round(retrieveMs * 100) / 100,
    outcome: "ok",
    detail: {
      items: material.items.map((item) => `${item.id}@${item.version}`),
      guidance: material.guidance.map((item) => `${item.id}@${item.version}`),
      brand: material.brand,
      customer: material.segment.customer,
    },
  };
  const { generator, compliance } = context;
  const label = request.ai_label ? visibleLabel(generator) : null;
  const outcomes = await Promise.all(
    Array.from({ length: request.variants }, (_, variant) =>
      runVariant(
        { generator, compliance, label },
        request,
        material,
        variant + (options.rotation ?? 0),
        seed,
      ),
    ),
  );
  const failures = outcomes.flatMap((outcome) => (outcome.providerFailure ? [outcome.providerFailure] : []));
  const [failure] = failures;
  if (options.failOnProviderError && failure) {
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : "";
    throw new ProviderFailedError(failure.code, `${failure.message}${more}`);
  }
  const stored: NewDraft[] = outcomes.map((outcome, variant) => ({
    id: `drf_${randomUUID()}`,
    status: outcome.status,
    channel: request.channel,
    industry: request.industry,
    stage: request.stage,
    tier: request.tier,
    scenario: request.scenario ?? null,
    message_type: request.message_type ?? null,
    product: request.product ?? null,
    author_id: actor.id,
    plan_id: options.planId ?? null,
    plan_day: options.planDay ?? null,
    plan_slot: options.planSlot ?? null,
    job_id: options.jobId ?? null,
    job_item_key: keys?.[variant] ?? null,
    // The seed is kept with the request, so the same composer draft can be made again.
    request: { ...request, seed, variant: variant + 1 },
    content: outcome.content,
    body: outcome.body,
    citations: outcome.citations,
    sources: snapshot(outcome),
    verdict: outcome.verdict,
    grounding: outcome.grounding,
    generator: {
      kind: generator.kind,
      name: generator.name,
      model: outcome.model ?? generator.model,
      prompt_version: generator.promptVersion,
      ai_generated: true,
      ai_label: request.ai_label,
    },
    prompt: outcome.prompt,
    usage: outcome.usage,
    timings: {
      retrieve_ms: Math.round(retrieveMs * 100) / 100,
      generate_ms: Math.round(outcome.timings.generate_ms * 100) / 100,
      check_ms: Math.round(outcome.timings.check_ms * 100) / 100,
      total_ms: Math.round((performance.now() - started) * 100) / 100,
    },
    steps: [
      retrieveStep,
      ...outcome.steps,
      { step: "store", at: new Date().toISOString(), ms: 0, outcome: outcome.status },
    ],
  }));
  return stored;
}
