/** Where one sentence sits in its text: `text.slice(start, end)`, trimmed and never empty. */
export interface Span {
  start: number;
  end: number;
}

// Full-width marks always end a Chinese sentence.
const FULL_WIDTH_ENDS = new Set(["。", "！", "？", "；", "…"]);
// Half-width marks end one only when the next character shows it (see endsHere): "3.5%", "¥1,299.00",
// "www.example.com" and "?id=1" must stay whole. The full-width period "．" is a decimal point as often
// as an end (３．５％), so it goes by the same rule.
const HALF_WIDTH_ENDS = new Set([".", "!", "?", ";", "．"]);
// Closing quotes and brackets after the end mark belong to the sentence they close: 他说：“好的。”
const CLOSERS = new Set([
  "”",
  "’",
  "」",
  "』",
  "）",
  ")",
  "】",
  "》",
  "〕",
  "〉",
  "］",
  "]",
  "｝",
  "}",
  '"',
  "'",
]);
const HAN = /\p{Script=Han}/u;
const DIGITS_ONLY = /^\p{Nd}+$/u;
const WHITESPACE = /\s/;

/**
 * Sentence spans of Chinese (or mixed) text: a sentence ends at 。！？；… or their half-width forms (with any
 * closing quotes or brackets that follow), and at every line break. Whitespace between sentences belongs to
 * none, so joining the sentences loses nothing but that whitespace.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number) => {
    const sentence = text.slice(start, end);
    const from = start + (sentence.length - sentence.trimStart().length);
    const to = start + sentence.trimEnd().length;
    if (to > from) spans.push({ start: from, end: to });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === "\n" || char === "\r") {
      close(i);
      i++;
    } else if (endsHere(text, i, start)) {
      i++;
      while (i < text.length && isEndMark(text.charAt(i))) i++;
      while (i < text.length && CLOSERS.has(text.charAt(i))) i++;
      close(i);
    } else {
      i++;
    }
  }
  close(text.length);
  return spans;
}

function isEndMark(char: string): boolean {
  return FULL_WIDTH_ENDS.has(char) || HALF_WIDTH_ENDS.has(char);
}

function endsHere(text: string, i: number, sentenceStart: number): boolean {
  const char = text.charAt(i);
  if (FULL_WIDTH_ENDS.has(char)) return true;
  if (!HALF_WIDTH_ENDS.has(char)) return false;
  // "1. 开户" and "2.入金" are list numbers, not a sentence "1."
  if ((char === "." || char === "．") && DIGITS_ONLY.test(text.slice(sentenceStart, i).trim())) return false;
  const next = text.charAt(i + 1);
  return next === "" || WHITESPACE.test(next) || HAN.test(next) || isEndMark(next) || CLOSERS.has(next);
}
