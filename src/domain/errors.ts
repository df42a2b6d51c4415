// The closed list of ways a verb can refuse. The domain names the failure; each front end decides how to say it:
// src/http maps a code to a status and problem+json, src/cli to an exit code. Nothing here knows about either.

export const DOMAIN_ERROR_CODES = [
  "invalid_request",
  "malformed_json",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "unprocessable",
  "rate_limited",
  "overloaded",
  "upstream_unavailable",
  "internal",
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldError {
  /** Where the field is: body, query, path or header. */
  in: string;
  field: string;
  message: string;
}

/** Thrown by verbs (and by the HTTP and CLI layers' own checks) when a request cannot be done as asked. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** Extra machine-readable facts a client may act on (who changed a draft and when, a limit, a retry delay). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = "DomainError";
  }

  /** A refusal of the request itself (fix the request), as opposed to a failure of ours or a dependency. */
  get isClientError(): boolean {
    return !["upstream_unavailable", "overloaded", "internal"].includes(this.code);
  }
}
