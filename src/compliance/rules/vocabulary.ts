// Named word lists a rule pattern refers to as {NAME}. A kind of claim (a guarantee of an outcome, a
// disease said to go away) is one pattern over whole lists, so a disease or a guarantee word added to the
// list reaches every pattern of that kind at once instead of the few a pattern happened to spell out.

import regexgen from "regexgen";
import { foldNumerals } from "../normalize/numerals.ts";

/** list name -> its words */
export type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** {NAME} with capitals, digits or underscores; a regex quantifier ({0,8}) never looks like this */
const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g;
const ESCAPED_NON_ASCII = /\\u([0-9A-Fa-f]{4})/g;
const CLASS_SPECIAL = /[\]\\^-]/g;

/**
 * A list as one non-capturing group that matches exactly its words, built as a trie (高血(?:压|脂|糖)) behind a
 * lookahead on the first characters: a flat alternation of 250 diseases at the head of a pattern made the regex
 * try every word at every character (about 70 ms more regex time per 9,000 texts). The words are numeral-folded
 * first, as the text is (三高 -> 3高), so that a range regexgen writes never spans folded and unfolded characters,
 * and characters are written as themselves, not \\u escapes. The whole is one group, so a quantifier after
 * {NAME} applies to all of it.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map(foldNumerals))];
  const source = regexgen(unique).source.replace(ESCAPED_NON_ASCII, (escaped, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code >= 0x80 ? String.fromCharCode(code) : escaped;
  });
  // one character-class test rules out most positions before any branch of the trie is tried
  const first = [...new Set(unique.map((word) => String.fromCodePoint(word.codePointAt(0) ?? 0)))];
  return `(?:(?=[${first.map((char) => char.replace(CLASS_SPECIAL, "\\$&")).join("")}])(?:${source}))`;
}

/**
 * Replaces every {NAME} in a pattern by its list. A name the vocabulary lacks throws, naming `owner`:
 * left in place it would be matched literally and the pattern would silently never fire.
 */
export function expandPattern(pattern: string, vocabulary: Vocabulary, owner: string): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    const words = vocabulary[name];
    if (!words || words.length === 0) throw new Error(`${owner}: unknown word list {${name}}`);
    return alternation(words);
  });
}
