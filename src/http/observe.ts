// One middleware for what an operator sees of each request: its id (taken from x-request-id when sane), a
// logger bound to it, the access log line and the request metrics. Only the method, the route pattern, the
// path, the status and the time are recorded: never a body, a query string or a header value.
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { AppEnv } from "./app-env.ts";

const MAX_LOGGED_PATH = 200;

/** The route pattern that answered (/v1/drafts/:id), so metrics do not get a label per id. */
export function routeOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const routes = matchedRoutes(c).filter((route) => route.method !== "ALL" && route.path !== "*");
  return routes.at(-1)?.path ?? "(unmatched)";
}

export function observe(logger: Logger, metrics: Metrics | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    const log = logger.child({ request_id: requestId });
    c.set("log", log);
    try {
      await next();
    } finally {
      c.header("x-request-id", requestId);
      const route = routeOf(c);
      const status = c.res.status;
      const seconds = (performance.now() - started) / 1000;
      metrics?.requests.inc({ method: c.req.method, route, status: String(status) });
      metrics?.duration.observe({ method: c.req.method, route }, seconds);
      const actor = c.get("actor");
      log.info(
        {
          kind: "access",
          method: c.req.method,
          route,
          path: c.req.path.slice(0, MAX_LOGGED_PATH),
          status,
          duration_ms: Math.round(seconds * 1000 * 10) / 10,
          ...(actor ? { actor_id: actor.id } : {}),
        },
        "request",
      );
    }
  };
}
