// JSON logs (pino), one line per event. What may be logged is decided where a line is written: ids, routes,
// statuses, durations and error kinds. Request bodies, SQL parameters, keys and customer text never are;
// the redaction below is the second line of defence for fields that must never appear by name.
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Field names whose values are replaced wherever they appear at these depths. */
export const REDACTED_PATHS = [
  "key",
  "api_key",
  "apiKey",
  "authorization",
  "password",
  "params",
  "body",
  "text",
  "detail",
  "query",
  "*.key",
  "*.api_key",
  "*.apiKey",
  "*.authorization",
  "*.password",
  "*.params",
  "*.body",
  "*.text",
  "*.detail",
  "*.query",
  "headers.authorization",
  "*.headers.authorization",
];

export interface LoggerOptions {
  level?: string;
  /** where lines go; default stdout */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: "liangyan" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that writes nothing: for tests and tools that build an app without wanting its logs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
