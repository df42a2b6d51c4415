// One way to call the API: the key from sessionStorage as a bearer header, JSON in and out, and every refusal
// turned into an ApiError whose message is Chinese (problem-text.ts). Nothing here shows anything.
import { type Problem, problemText } from "./problem-text.ts";

const KEY = "liangyan.key";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problemText(problem));
    this.name = "ApiError";
  }
  get code(): string {
    return this.problem.code ?? "internal";
  }
}

export const session = {
  key: (): string => sessionStorage.getItem(KEY) ?? "",
  set: (key: string): void => sessionStorage.setItem(KEY, key),
  clear: (): void => sessionStorage.removeItem(KEY),
  /** Called on a 401 anywhere: the shell signs out. */
  onUnauthorized: (_message: string): void => {},
};

export interface CallOptions {
  method?: string;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

async function send(path: string, options: CallOptions): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${session.key()}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  try {
    return await fetch(path, {
      method: options.method ?? (options.body !== undefined || options.form ? "POST" : "GET"),
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.form ? { body: options.form } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, { code: "network", detail: "无法连接服务器，请检查网络后重试" });
  }
}

async function refusal(response: Response): Promise<ApiError> {
  let problem: Problem = {
    status: response.status,
    code: response.status >= 500 ? "internal" : "invalid_request",
  };
  try {
    problem = { ...problem, ...((await response.json()) as Problem) };
  } catch {
    // not problem+json (a proxy's page, say): the status alone speaks
  }
  const error = new ApiError(response.status, problem);
  if (response.status === 401) session.onUnauthorized(error.message);
  return error;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (!response.ok) throw await refusal(response);
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

/** A file answer (an export, an evidence page) as a blob with the server's file name. */
export async function download(path: string): Promise<{ blob: Blob; filename: string }> {
  const response = await send(path, {});
  if (!response.ok) throw await refusal(response);
  const disposition = response.headers.get("content-disposition") ?? "";
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "download";
  return { blob: await response.blob(), filename };
}

/** The raw response of a streaming endpoint (server-sent events), refusals already turned into ApiError. */
export async function stream(path: string, signal: AbortSignal): Promise<Response> {
  const response = await send(path, { signal });
  if (!response.ok) throw await refusal(response);
  return response;
}
