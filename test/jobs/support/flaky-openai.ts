// A local OpenAI-protocol server (chat completions over HTTP on 127.0.0.1) that fails a set share of calls the
// ways real providers do: 429 with Retry-After, 500, a hang past the client's timeout, and malformed JSON. The
// other calls get a valid answer for moments and 1:1 requests. Failures are decided by a seeded sequence, so
// a run is repeatable.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FailureKind = "429" | "500" | "timeout" | "malformed";

export interface FlakyOpenAI {
  baseURL: string;
  calls: number;
  failures: Record<FailureKind, number>;
  /** Share of calls that fail, from 0 to 1; may be changed while running. */
  failureRate: number;
  close(): Promise<void>;
}

const KINDS: FailureKind[] = ["429", "500", "timeout", "malformed"];

export async function startFlakyOpenAI(options: {
  failureRate: number;
  hangMs: number;
  seed?: number;
}): Promise<FlakyOpenAI> {
  let state = options.seed ?? 42;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const flaky: FlakyOpenAI = {
    baseURL: "",
    calls: 0,
    failures: { "429": 0, "500": 0, timeout: 0, malformed: 0 },
    failureRate: options.failureRate,
    close: async () => {},
  };
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      flaky.calls++;
      const roll = random();
      if (roll < flaky.failureRate) {
        const kind = KINDS[Math.floor(random() * KINDS.length)] as FailureKind;
        flaky.failures[kind]++;
        if (kind === "429") {
          response.writeHead(429, { "content-type": "application/json", "retry-after-ms": "10" });
          response.end(JSON.stringify({ error: { message: "rate limited", type: "rate_limit" } }));
        } else if (kind === "500") {
          response.writeHead(500, { "content-type": "application/json" });
          response.end(JSON.stringify({ error: { message: "internal error" } }));
        } else if (kind === "timeout") {
          setTimeout(() => {
            if (!response.destroyed) response.end();
          }, options.hangMs).unref();
        } else {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(completion('{"content": {"text": "本周新品'));
        }
        return;
      }
      const model = (JSON.parse(body || "{}") as { model?: string }).model ?? "fake-model";
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        completion(
          JSON.stringify({
            content: {
              text: "最近天气转凉，给大家整理了几条护理小建议，欢迎留言交流。",
              call_to_action: "想了解的话私信我",
              greeting: "您好",
              question: "您平时更关注哪方面？",
            },
            citations: [],
          }),
          model,
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  flaky.baseURL = `http://127.0.0.1:${port}/v1`;
  flaky.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return flaky;
}

function completion(content: string, model = "fake-model"): string {
  return JSON.stringify({
    id: "chatcmpl-flaky",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 900, completion_tokens: 120, total_tokens: 1020 },
  });
}
