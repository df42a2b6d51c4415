// The clause and the sentence around a hit, as the context checks read them: a clause with punctuation and spaces
// dropped, a few characters each side; a sentence up to its end marks.
export const CLAUSE_END = /[。！？!?；;\n\r，,：:]/;
export const NOISE = /[\s\p{P}\p{S}\p{Cf}]/gu;
const BEFORE_WINDOW = 12;
const AFTER_WINDOW = 8;

export function clauseBefore(folded: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < BEFORE_WINDOW * 2 && !CLAUSE_END.test(folded[from - 1] ?? "")) from--;
  return folded.slice(from, start).replace(NOISE, "").slice(-BEFORE_WINDOW);
}

export function clauseAfter(folded: string, end: number): string {
  let to = end;
  while (to < folded.length && to - end < AFTER_WINDOW * 2 && !CLAUSE_END.test(folded[to] ?? "")) to++;
  return folded.slice(end, to).replace(NOISE, "").slice(0, AFTER_WINDOW);
}

export const SENTENCE_END = /[。！？!?\n\r]/;
export const MAX_SENTENCE = 200;

/** The bounds of the sentence around text[start, end), read at most `reach` units each way. */
export function sentenceBounds(
  text: string,
  start: number,
  end: number,
  reach = MAX_SENTENCE,
): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && !SENTENCE_END.test(text[from - 1] ?? "")) from--;
  let to = end;
  while (to < text.length && to - end < reach && !SENTENCE_END.test(text[to] ?? "")) to++;
  return { from, to };
}
