import pg from "pg";
import type { Database, Queryable } from "./database.ts";
import { SESSION_SETTINGS_OPTIONS } from "./session-settings.ts";

const INT8_OID = 20;

// node-postgres returns int8 as a string (PGlite returns a number); counts and ids never exceed 2^53 here,
// so both paths hand the code numbers. Dates stay as the code selects them (we cast to text in SQL).
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql) {
      await client.query(sql);
    },
  };
}

export async function openPostgresDatabase(
  connectionString: string,
  options: { maxConnections?: number } = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    types,
    // Startup options, so the settings hold before the first query and cost no extra round trip.
    options: SESSION_SETTINGS_OPTIONS,
  });
  // An idle client that loses its server must not crash the process as an unhandled 'error' event.
  pool.on("error", (error) => console.error(`postgres pool: ${error.message}`));
  await pool.query("SELECT 1");
  return {
    kind: "postgres",
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
