// What Node answers itself, before any route runs, when a request cannot even be parsed: oversized headers
// (431), a bad request line, a timeout. The same problem+json shape as every other error.
const PROBLEMS: Record<string, { status: number; reason: string; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: "Request Header Fields Too Large",
    code: "headers_too_large",
    detail:
      "the request line and headers are too large (URL and query included); send long input in the body",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: "Request Timeout",
    code: "request_timeout",
    detail: "the request was not received in time",
  },
};

const FALLBACK = {
  status: 400,
  reason: "Bad Request",
  code: "malformed_request",
  detail: "the request could not be parsed as HTTP",
};

export function clientErrorResponse(errorCode: string | undefined): string {
  const problem = (errorCode && PROBLEMS[errorCode]) || FALLBACK;
  const body = JSON.stringify({
    type: `https://liangyan.dev/problems/${problem.code}`,
    title: problem.reason,
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
  });
  return [
    `HTTP/1.1 ${problem.status} ${problem.reason}`,
    "Content-Type: application/problem+json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}
