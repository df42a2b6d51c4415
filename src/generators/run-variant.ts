// One variant through generate → check (rules, then judge) + grounding → up to two repairs. Ends in a defined
// outcome whatever the provider does: pending_review only with a verdict that does not block and full grounding.
import { checkText } from "../compliance/check-text.ts";
import type { Engine } from "../compliance/default-engine.ts";
import type { Verdict } from "../compliance/types.ts";
import type { Citation, DraftStatus, DraftStep } from "../drafts/draft.ts";
import type { RetrievedItem } from "../rag/retrieve.ts";
import { type ChannelContent, ChannelContentSchema } from "./channel-content.ts";
import { flattenContent } from "./flatten-content.ts";
import type { GenerateRequest } from "./generate-request.ts";
import { GenerationError, type GenerationInput, type Generator, type Usage } from "./generator.ts";
import { checkGrounding, type Grounding, sourceTexts } from "./grounding.ts";
import { guidanceLeaks } from "./guidance-leak.ts";
import type { Material } from "./material.ts";
import { blockingFindings, itemsToAvoid } from "./repair-hints.ts";

export const MAX_ATTEMPTS = 3;

export interface VariantOutcome {
  status: DraftStatus;
  content:
    | (ChannelContent & { ai_label?: string })
    | { channel: string; error: { code: string; message: string } };
  body: string;
  citations: Citation[];
  cited: RetrievedItem[];
  verdict: Verdict;
  grounding: Grounding;
  prompt: string | null;
  usage: Usage | null;
  model: string | null;
  steps: DraftStep[];
  timings: { generate_ms: number; check_ms: number };
  /** Set when the provider failed for good (not when the checks blocked the text). */
  providerFailure?: { code: string; message: string };
}

interface Dependencies {
  generator: Generator;
  compliance: Engine;
  label: string | null;
}

const NO_GROUNDING: Grounding = { grounded: false, checked: 0, findings: [], merge_fields: [] };

function failedVerdict(compliance: Engine, reason: string): Verdict {
  return {
    verdict: "block",
    findings: [],
    rule_pack_version: compliance.rulePack.pack.version,
    judge: null,
    reasons: [reason],
  };
}

function addUsage(total: Usage | null, more: Usage | null): Usage | null {
  if (!more) return total;
  if (!total) return { ...more };
  return {
    prompt_tokens: total.prompt_tokens + more.prompt_tokens,
    completion_tokens: total.completion_tokens + more.completion_tokens,
    total_tokens: total.total_tokens + more.total_tokens,
  };
}

