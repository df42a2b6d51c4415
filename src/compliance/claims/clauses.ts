// Splits a text into clauses (the unit a claim is made in) and the windows the claim model scores:
// every clause and every pair of neighbouring clauses, because a claim often runs over a comma
// ("喝了三个月，血压都稳住了"). Offsets are UTF-16 units of the ORIGINAL text.

export interface Span {
  start: number;
  end: number;
}

export interface Window extends Span {
  /** index of the first clause and how many clauses the window holds (1 or 2) */
  first: number;
  size: 1 | 2;
}

/** Clause ends: sentence ends, commas, colons, ellipses and line breaks. */
const BOUNDARY = /[。！？!?；;，,：:…【】\n\r]/;
/** Whitespace separates phrases in Chinese copy ("限时抢购 最后三天"), not inside latin words ("iPhone 15"). */
const PHRASE_SPACE = /[\s\u3000]/;
const LATIN = /[A-Za-z0-9]/;
/** What a clause must hold to be worth scoring: a letter or an ideograph. */
const CONTENT = /[\p{L}\p{N}]/u;
/** A run-on clause is cut at the nearest list comma or space past this length, so one window stays local. */
const MAX_CLAUSE = 48;

/** What a clause's edges are trimmed of. */
const EDGE = /[\s\u3000"'“”‘’「」『』《》()（）【】[\]、·~～*#-]/;

const IS_BOUNDARY = 1;
const IS_SPACE = 2;
const IS_LATIN = 4;
const IS_EDGE = 8;

/**
 * What the patterns above say of each UTF-16 unit, tested once per unit value: splitting a text tested every
 * character against them, and reading a CJK character as a one-character string allocates one each time.
 */
let unitKinds: Uint8Array | undefined;

function kinds(): Uint8Array {
  if (!unitKinds) {
    unitKinds = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      unitKinds[code] =
        (BOUNDARY.test(char) ? IS_BOUNDARY : 0) |
        (PHRASE_SPACE.test(char) ? IS_SPACE : 0) |
        (LATIN.test(char) ? IS_LATIN : 0) |
        (EDGE.test(char) ? IS_EDGE : 0);
    }
  }
  return unitKinds;
}

/** The kind bits of the unit at `index` (0 outside the text, as the empty string matched nothing). */
function kindAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? (kinds()[text.charCodeAt(index)] as number) : 0;
}

function isBoundary(text: string, index: number): boolean {
  const kind = kindAt(text, index);
  if (kind & IS_BOUNDARY) return true;
  if (!(kind & IS_SPACE)) return false;
  return !(kindAt(text, index - 1) & IS_LATIN && kindAt(text, index + 1) & IS_LATIN);
}

function trimmed(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && kindAt(text, from) & IS_EDGE) from++;
  while (to > from && kindAt(text, to - 1) & IS_EDGE) to--;
  if (from >= to || !CONTENT.test(text.slice(from, to))) return null;
  return { start: from, end: to };
}

function cutLong(text: string, span: Span, into: Span[]): void {
  let from = span.start;
  while (span.end - from > MAX_CLAUSE) {
    let cut = -1;
    for (let index = from + MAX_CLAUSE; index > from + MAX_CLAUSE / 2; index--) {
      if (text[index] === "、") {
        cut = index;
        break;
      }
    }
    if (cut < 0) break;
    const piece = trimmed(text, from, cut);
    if (piece) into.push(piece);
    from = cut + 1;
  }
  const rest = trimmed(text, from, span.end);
  if (rest) into.push(rest);
}

export function clauses(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isBoundary(text, index)) continue;
    const span = trimmed(text, start, index);
    if (span) cutLong(text, span, found);
    start = index + 1;
  }
  return found;
}

/** Every clause, and every two neighbouring clauses of one sentence-run, in text order. */
export function windows(parts: readonly Span[]): Window[] {
  const result: Window[] = [];
  parts.forEach((part, index) => {
    result.push({ start: part.start, end: part.end, first: index, size: 1 });
    const next = parts[index + 1];
    if (next) result.push({ start: part.start, end: next.end, first: index, size: 2 });
  });
  return result;
}

/** The index of the clause holding offset `at` (clauses are in text order and disjoint), or -1. */
export function clauseAt(parts: readonly Span[], at: number): number {
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((parts[middle] as Span).end <= at) low = middle + 1;
    else high = middle;
  }
  const part = parts[low];
  return part && part.start <= at && at < part.end ? low : -1;
}
