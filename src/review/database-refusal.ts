// The review triggers of migrations/0004_review.sql refuse with these SQLSTATEs; the verbs turn them into a 409.
const REFUSALS = new Set(["23514", "42501"]); // check_violation, insufficient_privilege

export function isDatabaseRefusal(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    REFUSALS.has(String((error as { code?: unknown }).code ?? "")) &&
    "code" in error
  );
}
