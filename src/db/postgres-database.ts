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
  options: { maxConnections?: number; searchPath?: string } = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    types,
    // Startup options, so the settings hold before the first query and cost no extra round trip.
    options: options.searchPath
      ? `${SESSION_SETTINGS_OPTIONS} -c search_path=${options.searchPath}`
      : SESSION_SETTINGS_OPTIONS,
  });
  // An idle client that loses its server must not crash the process as an unhandled 'error' event.
  pool.on("error", (error) => console.error(`postgres pool: ${error.message}`));
  await pool.query("SELECT 1");
  const listeners = notificationListeners(connectionString);
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
    listen: (channel, onMessage) => listeners.add(channel, onMessage),
    async close() {
      await listeners.close();
      await pool.end();
    },
  };
}

/**
 * LISTEN needs a connection of its own for as long as anyone listens (a pooled one would be handed to other
 * queries). It is opened on the first listen, and reopened with a backoff when the server drops it.
 */
function notificationListeners(connectionString: string) {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString });
    next.on("notification", (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    next.on("error", (error) => {
      console.error(`postgres listener: ${error.message}`);
      if (client === next) reconnect();
    });
    await next.connect();
    for (const channel of handlers.keys()) await next.query(`LISTEN "${channel}"`);
    return next;
  };

  const reconnect = () => {
    client = undefined;
    connecting = undefined;
    const attempt = (delayMs: number) => {
      if (closed) return;
      setTimeout(() => {
        ensure()
          .then(() => {
            for (const set of handlers.values()) for (const handler of set) handler("");
          })
          .catch(() => attempt(Math.min(delayMs * 2, 30_000)));
      }, delayMs).unref();
    };
    attempt(500);
  };

  const ensure = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= connect().then(
      (ready) => {
        client = ready;
        return ready;
      },
      (error: unknown) => {
        connecting = undefined;
        throw error;
      },
    );
    return connecting;
  };

  return {
    async add(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
      const isNew = !handlers.has(channel);
      const set = handlers.get(channel) ?? new Set();
      set.add(onMessage);
      handlers.set(channel, set);
      const ready = await ensure();
      if (isNew) await ready.query(`LISTEN "${channel}"`);
      return async () => {
        set.delete(onMessage);
        if (set.size > 0) return;
        handlers.delete(channel);
        await client?.query(`UNLISTEN "${channel}"`).catch(() => {});
      };
    },
    async close() {
      closed = true;
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}