export async function runVariant(
  dependencies: Dependencies,
  request: GenerateRequest,
  material: Material,
  variant: number,
  seed: string,
): Promise<VariantOutcome> {
  const { generator, compliance, label } = dependencies;
  const steps: DraftStep[] = [];
  const timings = { generate_ms: 0, check_ms: 0 };
  const byId = new Map(material.items.map((item) => [item.id, item]));
  const avoid = new Set<string>();
  let feedback: GenerationInput["feedback"] = { findings: [], grounding: [] };
  let usage: Usage | null = null;
  let last: VariantOutcome | null = null;

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const step = attempt === 0 ? "generate" : "repair";
    let started = performance.now();
    let output: Awaited<ReturnType<Generator["generate"]>>;
    try {
      output = await generator.generate({ request, material, variant, attempt, seed, feedback, avoid });
    } catch (error) {
      const failure =
        error instanceof GenerationError
          ? error
          : new GenerationError(
              "upstream_error",
              error instanceof Error ? error.message : String(error),
              false,
            );
      const ms = performance.now() - started;
      timings.generate_ms += ms;
      steps.push(stepOf(step, ms, "failed", { attempt, code: failure.code, message: failure.message }));
      // A malformed answer is worth one more ask with the error fed back; a timeout or an upstream error
      // already went through the client's own retries, so asking again would wrap the same call twice.
      if (failure.repairable && attempt + 1 < MAX_ATTEMPTS) {
        feedback = { findings: [], grounding: [], error: failure.message };
        continue;
      }
      const reason = `generation failed (${failure.code}): ${failure.message}`;
      const providerFailure = { code: failure.code, message: failure.message };
      if (last)
        return {
          ...last,
          providerFailure,
          status: "blocked",
          verdict: { ...last.verdict, verdict: "block", reasons: [...last.verdict.reasons, reason] },
          steps,
          timings,
          usage,
        };
      return {
        status: "blocked",
        content: { channel: request.channel, error: providerFailure },
        providerFailure,
        body: "",
        citations: [],
        cited: [],
        verdict: failedVerdict(compliance, reason),
        grounding: NO_GROUNDING,
        prompt: failure.prompt,
        usage,
        model: generator.model,
        steps,
        timings,
      };
    }
    usage = addUsage(usage, output.usage);
    const parsed = ChannelContentSchema.safeParse(output.content);
    const generateMs = performance.now() - started;
    timings.generate_ms += generateMs;
    if (!parsed.success || parsed.data.channel !== request.channel) {
      const message = parsed.success
        ? `expected ${request.channel} content, got ${parsed.data.channel}`
        : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      steps.push(stepOf(step, generateMs, "invalid_content", { attempt, message }));
      feedback = { findings: [], grounding: [], error: `content does not match the schema: ${message}` };
      continue;
    }
    const known = output.citations.filter((citation) => byId.has(citation.item_id));
    const unknown = output.citations.length - known.length;
    steps.push(
      stepOf(step, generateMs, "ok", {
        attempt,
        citations: known.length,
        ...(unknown ? { unknown_citations: unknown } : {}),
      }),
    );

    const content = label ? { ...parsed.data, ai_label: label } : parsed.data;
    const body = label ? `${flattenContent(parsed.data)}\n${label}` : flattenContent(parsed.data);
    const cited = [...new Set(known.map((citation) => citation.item_id))].map(
      (id) => byId.get(id) as RetrievedItem,
    );
    started = performance.now();
    const checkedVerdict = await checkText(
      { text: body, industry: request.industry, channel: request.channel, scenario: request.scenario },
      compliance,
    );
    // Request fields are data: what only they say is flagged for the reviewer, never grounded.
    const requester = [request.product, material.requestBenefit, request.notes].filter(
      (value): value is string => typeof value === "string",
    );
    const checked = checkGrounding(body, sourceTexts(cited), { requester });
    const leaks = guidanceLeaks(body, material.guidance);
    const grounding: Grounding = {
      ...checked,
      ...(leaks.length
        ? { grounded: false, findings: [...checked.findings, ...leaks].sort((a, b) => a.start - b.start) }
        : {}),
      policy_notes: material.guidance.map(({ id, version, title, text }) => ({ id, version, title, text })),
    };
    const verdict = withRequesterFindings(checkedVerdict, grounding);
    const checkMs = performance.now() - started;
    timings.check_ms += checkMs;
    const blocked = verdict.verdict === "block";
    steps.push(
      stepOf("check", checkMs, blocked ? "block" : verdict.verdict, {
        attempt,
        findings: verdict.findings.map((finding) => `${finding.rule_id}:${finding.excerpt}`),
        grounding: grounding.findings.map((finding) => finding.claim),
      }),
    );
    last = {
      status: !blocked && grounding.grounded ? "pending_review" : "blocked",
      content,
      body,
      citations: known,
      cited,
      verdict,
      grounding,
      prompt: output.prompt,
      usage,
      model: output.model,
      steps,
      timings,
    };
    if (last.status === "pending_review") return last;
    const blockingGrounding = grounding.findings.filter((finding) => finding.severity === "block");
    feedback = { findings: blockingFindings(verdict.findings), grounding: blockingGrounding };
    for (const id of itemsToAvoid(known, verdict.findings, blockingGrounding)) avoid.add(id);
  }
  if (last) return { ...last, usage, steps, timings };
  const reason = `generation failed: no valid ${request.channel} content after ${MAX_ATTEMPTS} attempts`;
  return {
    status: "blocked",
    providerFailure: { code: "malformed_output", message: feedback.error ?? reason },
    content: {
      channel: request.channel,
      error: { code: "malformed_output", message: feedback.error ?? reason },
    },
    body: "",
    citations: [],
    cited: [],
    verdict: failedVerdict(compliance, reason),
    grounding: NO_GROUNDING,
    prompt: null,
    usage,
    model: generator.model,
    steps,
    timings,
  };
}

/** Numbers only the requester supplied need a reviewer's written confirmation: never a plain pass. */
function withRequesterFindings(verdict: Verdict, grounding: Grounding): Verdict {
  const supplied = grounding.findings.filter((finding) => finding.kind === "requester_supplied");
  if (supplied.length === 0) return verdict;
  const reason = `supplied by the requester, not by approved material: ${supplied.map((finding) => finding.claim).join("、")}`;
  return {
    ...verdict,
    verdict: verdict.verdict === "pass" ? "needs_attention" : verdict.verdict,
    reasons: [...verdict.reasons, reason],
  };
}

function stepOf(step: string, ms: number, outcome: string, detail: unknown): DraftStep {
  return { step, at: new Date().toISOString(), ms: Math.round(ms * 100) / 100, outcome, detail };
}
