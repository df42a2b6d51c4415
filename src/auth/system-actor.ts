import type { Actor } from "./permissions.ts";

/**
 * The operator acting through the machine itself: `liangyan ingest` and `serve --ingest` read a folder on the
 * server's disk with database access, no API key involved. Audit rows name it; it has no key and no row in
 * actors, so nobody can sign in as it over HTTP.
 */
export const SYSTEM_ACTOR: Actor = { id: "system", name: "liangyan (operator on the server)", role: "admin" };
