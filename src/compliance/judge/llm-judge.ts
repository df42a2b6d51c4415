// The LLM judge through the openai package (any OpenAI-compatible endpoint). Temperature 0, JSON answer
// validated by zod, every quote located in the original text (dropped if absent). The client retries
// 408/409/429/5xx with backoff; a timeout bounds each attempt. Any failure is reported, never a pass.
import OpenAI from "openai";
import { meteredFetch } from "../../observability/llm-metrics.ts";
import type { CheckInput, Finding } from "../types.ts";
import type { Judge, JudgeResult, RuleHint } from "./judge.ts";
import { LABEL_ARTICLES } from "./label-articles.ts";
import { buildMessages } from "./llm-policy.ts";
import { LlmVerdictSchema } from "./llm-verdict.ts";
import { locateQuote } from "./locate-quote.ts";

export interface LlmJudgeOptions {
  baseURL: string;
  apiKey: string;
  model: string;
  /** per attempt, ms */
  timeoutMs?: number;
  maxRetries?: number;
  maxChars?: number;
}

function parseAnswer(content: string | null | undefined) {
  if (!content) return { error: "empty answer" } as const;
  const json = content.replace(/^```(?:json)?\s*|\s*```$/g, "");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: "answer is not JSON" } as const;
  }
  const parsed = LlmVerdictSchema.safeParse(data);
  return parsed.success
    ? ({ verdict: parsed.data } as const)
    : ({ error: "answer does not match the verdict schema" } as const);
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return "judge timed out";
  if (error instanceof OpenAI.APIError) return `judge endpoint error ${error.status ?? "(no status)"}`;
  return `judge unreachable: ${error instanceof Error ? error.message : String(error)}`;
}

export function llmJudge(options: LlmJudgeOptions): Judge {
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
    fetch: meteredFetch("judge"),
  });
  const maxChars = options.maxChars ?? 8000;
  return {
    name: "llm",
    model: options.model,
    async judge(input: CheckInput, hints: readonly RuleHint[]): Promise<JudgeResult> {
      let content: string | null | undefined;
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          temperature: 0,
          response_format: { type: "json_object" },
          messages: buildMessages(input, hints, maxChars),
        });
        content = completion.choices[0]?.message?.content;
      } catch (error) {
        return { status: "unavailable", reason: describe(error), model: options.model };
      }
      const answer = parseAnswer(content);
      if ("error" in answer)
        return { status: "unavailable", reason: answer.error ?? "", model: options.model };
      const findings: Finding[] = [];
      const notes: string[] = [];
      if (input.text.length > maxChars) notes.push(`the judge read only the first ${maxChars} characters`);
      for (const item of answer.verdict.findings) {
        const span = locateQuote(input.text, item.quote);
        if (!span) {
          notes.push(`dropped a ${item.label} finding: quote not found in the text`);
          continue;
        }
        findings.push({
          source: "judge",
          rule_id: `judge.llm.${item.label}`,
          category: item.category ?? item.label,
          label: item.label,
          article: item.article || LABEL_ARTICLES[item.label].article,
          severity: item.severity,
          start: span.start,
          end: span.end,
          excerpt: input.text.slice(span.start, span.end),
          suggestion: item.suggestion || LABEL_ARTICLES[item.label].suggestion,
        });
      }
      if (answer.verdict.verdict !== "pass" && findings.length === 0) {
        notes.push(`judge said ${answer.verdict.verdict} without a span found in the text`);
      }
      return { status: "ok", findings, notes, model: options.model };
    },
  };
}
