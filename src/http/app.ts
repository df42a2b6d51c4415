import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { authenticate } from "../auth/api-keys.ts";
import type { AppContext } from "../context.ts";
import { DomainError, type FieldError } from "../domain/errors.ts";
import type { AppEnv } from "./app-env.ts";
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

export type App = OpenAPIHono<AppEnv>;

/** Built once at start: routes, middleware and the OpenAPI document, over one shared context. */
export function createApp(context: AppContext): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = fieldErrors(result.target, result.error.issues);
        const summary = errors.map((e) => `${e.in}.${e.field}: ${e.message}`).join("; ");
        return problemJson(c, "invalid_request", summary, errors);
      }
    },
  });

  app.use("*", async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    c.set("context", context);
    await next();
    c.header("x-request-id", requestId);
  });

  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: context.config.LIANGYAN_MAX_BODY_BYTES,
      onError: () => {
        throw new DomainError(
          "payload_too_large",
          `the body exceeds ${context.config.LIANGYAN_MAX_BODY_BYTES} bytes (LIANGYAN_MAX_BODY_BYTES)`,
        );
      },
    }),
  );

  app.use("/v1/*", async (c, next) => {
    const hasBody = c.req.header("content-length") !== "0" && c.req.raw.body !== null;
    if (["POST", "PUT", "PATCH"].includes(c.req.method) && hasBody) {
      const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim() ?? "";
      if (!BODY_TYPES.test(mediaType)) {
        throw new DomainError(
          "unsupported_media_type",
          `send the body as application/json (got '${mediaType || "no content type"}')`,
          [{ in: "header", field: "content-type", message: "expected application/json" }],
        );
      }
    }
    await next();
  });

  // Every /v1 call needs a valid key; the route's own permission check comes next.
  app.use("/v1/*", async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new DomainError("unauthorized", "send Authorization: Bearer <key>");
    const actor = await authenticate(context.db, match[1]);
    if (!actor) throw new DomainError("unauthorized", "the API key is unknown or revoked");
    c.set("actor", actor);
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof DomainError) {
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
    console.error(`[${c.get("requestId")}] ${c.req.method} ${c.req.path}:`, error);
    return problemJson(c, "internal", "an internal error occurred; quote the request_id when reporting it");
  });

  app.notFound((c) => problemJson(c, "not_found", `no route for ${c.req.method} ${c.req.path}`));

  app.route("/", healthRoutes());
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
        "Compliant, grounded private-domain copy with human review. Errors are application/problem+json.",
    },
  });
  app.route("/", docsRoutes());
  return app;
}
