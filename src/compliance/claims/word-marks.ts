// Which words of a clause a negation or a quotation governs: the marks the claim model's features read, so
// 不保证治愈 is not the claim 治愈 and “包过” in a warning is quoted, not promised.
import { KEPT } from "./clean-text.ts";

const OPEN_QUOTE = /[“"'「『《‘]/;
const CLOSE_QUOTE = /[”"'」』》’]/;
/** how many words after a negation it governs (a whole-clause scope was no better in CV) */
const NEGATION_SCOPE = 3;

const HAS_QUOTE = /[“"'「『《‘]/;

/** For each character of the clean text: did it stand between quotation marks? */
export function quotedChars(raw: string): boolean[] {
  const flags: boolean[] = [];
  if (!HAS_QUOTE.test(raw)) return flags;
  let inside = false;
  for (const char of raw) {
    if (inside && CLOSE_QUOTE.test(char)) inside = false;
    else if (!inside && OPEN_QUOTE.test(char)) inside = true;
    else if (KEPT.test(char)) for (let unit = 0; unit < char.length; unit++) flags.push(inside);
  }
  return flags;
}

/**
 * What a product spares its user (不吃药, 不打针, 不开刀): the negation is about that treatment alone, and the
 * claim that follows is asserted, not denied (不打针 可以 治好 鼻炎). A negation whose first word is one of these
 * governs that word only.
 */
const SPARED = new Set([
  "吃药",
  "打针",
  "开刀",
  "手术",
  "动手术",
  "住院",
  "输液",
  "挂水",
  "化疗",
  "节食",
  "挨饿",
  "用药",
]);

/** Per word: 1 when a negation governs it (the next few words after 不/没有/无法…), 2 when it stands in quotes. */
export function wordMarks(
  words: readonly string[],
  quoted: readonly boolean[],
  negations: ReadonlySet<string>,
): Uint8Array {
  const marks = new Uint8Array(words.length);
  let scope = 0;
  let offset = 0;
  words.forEach((word, index) => {
    if (scope > 0) {
      marks[index] = (marks[index] ?? 0) | 1;
      scope = scope === NEGATION_SCOPE && SPARED.has(word) ? 0 : scope - 1;
    }
    if (negations.has(word)) scope = NEGATION_SCOPE;
    if (quoted[offset]) marks[index] = (marks[index] ?? 0) | 2;
    offset += word.length;
  });
  return marks;
}
