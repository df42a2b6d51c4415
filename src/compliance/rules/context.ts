// Innocent-context checks around a hit: a negation or warning just before it, a debunking word just after.
const CLAUSE_END = /[。！？!?；;\n\r，,：:]/;
const NOISE = /[\s\p{P}\p{S}\p{Cf}]/gu;
const BEFORE_WINDOW = 12;
const AFTER_WINDOW = 8;

function clauseBefore(folded: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < BEFORE_WINDOW * 2 && !CLAUSE_END.test(folded[from - 1] ?? "")) from--;
  return folded.slice(from, start).replace(NOISE, "").slice(-BEFORE_WINDOW);
}

function clauseAfter(folded: string, end: number): string {
  let to = end;
  while (to < folded.length && to - end < AFTER_WINDOW * 2 && !CLAUSE_END.test(folded[to] ?? "")) to++;
  return folded.slice(end, to).replace(NOISE, "").slice(0, AFTER_WINDOW);
}

/** One-character words must touch the hit; longer words may sit anywhere in the clause window. */
function mentions(window: string, words: readonly string[], touching: (word: string) => boolean): boolean {
  return words.some((word) => (word.length === 1 ? touching(word) : window.includes(word) || touching(word)));
}

const DENIAL = /^(当然不是|当然不|不是的|并不是|其实不是|其实不|并非|不是|没有|未必|不一定|不存在|哪有)/;

/** "素颜霜是万能的？当然不是。": a term in a question that the next words deny. */
function deniedQuestion(folded: string, end: number): boolean {
  let to = end;
  while (to < folded.length && to - end < 24 && !/[。！!；;\n?？]/.test(folded[to] ?? "")) to++;
  if (!/[?？]/.test(folded[to] ?? "")) return false;
  const next = folded.slice(to + 1, to + 16).replace(NOISE, "");
  return DENIAL.test(next);
}

export function innocentContext(
  folded: string,
  start: number,
  end: number,
  before: readonly string[],
  after: readonly string[],
): boolean {
  if (deniedQuestion(folded, end)) return true;
  if (before.length > 0) {
    const window = clauseBefore(folded, start);
    if (mentions(window, before, (word) => window.endsWith(word))) return true;
  }
  if (after.length > 0) {
    const window = clauseAfter(folded, end);
    if (mentions(window, after, (word) => window.startsWith(word))) return true;
  }
  return false;
}
