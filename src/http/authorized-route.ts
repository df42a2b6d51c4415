import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import { can, type Permission } from "../auth/permissions.ts";
import { DomainError } from "../domain/errors.ts";
import { refineStorableStrings } from "../domain/storable-text.ts";
import type { AppEnv } from "./app-env.ts";

const problemContent = {
  "application/problem+json": {
    schema: {
      type: "object" as const,
      properties: {
        type: { type: "string" as const },
        title: { type: "string" as const },
        status: { type: "integer" as const },
      },
    },
  },
};

const SHARED_ERRORS = {
  400: { description: "Invalid request (the failing fields are listed)", content: problemContent },
  401: { description: "Missing or unknown API key", content: problemContent },
  403: { description: "The key's role lacks the permission", content: problemContent },
  413: { description: "Body too large (LIANGYAN_MAX_BODY_BYTES)", content: problemContent },
  415: { description: "Body is not JSON", content: problemContent },
  422: {
    description: "A text is longer than the limit the field documents (maxLength)",
    content: problemContent,
  },
  429: { description: "Too many failed authentications; see Retry-After", content: problemContent },
} as const;

type RequestParts = NonNullable<RouteConfig["request"]>;

function storable<T>(schema: T): T {
  const zod = schema as unknown as z.ZodType;
  return (typeof zod?.superRefine === "function" ? zod.superRefine(refineStorableStrings) : schema) as T;
}

/**
 * Every string a client sends (path, query, body) passes the same storable-text refinement, so no route can
 * forget it. A route whose text is only read, never stored (a compliance check), may opt out.
 */
function withStorableStrings(request: RequestParts | undefined): RequestParts | undefined {
  if (!request) return request;
  const content = request.body?.content;
  return {
    ...request,
    ...(request.params ? { params: storable(request.params) } : {}),
    ...(request.query ? { query: storable(request.query) } : {}),
    ...(request.body && content
      ? {
          body: {
            ...request.body,
            content: Object.fromEntries(
              Object.entries(content).map(([type, media]) => [
                type,
                media && "schema" in media && media.schema
                  ? { ...media, schema: storable(media.schema) }
                  : media,
              ]),
            ),
          },
        }
      : {}),
  } as RequestParts;
}

/** Checks the route's permission before anything else runs; no actor or no grant means refusal. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!actor) throw new DomainError("unauthorized", "send Authorization: Bearer <key>");
    if (!can(actor.role, permission)) {
      throw new DomainError("forbidden", `role '${actor.role}' lacks the permission '${permission}'`);
    }
    await next();
  };
}

/**
 * Every /v1 route is declared through this: the permission is part of the route's type, so a route cannot
 * be written without one, and it is published in the OpenAPI document as x-permission.
 */
export function authorizedRoute<const R extends RouteConfig>(
  config: R & { permission: Permission; acceptsAnyText?: boolean },
): R {
  const { permission, acceptsAnyText, ...route } = config;
  // The permission is checked by middleware the route type does not need to know about, so the route keeps
  // its own inferred request and response types.
  return createRoute({
    ...route,
    request: acceptsAnyText ? route.request : withStorableStrings(route.request),
    middleware: [requirePermission(permission)],
    security: [{ bearer: [] }],
    "x-permission": permission,
    responses: { ...SHARED_ERRORS, ...route.responses },
  } as unknown as R) as R;
}
