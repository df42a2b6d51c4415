// A clause's reading (jieba words, cues, its own hashed features) depends on its folded text, whether a
// question mark follows it and the industry, nothing else. Drafts are made of approved library sentences and
// a bulk job or a plan checks the same clauses over and over, so each is read once and kept: segmenting and
// hashing a clause costs far more than finding it here. Bounded, the oldest out first (it holds more than the
// library's clauses, so a hit is not refreshed).
import { FifoCache } from "../../shared/fifo-cache.ts";
import type { Span } from "./clauses.ts";
import { askedAfter, type ClauseReading } from "./features.ts";

/** More than the whole library's distinct clauses (about 14,000). */
export const MAX_CACHED_READINGS = 20_000;
/** Library clauses are short (99% under 43 units); a longer run, such as a text without punctuation, is read
 * every time, so what the cache holds stays small whatever texts it sees. */
export const MAX_CACHED_CLAUSE = 64;

const readings = new FifoCache<string, ClauseReading>(MAX_CACHED_READINGS);

/** The clause's key, or null for a clause too long to keep. */
export function readingKey(folded: string, span: Span, industry: string | undefined): string | null {
  if (span.end - span.start > MAX_CACHED_CLAUSE) return null;
  return `${industry ?? ""}\u0000${askedAfter(folded, span) ? "?" : ""}\u0000${folded.slice(span.start, span.end)}`;
}

export function cachedReading(key: string | null): ClauseReading | undefined {
  return key === null ? undefined : readings.get(key);
}

export function keepReading(key: string | null, reading: ClauseReading): void {
  if (key !== null) readings.set(key, reading);
}

/** How many readings are kept (tests). */
export function cachedReadingCount(): number {
  return readings.size;
}

/** For tests: the cache starts empty. */
export function clearReadings(): void {
  readings.clear();
}
