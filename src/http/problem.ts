import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The closed list of error codes the API returns, each with its one HTTP status. */
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
  upstream_unavailable: { status: 503, title: "A dependency is unavailable" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  /** Where the field is: body, query, path or header. */
  in: string;
  field: string;
  message: string;
}

/** Thrown by verbs and middleware; turned into application/problem+json by the app's error handler. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
  }
}

export function problemJson(
  c: Context,
  code: ProblemCode,
  detail: string,
  errors: FieldError[] = [],
): Response {
  const { status, title } = PROBLEMS[code];
  const body = {
    type: `https://liangyan.dev/problems/${code}`,
    title,
    status,
    code,
    detail,
    instance: c.req.path,
    request_id: c.get("requestId" as never) ?? null,
    ...(errors.length > 0 ? { errors } : {}),
  };
  return c.newResponse(JSON.stringify(body), status, { "content-type": "application/problem+json" });
}
