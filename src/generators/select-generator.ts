// The configured generator, chosen once at start: a model when LLM_MODEL is set, else the offline composer.
import type { Config } from "../config/config.ts";
import { createComposer } from "./composer/composer.ts";
import type { Generator } from "./generator.ts";
import { createOpenAIGenerator } from "./openai-generator.ts";

export function selectGenerator(config: Config): Generator {
  if (!config.LLM_MODEL) return createComposer();
  return createOpenAIGenerator({
    baseURL: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    concurrency: config.LLM_CONCURRENCY,
  });
}
