// A model behind any OpenAI-compatible chat-completions endpoint. The `openai` client owns transport retries
// (408/409/429/5xx and timeouts, with backoff and Retry-After): nothing here retries the same call again.
// A malformed answer is a GenerationError the pipeline may repair by asking again with the error fed back.
import OpenAI from "openai";
import pLimit from "p-limit";
import { z } from "zod";
import type { Citation } from "../drafts/draft.ts";
import { meteredFetch } from "../observability/llm-metrics.ts";
import { GenerationError, type GenerationInput, type GenerationOutput, type Generator } from "./generator.ts";
import { loadPrompts } from "./prompts.ts";

export interface OpenAIGeneratorOptions {
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  concurrency: number;
}

const AnswerSchema = z.object({
  content: z.record(z.string(), z.unknown()),
  citations: z.array(z.object({ item_id: z.string(), claim: z.string() })).default([]),
});

/** The answer's JSON, tolerating a ```json fence some models add despite being told not to. */
export function parseAnswer(text: string): z.output<typeof AnswerSchema> {
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    throw new GenerationError("malformed_output", "the answer is not valid JSON", true);
  }
  const parsed = AnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new GenerationError(
      "malformed_output",
      `the answer does not match {content, citations}: ${issues}`,
      true,
    );
  }
  return parsed.data;
}

/** Fields the request already fixes are set from it, so a model cannot contradict them. */
function fixedFields(input: GenerationInput): Record<string, unknown> {
  const { request } = input;
  if (request.channel === "group") return { channel: "group", message_type: request.message_type };
  if (request.channel === "outbound") return { channel: "outbound", scenario: request.scenario };
  return { channel: request.channel };
}

function failureOf(error: unknown, prompt: string): GenerationError {
  if (error instanceof GenerationError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return new GenerationError("timeout", "the model did not answer in time (after retries)", false, prompt);
  if (error instanceof OpenAI.RateLimitError)
    return new GenerationError(
      "rate_limited",
      "the provider kept answering 429 (after retries)",
      false,
      prompt,
    );
  if (error instanceof OpenAI.APIError) {
    const status = error.status ? `HTTP ${error.status}` : "connection error";
    return new GenerationError("upstream_error", `the provider failed: ${status}`, false, prompt);
  }
  return new GenerationError(
    "upstream_error",
    error instanceof Error ? error.message : String(error),
    false,
    prompt,
  );
}

export function createOpenAIGenerator(options: OpenAIGeneratorOptions): Generator {
  const client = new OpenAI({
    baseURL: options.baseURL,
    // Local servers (vLLM, Ollama) take no key, but the client insists on one.
    apiKey: options.apiKey ?? "not-needed",
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    fetch: meteredFetch("generate"),
  });
  const limit = pLimit(options.concurrency);
  const prompts = loadPrompts();
  return {
    kind: "llm",
    name: "openai-compatible",
    model: options.model,
    promptVersion: prompts.version,
    async generate(input): Promise<GenerationOutput> {
      const rendered = prompts.render(input);
      const prompt = `${rendered.system}\n\n${rendered.user}`;
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await limit(() =>
          client.chat.completions.create({
            model: options.model,
            messages: [
              { role: "system", content: rendered.system },
              { role: "user", content: rendered.user },
            ],
            response_format: { type: "json_object" },
            temperature: 0.7,
          }),
        );
      } catch (error) {
        throw failureOf(error, prompt);
      }
      const text = completion.choices[0]?.message?.content ?? "";
      let answer: z.output<typeof AnswerSchema>;
      try {
        answer = parseAnswer(text);
      } catch (error) {
        throw failureOf(error, prompt);
      }
      const versions = new Map(input.material.items.map((item) => [item.id, item.version]));
      const citations: Citation[] = answer.citations.map((citation) => ({
        item_id: citation.item_id,
        item_version: versions.get(citation.item_id) ?? 0,
        claim: citation.claim,
      }));
      const usage = completion.usage
        ? {
            prompt_tokens: completion.usage.prompt_tokens,
            completion_tokens: completion.usage.completion_tokens,
            total_tokens: completion.usage.total_tokens,
          }
        : null;
      return {
        content: { ...answer.content, ...fixedFields(input) } as never,
        citations,
        prompt,
        usage,
        model: completion.model || options.model,
      };
    },
  };
}
