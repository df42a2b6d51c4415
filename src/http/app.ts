import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { authenticate, keyPrefix } from "../auth/api-keys.ts";
import type { AuthThrottle } from "../auth/auth-throttle.ts";
import type { CheckPool } from "../check-pool/check-pool.ts";
import type { AppContext } from "../context.ts";
import { DomainError, type FieldError } from "../domain/errors.ts";
import { type Logger, silentLogger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { safeError } from "../observability/safe-error.ts";
import type { AppEnv } from "./app-env.ts";
import { clientAddress } from "./client-address.ts";
import { observe, routeOf } from "./observe.ts";
import { problemJson } from "./problem.ts";
import { complianceRoutes } from "./routes/compliance.ts";
import { docsRoutes } from "./routes/docs.ts";
import { draftVersionRoutes } from "./routes/draft-versions.ts";
import { generateRoutes } from "./routes/generate.ts";
import { healthRoutes } from "./routes/health.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { keyRoutes } from "./routes/keys.ts";
import { libraryRoutes } from "./routes/library.ts";
import { planRoutes } from "./routes/plans.ts";
import { reviewRoutes } from "./routes/review.ts";

const BODY_TYPES = /^(application\/([\w.-]+\+)?json|multipart\/form-data)$/i;
/** A refused body up to this size is read and dropped, so the connection stays usable (keep-alive). */
const DRAIN_REFUSED_BODY_BYTES = 16 * 1024 * 1024;

/** Turns zod issues from any request part into field errors that name the part and the field. */
export function fieldErrors(
  target: string,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): FieldError[] {
  const where = target === "json" || target === "form" ? "body" : target === "param" ? "path" : target;
  return issues.map((issue) => ({
    in: where,
    field: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  maximum?: number | bigint;
}

/** A text over its documented length is a 422 that names the field and the limit, not a generic 400. */
function tooLongTexts(issues: readonly Issue[]): Array<{ field: string; maximum: number }> | undefined {
  const long = issues.filter((issue) => issue.code === "too_big" && issue.origin === "string");
  if (long.length === 0 || long.length !== issues.length) return undefined;
  return long.map((issue) => ({ field: issue.path.map(String).join("."), maximum: Number(issue.maximum) }));
}

export type App = OpenAPIHono<AppEnv>;

export interface AppOptions {
  logger?: Logger;
  metrics?: Metrics;
  /** worker threads for long compliance checks; without it checks run on the request thread */
  checkPool?: CheckPool;
  /** refuses clients with too many failed authentications; without it nobody is throttled */
  throttle?: AuthThrottle;
  /** aborted when the server starts shutting down */
  shutdown?: AbortSignal;
  /** whether the process is ready for traffic (false while starting or draining) */
  ready?: () => boolean;
}

async function drainBody(c: Context<AppEnv>): Promise<boolean> {
  const length = Number(c.req.header("content-length") ?? Number.NaN);
  if (!(length <= DRAIN_REFUSED_BODY_BYTES) || !c.req.raw.body || c.req.raw.bodyUsed) return false;
  try {
    const reader = c.req.raw.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {}
    return true;
  } catch {
    return false;
  }
}

/** Built once at start: routes, middleware and the OpenAPI document, over one shared context. */
export function createApp(context: AppContext, options: AppOptions = {}): App {
  const logger = options.logger ?? silentLogger();
  const shutdown = options.shutdown ?? new AbortController().signal;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues as unknown as Issue[];
        const errors = fieldErrors(result.target, issues);
        const summary = errors.map((e) => `${e.in}.${e.field}: ${e.message}`).join("; ");
        const long = tooLongTexts(issues);
        if (long) {
          const limits = long.map((entry) => `${entry.field} is limited to ${entry.maximum} characters`);
          return problemJson(
            c,
            "unprocessable",
            `${limits.join("; ")} (see maxLength in /openapi.json)`,
            errors,
            {
              limits: long,
            },
          );
        }
        return problemJson(c, "invalid_request", summary, errors);
      }
    },
  });

  app.use("*", observe(logger, options.metrics));
  app.use("*", async (c, next) => {
    c.set("context", context);
    c.set("checkPool", options.checkPool);
    c.set("shutdown", shutdown);
    await next();
    // while stopping, answers close their connection, so clients reconnect to a process that stays
    if (shutdown.aborted) c.header("connection", "close");
  });

  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: context.config.LIANGYAN_MAX_BODY_BYTES,
      onError: () => {
        throw new DomainError(
          "payload_too_large",
          `the body exceeds ${context.config.LIANGYAN_MAX_BODY_BYTES} bytes (LIANGYAN_MAX_BODY_BYTES)`,
          [],
          { limit_bytes: context.config.LIANGYAN_MAX_BODY_BYTES },
        );
      },
    }),
  );

  app.use("/v1/*", async (c, next) => {
    if (["POST", "PUT", "PATCH"].includes(c.req.method)) {
      // An empty body is no body: a POST that needs none (approve, cancel) may send Content-Type with it.
      if (c.req.header("content-length") === "0" && c.req.header("content-type")) {
        const headers = new Headers(c.req.raw.headers);
        headers.delete("content-type");
        c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers, signal: c.req.raw.signal });
      }
      const hasBody = c.req.header("content-length") !== "0" && c.req.raw.body !== null;
      if (hasBody) {
        const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim() ?? "";
        if (!BODY_TYPES.test(mediaType)) {
          throw new DomainError(
            "unsupported_media_type",
            `send the body as application/json (got '${mediaType || "no content type"}')`,
            [{ in: "header", field: "content-type", message: "expected application/json" }],
          );
        }
      }
    }
    await next();
  });

  // Every /v1 call needs a valid key; the route's own permission check comes next. A client address or key
  // prefix with too many failures is refused before its key is looked at.
  app.use("/v1/*", async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const key = match?.[1];
    const who = { address: clientAddress(c), prefix: key ? keyPrefix(key) : undefined };
    if (options.throttle) {
      const wait = await options.throttle.retryAfter(who);
      if (wait > 0) {
        options.metrics?.authFailures.inc({ outcome: "throttled" });
        throw new DomainError(
          "rate_limited",
          `too many failed authentications from this address or for this key; retry in ${wait} s`,
          [],
          { retry_after: wait },
        );
      }
    }
    const actor = key ? await authenticate(context.db, key) : undefined;
    if (!actor) {
      options.metrics?.authFailures.inc({ outcome: "refused" });
      await options.throttle?.recordFailure(who);
      if (!key) throw new DomainError("unauthorized", "send Authorization: Bearer <key>");
      throw new DomainError("unauthorized", "the API key is unknown, revoked or expired");
    }
    c.set("actor", actor);
    await next();
  });

  app.onError(async (error, c) => {
    if (error instanceof DomainError) {
      if (error.code === "payload_too_large" && !(await drainBody(c))) c.header("connection", "close");
      return problemJson(c, error.code, error.detail, error.errors, error.extensions);
    }
    if (error instanceof HTTPException) {
      if (error.status === 400 && /json/i.test(error.message)) {
        return problemJson(c, "malformed_json", "the body could not be parsed as JSON", [
          { in: "body", field: "(root)", message: "malformed JSON" },
        ]);
      }
      if (error.status === 413) return problemJson(c, "payload_too_large", error.message);
      return problemJson(c, error.status === 404 ? "not_found" : "invalid_request", error.message);
    }
    // Never echo an internal message to the client; the request id ties the log line to the response.
    c.get("log")?.error({ err: safeError(error), route: routeOf(c) }, "request failed");
    return problemJson(c, "internal", "an internal error occurred; quote the request_id when reporting it");
  });

  app.notFound((c) => problemJson(c, "not_found", `no route for ${c.req.method} ${c.req.path}`));

  app.route("/", healthRoutes({ metrics: options.metrics, ready: options.ready, shutdown }));
  app.route("/", keyRoutes());
  app.route("/", libraryRoutes());
  app.route("/", complianceRoutes());
  app.route("/", generateRoutes());
  app.route("/", planRoutes());
  app.route("/", draftVersionRoutes());
  app.route("/", jobRoutes());
  app.route("/", reviewRoutes());

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Liangyan (良言) API",
      version: "0.1.0",
      description:
        "Compliant, grounded private-domain copy with human review. Errors are application/problem+json. " +
        `Bodies are limited to ${context.config.LIANGYAN_MAX_BODY_BYTES} bytes (413 above); every text field ` +
        "documents its longest accepted length as maxLength (422 above, naming the field and the limit).",
    },
  });
  app.route("/", docsRoutes());
  return app;
}
