// Character n-gram features of normalized text, hashed into a fixed number of buckets.
import { normalizeTerm } from "../normalize/normalize.ts";

export const BUCKETS = 1 << 18;
export const MIN_N = 2;
export const MAX_N = 3;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Sorted unique buckets present in the text (binary features). */
export function featureBuckets(text: string): number[] {
  const chars = [...normalizeTerm(text)];
  const buckets = new Set<number>();
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= chars.length; i++)
      buckets.add(fnv1a(`${n}:${chars.slice(i, i + n).join("")}`) % BUCKETS);
  }
  return [...buckets].sort((a, b) => a - b);
}
