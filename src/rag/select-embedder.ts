import type { Config } from "../config/config.ts";
import type { Embedder } from "./embedder.ts";
import { createHashingEmbedder } from "./hashing-embedder.ts";
import { createOpenAIEmbedder } from "./openai-embedder.ts";

/** An OpenAI-compatible embeddings endpoint when EMBEDDING_MODEL is set, else the local hashing embedder. */
export function selectEmbedder(config: Config): Embedder {
  if (!config.EMBEDDING_MODEL) return createHashingEmbedder();
  const baseURL = config.EMBEDDING_BASE_URL ?? config.LLM_BASE_URL;
  return createOpenAIEmbedder({
    ...(baseURL ? { baseURL } : {}),
    apiKey: config.EMBEDDING_API_KEY ?? config.LLM_API_KEY ?? "not-needed",
    model: config.EMBEDDING_MODEL,
    ...(config.EMBEDDING_DIMENSIONS ? { dimensions: config.EMBEDDING_DIMENSIONS } : {}),
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  });
}
