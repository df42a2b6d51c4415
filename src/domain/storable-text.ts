// PostgreSQL cannot store U+0000 in text or jsonb, and a lone UTF-16 surrogate is not a character at all
// (text would silently get U+FFFD, jsonb refuses it). Client strings with either are refused where they
// arrive, naming the field, instead of failing deep in a query as a 500.
import type { z } from "zod";

/** The first offset of a character Postgres cannot store, with what it is; undefined when there is none. */
export function unstorableCharacter(text: string): { index: number; what: string } | undefined {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0) return { index, what: "a NUL character (U+0000)" };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return { index, what: "a lone surrogate (not a Unicode character)" };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff)
      return { index, what: "a lone surrogate (not a Unicode character)" };
  }
  return undefined;
}

const MAX_DEPTH = 64;

/**
 * The one refinement every request schema gets (src/http/authorized-route.ts adds it): every string
 * anywhere in the value, keys included, must be storable. Issues carry the path of the string.
 */
export function refineStorableStrings(value: unknown, context: z.RefinementCtx): void {
  const visit = (item: unknown, path: PropertyKey[], depth: number) => {
    if (typeof item === "string") {
      const bad = unstorableCharacter(item);
      if (bad) {
        context.addIssue({
          code: "custom",
          path,
          message: `contains ${bad.what} at character ${bad.index}; it cannot be stored`,
        });
      }
      return;
    }
    if (depth > MAX_DEPTH || item === null || typeof item !== "object") return;
    if (Array.isArray(item)) {
      for (const [index, entry] of item.entries()) visit(entry, [...path, index], depth + 1);
      return;
    }
    if (!isPlainObject(item)) return;
    for (const [key, entry] of Object.entries(item)) {
      visit(key, [...path, key], depth + 1);
      visit(entry, [...path, key], depth + 1);
    }
  };
  visit(value, [], 0);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
