// The clause around a hit, as the context checks read it: punctuation and spaces dropped, a few characters each side.
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
