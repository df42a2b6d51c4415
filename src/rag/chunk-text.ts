import { type Span, sentenceSpans } from "./sentence-spans.ts";

const DEFAULT_MAX_CHARS = 300;

/**
 * Chunks for embedding. Text of at most `maxChars` characters is one chunk. Longer text is packed from
 * whole sentences into chunks of at most `maxChars`; only a sentence longer than that is cut, between
 * clauses. Each chunk is a trimmed slice of the text (line
 * breaks inside it kept); in order, with no overlap, the chunks hold all of the text but the whitespace
 * between them. `overlapSentences` repeats that many trailing sentences of a chunk at the start of the
 * next (as many as fit), so a fact that spans a boundary is found from either side.
 */
export async function chunkText(
  text: string,
  options: { maxChars?: number; overlapSentences?: number } = {},
): Promise<string[]> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const overlapSentences = options.overlapSentences ?? 0;
  if (!Number.isInteger(maxChars) || maxChars < 2) throw new RangeError(`maxChars must be an integer ≥ 2`);
  if (!Number.isInteger(overlapSentences) || overlapSentences < 0) {
    throw new RangeError(`overlapSentences must be an integer ≥ 0`);
  }
  const trimmed = text.trim();
  if (trimmed.length <= maxChars) return trimmed ? [trimmed] : [];
  const units: Span[] = [];
  for (const span of sentenceSpans(text)) {
    if (span.end - span.start <= maxChars) units.push(span);
    else units.push(...splitLongSentence(text, span, maxChars));
  }
  return packUnits(text, units, maxChars, overlapSentences).map((span) => text.slice(span.start, span.end));
}

/** Greedy packing: each chunk takes as many following units as fit in maxChars. */
function packUnits(text: string, units: Span[], maxChars: number, overlap: number): Span[] {
  const chunks: Span[] = [];
  const fits = (from: number, to: number) => (units[to]?.end ?? 0) - (units[from]?.start ?? 0) <= maxChars;
  let first = 0;
  while (first < units.length) {
    let last = first;
    while (last + 1 < units.length && fits(first, last + 1)) last++;
    chunks.push({ start: units[first]?.start ?? 0, end: units[last]?.end ?? text.length });
    if (last + 1 >= units.length) break;
    // Start the next chunk up to `overlap` units back, but always move forward and leave room for a new unit.
    let next = Math.max(first + 1, last + 1 - overlap);
    while (next <= last && !fits(next, last + 1)) next++;
    first = next;
  }
  return chunks;
}

/**
 * Cuts one over-long sentence into spans of at most maxChars: each cut goes after the last clause mark (，、
 * or a space) that fits, so clauses stay whole where they can; a clause longer than maxChars is cut at
 * maxChars (never between the halves of a surrogate pair). Spans are trimmed; every other character is kept.
 */
function splitLongSentence(text: string, span: Span, maxChars: number): Span[] {
  const spans: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    while (start < span.end && /\s/.test(text.charAt(start))) start++;
    if (start >= span.end) break;
    let end = Math.min(start + maxChars, span.end);
    if (end < span.end) {
      const window = text.slice(start, end);
      const mark = Math.max(window.lastIndexOf("，"), window.lastIndexOf("、"), window.lastIndexOf(" "));
      if (mark > 0) end = start + mark + 1;
      else if (isLowSurrogate(text.charCodeAt(end))) end--;
    }
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(text.charAt(trimmedEnd - 1))) trimmedEnd--;
    spans.push({ start, end: trimmedEnd });
    start = end;
  }
  return spans;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
