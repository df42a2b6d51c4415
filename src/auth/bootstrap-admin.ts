import type { Database } from "../db/database.ts";
import { insertApiKey } from "./api-keys.ts";

// One number for "who creates the first admin", beside the migration lock (7265406) and the vector index's.
const FIRST_ADMIN_LOCK = 7265408;

/**
 * On a database with no actors at all nobody could call the API, and the embedded database is held by the
 * serving process, so the CLI cannot add a key either: the first start creates one admin key. Several
 * processes may start at once against one empty server, so counting and creating happen in one transaction
 * under an advisory lock: exactly one of them creates the admin, the others see it and return undefined.
 */
export async function bootstrapAdmin(db: Database): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    const { rows } = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM actors");
    if ((rows[0]?.n ?? 0) > 0) return undefined;
    const { key } = await insertApiKey(tx, { name: "first admin", role: "admin" }, { system: "first-start" });
    return key;
  });
}
