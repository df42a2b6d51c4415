// What an error may say in a log. Database errors carry the statement's parameters (draft bodies, customer
// text) and value-bearing details; none of that is kept. Quoted values in messages are masked too
// (`invalid input syntax for type timestamp: "…"`), since they echo client input.

export interface SafeError {
  type: string;
  /** SQLSTATE or Node error code, when there is one */
  code?: string;
  message: string;
  /** the call stack without its message line */
  stack?: string;
  /** table and constraint names: schema facts, no values */
  table?: string;
  constraint?: string;
  cause?: SafeError;
}

const QUOTED = /"[^"]*"|'[^']*'|«[^»]*»/g;
const MAX_MESSAGE = 300;

/** Masks quoted values (client input a database echoes) and bounds the length. */
export function maskValues(message: string): string {
  return message.replace(QUOTED, '"…"').slice(0, MAX_MESSAGE);
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: "a non-Error value was thrown" };
  const fields = error as Error & { code?: unknown; table?: unknown; constraint?: unknown };
  const frames = error.stack?.split("\n").filter((line) => /^\s+at /.test(line));
  return {
    type: error.name,
    ...(typeof fields.code === "string" ? { code: fields.code } : {}),
    message: maskValues(error.message),
    ...(frames && frames.length > 0 ? { stack: frames.slice(0, 12).join("\n") } : {}),
    ...(typeof fields.table === "string" ? { table: fields.table } : {}),
    ...(typeof fields.constraint === "string" ? { constraint: fields.constraint } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: safeError(error.cause, depth + 1) } : {}),
  };
}
