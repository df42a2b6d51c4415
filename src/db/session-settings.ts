/**
 * Settings every connection starts with. Filtered vector search relies on pgvector's iterative index scans
 * (see src/rag/vector-search.ts); setting them once per connection saves a transaction and a round trip on
 * every search. Custom GUCs may be set before the extension is loaded: Postgres keeps them as placeholders.
 */
export const SESSION_SETTINGS = {
  // Dates people see and filter by are China dates: a timestamptz cast to date or text, or a date compared
  // with a timestamptz, then means the same on every server, PGlite included (see src/shared/china-time.ts).
  TimeZone: "Asia/Shanghai",
  "hnsw.iterative_scan": "relaxed_order",
  "hnsw.ef_search": "100",
  "hnsw.max_scan_tuples": "5000",
} as const;

export const SESSION_SETTINGS_SQL = Object.entries(SESSION_SETTINGS)
  .map(([name, value]) => `SET ${name} = '${value}';`)
  .join(" ");

/** The same settings as a libpq startup `options` string, applied by the server when a connection opens. */
export const SESSION_SETTINGS_OPTIONS = Object.entries(SESSION_SETTINGS)
  .map(([name, value]) => `-c ${name}=${value}`)
  .join(" ");
