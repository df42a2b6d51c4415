import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address of the peer that connected. Behind a reverse proxy that is the proxy; forwarded headers are not
 * trusted, since any client can send them. Requests made in-process (tests) have no socket: "local".
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}
