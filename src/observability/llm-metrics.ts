// LLM and embedding calls are counted where they leave the process: the OpenAI clients get this fetch, which
// counts calls, errors and the token usage a completion reports. Process-wide, like the clients themselves.
import { Counter, Registry } from "prom-client";

export const llmRegistry = new Registry();

const calls = new Counter({
  name: "liangyan_llm_calls_total",
  help: "Calls to the configured model endpoints, by purpose and HTTP status (0: no answer)",
  labelNames: ["purpose", "status"] as const,
  registers: [llmRegistry],
});
const errors = new Counter({
  name: "liangyan_llm_errors_total",
  help: "Model calls that failed: no answer, or a status of 400 and above",
  labelNames: ["purpose"] as const,
  registers: [llmRegistry],
});
const tokens = new Counter({
  name: "liangyan_llm_tokens_total",
  help: "Tokens the model endpoints reported, by purpose and kind (prompt, completion)",
  labelNames: ["purpose", "kind"] as const,
  registers: [llmRegistry],
});

export type LlmPurpose = "generate" | "judge" | "embed";

interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

function countUsage(purpose: LlmPurpose, usage: Usage | undefined): void {
  if (!usage) return;
  if (typeof usage.prompt_tokens === "number") tokens.inc({ purpose, kind: "prompt" }, usage.prompt_tokens);
  if (typeof usage.completion_tokens === "number")
    tokens.inc({ purpose, kind: "completion" }, usage.completion_tokens);
}

/** A fetch for the `openai` client that counts what goes through it and changes nothing else. */
export function meteredFetch(purpose: LlmPurpose, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await base(input, init);
    } catch (error) {
      calls.inc({ purpose, status: "0" });
      errors.inc({ purpose });
      throw error;
    }
    calls.inc({ purpose, status: String(response.status) });
    if (response.status >= 400) errors.inc({ purpose });
    else if ((response.headers.get("content-type") ?? "").includes("json")) {
      // read a copy, so the client still reads the original; a body that is not JSON counts no tokens
      response
        .clone()
        .json()
        .then((body: { usage?: Usage }) => countUsage(purpose, body?.usage))
        .catch(() => {});
    }
    return response;
  };
}
