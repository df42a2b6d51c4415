/**
 * The one SQL path. PGlite (embedded) and node-postgres (a real server) both sit behind this, so every
 * query in the codebase is written once and runs on both.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onMessage` for every NOTIFY on `channel` by any process on this database, until the returned
   * function is called (or the database is closed). After a lost connection is re-established it is called
   * once with an empty payload, since notifications sent meanwhile are lost: listeners then re-read.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
