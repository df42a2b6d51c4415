import { resolve } from "node:path";
import type { Config } from "../config/config.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import type { Database } from "./database.ts";
import { migrate } from "./migrate.ts";
import { openPgliteDatabase } from "./pglite-database.ts";
import { openPostgresDatabase } from "./postgres-database.ts";

/**
 * DATABASE_URL selects a real PostgreSQL (any number of processes share it); otherwise the embedded PGlite
 * in the data folder, which one process holds at a time. Migrations run on open, on both paths.
 */
export async function openDatabase(
  config: Pick<Config, "DATABASE_URL" | "LIANGYAN_DATA_DIR" | "DATABASE_MAX_CONNECTIONS">,
  command: string,
): Promise<Database> {
  const db = config.DATABASE_URL
    ? await openPostgresDatabase(config.DATABASE_URL, { maxConnections: config.DATABASE_MAX_CONNECTIONS })
    : await openLockedPglite(config.LIANGYAN_DATA_DIR, command);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openLockedPglite(dataDir: string, command: string): Promise<Database> {
  // An in-memory database is not a folder: resolving "memory://" as a path once created ./memory: on disk.
  if (dataDir.startsWith("memory://")) return openPgliteDatabase(dataDir);
  const dir = resolve(dataDir);
  const release = lockDataDir(dir, command);
  try {
    const db = await openPgliteDatabase(dir);
    return {
      ...db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
