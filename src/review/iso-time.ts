/** PGlite and node-postgres both hand back Date objects for timestamptz; the API speaks ISO strings. */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}
