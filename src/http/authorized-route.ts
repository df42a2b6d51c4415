import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { can, type Permission } from "../auth/permissions.ts";
import { DomainError } from "../domain/errors.ts";
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
  413: { description: "Body too large", content: problemContent },
  415: { description: "Body is not JSON", content: problemContent },
} as const;

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
export function authorizedRoute<const R extends RouteConfig>(config: R & { permission: Permission }): R {
  const { permission, ...route } = config;
  // The permission is checked by middleware the route type does not need to know about, so the route keeps
  // its own inferred request and response types.
  return createRoute({
    ...route,
    middleware: [requirePermission(permission)],
    security: [{ bearer: [] }],
    "x-permission": permission,
    responses: { ...SHARED_ERRORS, ...route.responses },
  } as unknown as R) as R;
}
