import { z } from "zod";

// Environment values arrive as strings; an empty string means "not set", so `FOO=` in a .env file falls
// back to the default instead of failing or, worse, becoming a real empty value.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const ConfigSchema = z.object({
  PORT: optional(integer(0, 65535)).default(8787),
  HOST: optional(z.string()).default("127.0.0.1"),
  LIANGYAN_DATA_DIR: optional(z.string()).default("./data"),
  LIANGYAN_CONTENT_DIR: optional(z.string()).default("./content-library"),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, "expected a postgres:// or postgresql:// connection URL"),
  ),
  DATABASE_MAX_CONNECTIONS: optional(integer(1, 200)).default(10),
  LIANGYAN_MAX_BODY_BYTES: optional(integer(1024, 50 * 1024 * 1024)).default(512 * 1024),
  /** trace, debug, info, warn, error, fatal or silent */
  LOG_LEVEL: optional(z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"])).default("info"),
  /** how long SIGTERM waits for requests and streams in flight before closing them */
  LIANGYAN_SHUTDOWN_GRACE_MS: optional(integer(0, 600_000)).default(10_000),
  /** worker threads for compliance checks of long texts; default: cores - 1 */
  LIANGYAN_CHECK_THREADS: optional(integer(1, 256)),
  /** long checks that may wait for a thread before new ones get 503; default 8 per thread */
  LIANGYAN_CHECK_QUEUE: optional(integer(1, 10_000)),
  /** failed authentications allowed per client address, and per key prefix, in one window */
  LIANGYAN_AUTH_FAILURES_PER_ADDRESS: optional(integer(1, 100_000)).default(20),
  LIANGYAN_AUTH_FAILURES_PER_PREFIX: optional(integer(1, 100_000)).default(10),
  LIANGYAN_AUTH_WINDOW_SECONDS: optional(integer(1, 86_400)).default(60),
  /** where the first start leaves the first admin key when no terminal is attached (mode 0600) */
  LIANGYAN_FIRST_ADMIN_KEY_FILE: optional(z.string()),
  LLM_BASE_URL: optional(z.url({ error: "expected an http(s) URL such as https://api.deepseek.com/v1" })),
  LLM_API_KEY: optional(z.string()),
  LLM_MODEL: optional(z.string()),
  LLM_TIMEOUT_MS: optional(integer(100, 600_000)).default(30_000),
  LLM_MAX_RETRIES: optional(integer(0, 10)).default(2),
  LLM_CONCURRENCY: optional(integer(1, 256)).default(4),
  JUDGE_MODEL: optional(z.string()),
  EMBEDDING_BASE_URL: optional(z.url({ error: "expected an http(s) URL" })),
  EMBEDDING_API_KEY: optional(z.string()),
  EMBEDDING_MODEL: optional(z.string()),
  EMBEDDING_DIMENSIONS: optional(integer(8, 8192)),
  /** The key the CLI acts with for generate, plan and bulk (instead of --key). */
  LIANGYAN_API_KEY: optional(z.string()),
  /** Price table (YAML or JSON) for job cost estimates; default ./prices.yaml when present. */
  LIANGYAN_PRICES_FILE: optional(z.string()),
  /**
   * A stable name for this process's job worker (a pod or unit name). A worker that restarts under the same
   * name takes back the items its previous run held at once instead of waiting for their leases to lapse.
   * Two live processes must never share one.
   */
  LIANGYAN_WORKER_ID: optional(
    z.string().regex(/^[\w.:@-]{1,100}$/, "expected 1-100 of a-z, 0-9, _ . : @ -"),
  ),
  /** How long a job item stays with a worker that stopped renewing it (crashed) before others take it. */
  LIANGYAN_WORKER_LEASE_SECONDS: optional(integer(3, 3600)).default(30),
});

export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value names the variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const config = parsed.data;
  if (config.LLM_MODEL && !config.LLM_API_KEY && !config.LLM_BASE_URL) {
    throw new ConfigError(
      "invalid configuration:\n  LLM_API_KEY: required when LLM_MODEL is set (or set LLM_BASE_URL for a keyless local server)",
    );
  }
  if (
    config.EMBEDDING_MODEL &&
    !config.EMBEDDING_API_KEY &&
    !config.EMBEDDING_BASE_URL &&
    !config.LLM_API_KEY
  ) {
    throw new ConfigError(
      "invalid configuration:\n  EMBEDDING_API_KEY: required when EMBEDDING_MODEL is set",
    );
  }
  return config;
}
