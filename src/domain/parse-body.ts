// A verb's request body, checked against its schema: a bad body is an invalid_request naming every field, the
// same error whether the body came over HTTP, from the CLI or from a job row.
import type { z } from "zod";
import { DomainError } from "./errors.ts";

export function parseBody<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    in: "body",
    field: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  throw new DomainError(
    "invalid_request",
    errors.map((error) => `${error.field}: ${error.message}`).join("; "),
    errors,
  );
}
