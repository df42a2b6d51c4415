import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { DomainErrorCode, FieldError } from "../domain/errors.ts";

/** How HTTP says each domain error: one status and one title per code, in one place. */
export const PROBLEMS = {
  invalid_request: { status: 400, title: "The request is not valid" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  unauthorized: { status: 401, title: "An API key is required" },
  forbidden: { status: 403, title: "Your role does not allow this" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "The resource is not in a state that allows this" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  unprocessable: { status: 422, title: "The request cannot be processed" },
  rate_limited: { status: 429, title: "Too many requests" },
  overloaded: { status: 503, title: "The service is busy" },
  upstream_unavailable: { status: 503, title: "A dependency is unavailable" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<DomainErrorCode, { status: ContentfulStatusCode; title: string }>;

export type ProblemCode = DomainErrorCode;

export function problemJson(
  c: Context,
  code: ProblemCode,
  detail: string,
  errors: FieldError[] = [],
  extensions: Record<string, unknown> = {},
): Response {
  const { status, title } = PROBLEMS[code];
  const body = {
    ...extensions,
    type: `https://liangyan.dev/problems/${code}`,
    title,
    status,
    code,
    detail,
    instance: c.req.path,
    request_id: c.get("requestId" as never) ?? null,
    ...(errors.length > 0 ? { errors } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  // 429 and 503 say when to come back, in the header clients and proxies read as well as in the body
  if (typeof extensions.retry_after === "number") headers["retry-after"] = String(extensions.retry_after);
  return c.newResponse(JSON.stringify(body), status, headers);
}
