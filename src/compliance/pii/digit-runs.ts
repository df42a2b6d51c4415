// Finds runs of digits in text, written however (full-width, circled, spoken 一三八, 幺), with up to two
// separators (space, dash, dot, emoji, zero-width...) between digits. Each digit keeps its original offset.
import { foldTable, KEEP } from "../normalize/fold-table.ts";
import { foldNumerals } from "../normalize/numerals.ts";

export interface DigitRun {
  /** ASCII digits; an ID number may end in X */
  digits: string;
  /** original offset of every digit */
  offsets: number[];
  start: number;
  end: number;
}

const MAX_SEPARATORS = 2;
const MOBILE_LENGTH = 11;
/** a digit written as a Chinese numeral (一, 两, 幺), which foldNumerals turned into an ASCII digit */
const SPOKEN = /[\u3400-\u9fff]/;
/** punctuation that ends a number even though the normalizer skips it */
const BREAKERS = new Set(
  [...",;:!?()[]{}<>、，；：！？（）【】《》「」“”‘’\"'"].map((char) => char.charCodeAt(0)),
);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function digitRuns(text: string): DigitRun[] {
  const folded = foldNumerals(text);
  const { fold, kind } = foldTable();
  const runs: DigitRun[] = [];
  let digits = "";
  let offsets: number[] = [];
  let gap = 0;
  let lastSpoken = false;
  const flush = () => {
    if (digits.length > 0) {
      const first = offsets[0] ?? 0;
      const last = offsets[offsets.length - 1] ?? first;
      runs.push({ digits, offsets, start: first, end: last + 1 });
    }
    digits = "";
    offsets = [];
    gap = 0;
  };
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    const code = unit >= 0xd800 && unit <= 0xdfff ? unit : (fold[unit] ?? unit);
    if (isDigit(code)) {
      // a number written out in full, then a spoken count after it (13900001111两箱): two things, not one long
      // number; spoken digits inside a number (一三八…) stay an evasion of it
      const spoken = SPOKEN.test(text[i] ?? "");
      if (spoken && !lastSpoken && digits.length >= MOBILE_LENGTH) flush();
      lastSpoken = spoken;
      digits += String.fromCharCode(code);
      offsets.push(i);
      gap = 0;
    } else if (code === 0x78 && digits.length === 17) {
      digits += "X";
      offsets.push(i);
      flush();
    } else if (
      digits.length > 0 &&
      !BREAKERS.has(unit) &&
      (kind[unit] !== KEEP || (unit >= 0xd800 && unit <= 0xdfff)) &&
      code !== 0x25
    ) {
      gap++;
      if (gap > MAX_SEPARATORS * 2) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}
