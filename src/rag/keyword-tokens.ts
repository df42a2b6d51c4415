import { normalizeText, segmentWords } from "./segment-words.ts";
import { STOP_WORDS } from "./stop-words.ts";

const CJK = /\p{Script=Han}/u;
// A latin or number word: letters, digits and the marks that live inside them (3.5%, 1,299.00, wi-fi).
const LATIN_OR_NUMBER = /^[\p{L}\p{N}](?:[\p{L}\p{N}.,%+\-_']*[\p{L}\p{N}%])?$/u;

// A lone latin letter ("a", "x") is noise; a lone digit can matter (5 折, 3 期).
function isLatinOrNumberWord(word: string): boolean {
  return LATIN_OR_NUMBER.test(word) && (word.length >= 2 || /\d/.test(word));
}

/**
 * The unique tokens of a text for keyword search, in order of first appearance: jieba words in search
 * mode (so 理财产品 also yields 理财 and 产品) of at least two characters, latin and number words, without
 * stop words. Single Chinese characters are left out: they match almost everything.
 * The same function must tokenize both the stored chunks and the query, or overlap means nothing.
 */
export function keywordTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const raw of segmentWords(normalizeText(text), true)) {
    const word = raw.trim();
    if (!word || STOP_WORDS.has(word)) continue;
    if (CJK.test(word) ? [...word].length >= 2 : isLatinOrNumberWord(word)) tokens.add(word);
  }
  return [...tokens];
}
