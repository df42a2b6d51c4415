import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import type { Database, Queryable } from "./database.ts";
import { SESSION_SETTINGS_SQL } from "./session-settings.ts";

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query(sql, params) {
      const result = await target.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as never[] };
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}

/** Opens the embedded database in `dataDir`, or in memory when `dataDir` is "memory://". */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: { vector } });
  return fromPglite(pglite, () => pglite.close());
}

/** Wraps an already open PGlite (tests serve one over a socket as well). */
export function fromPglite(pglite: PGlite, close: () => Promise<void>): Database {
  const base = wrap(pglite);
  // PGlite is one session for the life of the instance; the settings hold for every later query.
  pglite
    .exec(SESSION_SETTINGS_SQL)
    .catch((error: Error) => console.error(`pglite session settings: ${error.message}`));
  return {
    kind: "pglite",
    ...base,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    listen: (channel, onMessage) => pglite.listen(channel, onMessage),
    close,
  };
}
