// Normalizes text for matching while remembering, for every output unit, where it came from in the original.
// Skips separators, punctuation, emoji, zero-width and format characters, folds width/case/traditional forms
// and collapses repeated characters. A long run of skipped characters becomes a BREAK so that terms do not
// match across sentences.
import { decodeUnits, foldTable, KEEP, STOP } from "./fold-table.ts";

/** Code unit that no pattern contains: the automaton resets on it, regexes cannot cross it. */
export const BREAK = 0;
/** Skipped units tolerated between two characters of one term (an emoji pair is 2 units). */
export const MAX_SKIP_RUN = 6;

export interface Normalized {
  codes: Uint16Array;
  /** original index of the first unit behind each output unit */
  starts: Int32Array;
  /** original index just after the last unit behind each output unit (repeats included) */
  ends: Int32Array;
  length: number;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

function isEmojiOrSymbol(codePoint: number): boolean {
  return (codePoint >= 0x1f000 && codePoint <= 0x1faff) || (codePoint >= 0xe0000 && codePoint <= 0xe01ef);
}

export function normalize(text: string): Normalized {
  const { fold, kind } = foldTable();
  const size = text.length;
  const codes = new Uint16Array(size + 1);
  const starts = new Int32Array(size + 1);
  const ends = new Int32Array(size + 1);
  let length = 0;
  let skipRun = 0;
  let last = -1;
  for (let i = 0; i < size; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = i + 1 < size ? text.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const codePoint = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        if (!isEmojiOrSymbol(codePoint)) {
          codes[length] = unit;
          starts[length] = i;
          ends[length] = i + 2;
          codes[length + 1] = next;
          starts[length + 1] = i;
          ends[length + 1] = i + 2;
          length += 2;
          last = -1;
          skipRun = 0;
          i++;
          continue;
        }
        i++;
        skipRun += 2;
      } else {
        skipRun += 1; // a lone surrogate is noise
      }
      if (skipRun > MAX_SKIP_RUN && last !== BREAK) {
        codes[length] = BREAK;
        starts[length] = i;
        ends[length] = i;
        length++;
        last = BREAK;
      }
      continue;
    }
    const unitKind = kind[unit];
    if (unitKind !== KEEP) {
      skipRun++;
      if ((unitKind === STOP || skipRun > MAX_SKIP_RUN) && last !== BREAK) {
        codes[length] = BREAK;
        starts[length] = i;
        ends[length] = i;
        length++;
        last = BREAK;
      }
      continue;
    }
    const code = fold[unit] ?? unit;
    skipRun = 0;
    if (code === last && !isAsciiAlnum(code)) {
      ends[length - 1] = i + 1;
      continue;
    }
    codes[length] = code;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
    last = code;
  }
  return { codes, starts, ends, length };
}

/** The normalized text as a string (for regex rules); index i is output unit i. */
export function normalizedString(normalized: Normalized): string {
  return decodeUnits(normalized.codes.subarray(0, normalized.length));
}

/** Normalizes a pattern the same way as text, so that both sides meet. */
export function normalizeTerm(term: string): string {
  const normalized = normalize(term);
  let out = "";
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.codes[i] ?? BREAK;
    if (code !== BREAK) out += String.fromCharCode(code);
  }
  return out;
}

/** Original [start, end) covered by output units [from, to). */
export function originalRange(
  normalized: Normalized,
  from: number,
  to: number,
): { start: number; end: number } {
  const start = normalized.starts[from] ?? 0;
  const end = normalized.ends[Math.max(from, to - 1)] ?? start;
  return { start, end };
}
