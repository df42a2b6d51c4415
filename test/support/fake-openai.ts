// A real HTTP server on 127.0.0.1 (port 0) speaking the OpenAI chat-completions protocol from a scripted
// queue of responses, for testing the LLM judge through the real `openai` client. Never reaches the network.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedResponse {
  status?: number;
  /** a JSON body, sent as is (use chatCompletion() for a normal answer) */
  body?: unknown;
  /** a raw body, sent instead of `body` */
  raw?: string;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
}

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

/** A chat.completion body whose assistant message is `content`. */
export function chatCompletion(content: string, model = "fake-model"): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    request.on("data", (chunk) => {
      data += chunk;
    });
    request.on("end", () => resolve(data));
  });
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const text = await readBody(request);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the raw text
    }
    requests.push({ method: request.method ?? "", url: request.url ?? "", body });
    const next = queue.shift() ?? { status: 500, body: { error: { message: "no scripted response left" } } };
    if (next.delayMs) await new Promise((resolve) => setTimeout(resolve, next.delayMs));
    if (response.destroyed) return;
    const payload = next.raw ?? JSON.stringify(next.body ?? {});
    response.writeHead(next.status ?? 200, { "content-type": "application/json", ...next.headers });
    response.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...responses) => {
      queue.push(...responses);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
