import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import { type Span, sentenceSpans } from "./sentence-spans.ts";

const DEFAULT_MAX_CHARS = 300;
// Clause marks first, so an over-long sentence is cut between clauses rather than inside words.
const CLAUSE_SEPARATORS = ["，", "、", " ", ""];
// langchain keeps a separator at the start of the next piece; it reads better at the end of the previous.
const TRAILING_MARKS = new Set(["，", "、"]);

/**
 * Chunks for embedding. Text of at most `maxChars` characters is one chunk. Longer text is packed from
 * whole sentences into chunks of at most `maxChars`; only a sentence longer than that is cut, between
 * clauses, by langchain's RecursiveCharacterTextSplitter. Each chunk is a trimmed slice of the text (line
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
    else units.push(...(await splitLongSentence(text, span, maxChars)));
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

/** Cuts one over-long sentence into spans of at most maxChars, between clauses where it can. */
async function splitLongSentence(text: string, span: Span, maxChars: number): Promise<Span[]> {
  const sentence = text.slice(span.start, span.end);
  // One character of room for the clause mark moved back onto each piece below.
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: maxChars - 1,
    chunkOverlap: 0,
    separators: CLAUSE_SEPARATORS,
  });
  const pieces = await splitter.splitText(sentence);
  // The splitter only trims its pieces, so each is found in order; the sentence is then cut where each
  // piece starts, which keeps every character (the whitespace it trimmed included) in some span.
  const cuts: number[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const at = sentence.indexOf(piece, cursor);
    if (at < 0) return fixedWidthSpans(text, span, maxChars);
    let cut = at;
    if (TRAILING_MARKS.has(sentence.charAt(cut))) cut++;
    if (isLowSurrogate(sentence.charCodeAt(cut))) cut++;
    if (cut > 0 && cut > (cuts.at(-1) ?? 0)) cuts.push(cut);
    cursor = at + piece.length;
  }
  const bounds = [0, ...cuts, sentence.length];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = sentence.slice(bounds[i], bounds[i + 1]);
    const from = span.start + (bounds[i] ?? 0) + (part.length - part.trimStart().length);
    const to = span.start + (bounds[i] ?? 0) + part.trimEnd().length;
    if (to > from) spans.push({ start: from, end: to });
  }
  return spans;
}

/** Fallback should the splitter ever rewrite its pieces: plain cuts every maxChars, still lossless. */
function fixedWidthSpans(text: string, span: Span, maxChars: number): Span[] {
  const spans: Span[] = [];
  for (let start = span.start; start < span.end; ) {
    let end = Math.min(start + maxChars, span.end);
    if (end < span.end && isLowSurrogate(text.charCodeAt(end))) end--;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
