import OpenAI from "openai";
import { meteredFetch } from "../observability/llm-metrics.ts";
import type { Embedder } from "./embedder.ts";

// Some OpenAI-compatible providers cap a request at 10 inputs (DashScope/Qwen's text-embedding-v3/v4);
// 10 works everywhere, and a larger batchSize is an option for providers that allow it (OpenAI: 2048).
const DEFAULT_BATCH_SIZE = 10;
const PROBE_TEXT = "维度探测";

export interface OpenAIEmbedderOptions {
  baseURL?: string;
  apiKey: string;
  model: string;
  /** Asked of the model (text-embedding-3-* can shorten its vectors) and checked on every response. */
  dimensions?: number;
  timeoutMs?: number;
  /** Retries of retryable failures (connection errors, 408, 409, 429, 5xx), done by the openai client. */
  maxRetries?: number;
  batchSize?: number;
}

/**
 * Embeddings from an OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen, vLLM, Ollama...).
 *
 * The id (`openai:MODEL:DIMENSIONS`) needs the dimension. With `dimensions` in the options it is known at
 * once. Without it, the dimension is learned from the first response; until then `id` and `dimensions`
 * throw. Call `await embedder.embed([])` at start-up: with the dimension unknown it embeds a short probe
 * string to learn it, and returns no vectors.
 */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Embedder {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError("batchSize must be a positive integer");
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    fetch: meteredFetch("embed"),
  });
  let dimensions = options.dimensions;

  const known = (): number => {
    if (dimensions === undefined) {
      throw new Error(
        `the dimension of embedding model ${options.model} is not known yet: await embed([]) once first, or configure it`,
      );
    }
    return dimensions;
  };

  const embedBatch = async (input: string[]): Promise<number[][]> => {
    const response = await client.embeddings.create({
      model: options.model,
      input,
      // Floats, not the client's default base64: not every compatible server speaks base64.
      encoding_format: "float",
      ...(options.dimensions !== undefined ? { dimensions: options.dimensions } : {}),
    });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((entry) => entry.embedding);
    if (vectors.length !== input.length) {
      throw new Error(
        `embedding model ${options.model} returned ${vectors.length} vectors for ${input.length} texts`,
      );
    }
    for (const vector of vectors) {
      // A vector of another length would land in a different space from the stored ones; refuse it.
      dimensions ??= vector.length;
      if (vector.length !== dimensions) {
        throw new Error(
          `embedding model ${options.model} returned ${vector.length} dimensions, expected ${dimensions}`,
        );
      }
    }
    return vectors;
  };

  return {
    get id() {
      return `openai:${options.model}:${known()}`;
    },
    get dimensions() {
      return known();
    },
    async embed(texts) {
      if (texts.length === 0) {
        if (dimensions === undefined) await embedBatch([PROBE_TEXT]);
        return [];
      }
      const vectors: number[][] = [];
      // Sequential batches: one request at a time stays inside every provider's rate limit.
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      }
      return vectors;
    },
  };
}
