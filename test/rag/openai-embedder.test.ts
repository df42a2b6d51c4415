import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpenAIEmbedder } from "../../src/rag/openai-embedder.ts";

interface EmbeddingsRequest {
  model: string;
  input: string[];
  dimensions?: number;
  encoding_format?: string;
}

/**
 * A tiny server speaking POST /v1/embeddings: each text's vector is [length, first char code, 1, ...] of
 * the asked (or a default 4) dimensions, and the data comes back in reverse order, as the protocol allows
 * (entries carry their index). `failures` queues status codes to answer before succeeding. Two models
 * misbehave on purpose: "ignores-dimensions" always answers 4, "drops-one" answers one vector short,
 * "hangs" never answers.
 */
let server: Server;
let baseURL: string;
let requests: EmbeddingsRequest[] = [];
let failures: number[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as EmbeddingsRequest;
    requests.push(body);
    if (body.model === "hangs") return;
    const failure = failures.shift();
    if (request.url !== "/v1/embeddings" || failure) {
      // retry-after-ms keeps the client's retry back-off out of the test's run time.
      response.writeHead(failure ?? 404, { "content-type": "application/json", "retry-after-ms": "1" });
      response.end(JSON.stringify({ error: { message: "nope", type: "server_error" } }));
      return;
    }
    const size = body.model === "ignores-dimensions" ? 4 : (body.dimensions ?? 4);
    const inputs = body.model === "drops-one" ? body.input.slice(1) : body.input;
    const data = inputs.map((text, index) => ({
      object: "embedding",
      index,
      embedding: Array.from({ length: size }, (_, i) =>
        i === 0 ? text.length : i === 1 ? text.charCodeAt(0) : 1,
      ),
    }));
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ object: "list", model: body.model, data: data.reverse(), usage: {} }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  failures = [];
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("createOpenAIEmbedder", () => {
  it("embeds in batches, in input order, asking for floats", async () => {
    const embedder = createOpenAIEmbedder({ baseURL, apiKey: "test", model: "m", batchSize: 2 });
    const vectors = await embedder.embed(["一", "二二", "三三三", "四四四四", "五"]);
    expect(vectors.map((vector) => vector[0])).toEqual([1, 2, 3, 4, 1]);
    expect(vectors[1]?.[1]).toBe("二".charCodeAt(0));
    expect(requests.map((request) => request.input)).toEqual([
      ["一", "二二"],
      ["三三三", "四四四四"],
      ["五"],
    ]);
    expect(requests.every((request) => request.encoding_format === "float" && request.model === "m")).toBe(
      true,
    );
    expect(requests.every((request) => request.dimensions === undefined)).toBe(true);
  });

  it("knows its id from the dimensions option, which it asks the model for", async () => {
    const embedder = createOpenAIEmbedder({
      baseURL,
      apiKey: "test",
      model: "text-embedding-3-small",
      dimensions: 8,
    });
    expect(embedder.id).toBe("openai:text-embedding-3-small:8");
    expect(requests).toEqual([]);
    const [vector] = await embedder.embed(["你好"]);
    expect(vector).toHaveLength(8);
    expect(requests[0]?.dimensions).toBe(8);
  });

  it("without the option, learns its dimension from a probe on embed([])", async () => {
    const embedder = createOpenAIEmbedder({ baseURL, apiKey: "test", model: "bge-m3" });
    expect(() => embedder.id).toThrow(/await embed\(\[\]\)/);
    expect(await embedder.embed([])).toEqual([]);
    expect(embedder.id).toBe("openai:bge-m3:4");
    expect(embedder.dimensions).toBe(4);
    expect(requests).toHaveLength(1);
    await embedder.embed([]);
    expect(requests).toHaveLength(1);
  });

  it("refuses vectors of another dimension than configured, or of another count than asked", async () => {
    const fixed = createOpenAIEmbedder({
      baseURL,
      apiKey: "test",
      model: "ignores-dimensions",
      dimensions: 8,
    });
    await expect(fixed.embed(["a"])).rejects.toThrow("returned 4 dimensions, expected 8");
    const short = createOpenAIEmbedder({ baseURL, apiKey: "test", model: "drops-one" });
    await expect(short.embed(["a", "b"])).rejects.toThrow("returned 1 vectors for 2 texts");
  });

  it("retries a 5xx and gives up on a 4xx", async () => {
    const retrying = createOpenAIEmbedder({
      baseURL,
      apiKey: "test",
      model: "m",
      maxRetries: 1,
      timeoutMs: 5_000,
    });
    failures = [503];
    expect(await retrying.embed(["a"])).toHaveLength(1);
    expect(requests).toHaveLength(2);
    failures = [400];
    await expect(retrying.embed(["a"])).rejects.toThrow(/400/);
  });

  it("gives up on a request that outlives timeoutMs", async () => {
    const embedder = createOpenAIEmbedder({
      baseURL,
      apiKey: "test",
      model: "hangs",
      timeoutMs: 100,
      maxRetries: 0,
    });
    await expect(embedder.embed(["a"])).rejects.toThrow(/timed out/i);
  });
});
