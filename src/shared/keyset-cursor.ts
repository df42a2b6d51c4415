// Keyset paging for every list: a cursor is the sort key of the last row a page showed, opaque to the client
// (base64url JSON). It is client input when it comes back, so each part is checked against the shape the list
// expects before it reaches SQL: a time Postgres can read, an id it can store, an integer.
import { DomainError } from "../domain/errors.ts";
import { unstorableCharacter } from "../domain/storable-text.ts";

export type CursorPart = "time" | "id" | "int";
export type CursorValue = string | number;

// created_at::text as Postgres prints it (2026-11-29 08:00:00.123456+00), or ISO 8601.
const TIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function isTime(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const match = TIME.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  time: isTime,
  // ids we issue are far shorter than 200; NUL and lone surrogates are what Postgres cannot store
  id: (value) => typeof value === "string" && value.length <= 200 && !unstorableCharacter(value),
  int: (value) => typeof value === "number" && Number.isSafeInteger(value),
};

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The parts of a cursor this API issued for a list of this shape; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): CursorValue[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === shape.length &&
    shape.every((part, index) => CHECKS[part](value[index]))
  ) {
    return value as CursorValue[];
  }
  throw new DomainError("invalid_request", "the cursor is not one this API returned for this list", [
    { in: "query", field: "cursor", message: "invalid cursor" },
  ]);
}

/** One page out of `limit + 1` rows: the extra row only says that there is a next page. */
export function pageOf<Row>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly CursorValue[],
): { rows: Row[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next_cursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
