import type { Socket } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { App } from "./app.ts";
import { clientErrorResponse } from "./client-error.ts";

/**
 * Listens with the app. Requests Node refuses before the app sees them (headers too large, a malformed
 * request line) still get problem+json, and the connection is closed since its state is unknown.
 */
export function serveApp(
  app: App,
  address: { port: number; hostname: string },
  onListening?: (port: number) => void,
): ServerType {
  const server = serve({ fetch: app.fetch, port: address.port, hostname: address.hostname }, (info) =>
    onListening?.(info.port),
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (socket.writable && !socket.destroyed) socket.end(clientErrorResponse(error.code));
    else socket.destroy();
  });
  return server;
}
