// Features of a rule hit on an ambiguous term, read from the clause around it: the term and the jieba word
// that holds it (第一次 is an ordinal), the words and characters just before and after it (不承诺收益 is a
// negation), the cue classes on each side and right before it, quotation, warning or disclaimer words in
// its sentence and in the whole text, plus the features of its clause as the claim model reads it.
import type { ClaimText } from "./claim-text.ts";
import { clauseAt } from "./clauses.ts";
import { withoutNoise } from "./clean-text.ts";
import { cueLexicon } from "./cue-lexicon.ts";
import { bucket, mix, start } from "./feature-hash.ts";
import { cueName, FEATURE_DIMENSIONS, windowFeatures } from "./features.ts";

export interface CandidateHit {
  start: number;
  end: number;
  ruleId: string;
  label: string;
}

const SENTENCE_END = /[。！？!?；;\n\r]/;
const OPEN_QUOTES = "“「『《\"‘'";
const CLOSE_QUOTES = "”」』》\"’'";
const SENTENCE_CUES = ["WARNING", "REPORTED", "DISCLAIMER", "NEGATION", "TESTIMONY"];
const DOCUMENT_CUES = ["WARNING", "DISCLAIMER", "REPORTED"];
/** how close (in characters) a cue must end before the hit to count as "right before it" */
const NEAR = 3;
/**
 * How many words on each side of the hit its bag of words reaches. Written clauses are far shorter, so their
 * features are unchanged; an unpunctuated text is one clause of any length, and without a reach every capped
 * hit in it would hash the whole text again.
 */
const BAG_REACH = 64;

function insideQuotes(folded: string, from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && from - open <= 16) {
    const char = folded[open] ?? "";
    if (OPEN_QUOTES.includes(char)) break;
    if (CLOSE_QUOTES.includes(char) || SENTENCE_END.test(char)) return false;
    open--;
  }
  if (open < 0 || !OPEN_QUOTES.includes(folded[open] ?? "")) return false;
  for (let close = to; close < folded.length && close - to <= 16; close++) {
    const char = folded[close] ?? "";
    if (CLOSE_QUOTES.includes(char)) return true;
    if (SENTENCE_END.test(char)) return false;
  }
  return false;
}

/** Where a hit starts in its clause's clean text (the text jieba read, punctuation and spaces removed). */
function offsetInClause(folded: string, clauseStart: number, hitStart: number): number {
  return withoutNoise(folded.slice(clauseStart, Math.max(clauseStart, hitStart))).length;
}

/**
 * Whether the term begins inside another word: 确保|本学区 holds 保本, 投保|本产品 and 打包|过来 too. A term whose
 * first character belongs to the word before it is not the term.
 */
export function splitAcrossWords(hit: CandidateHit, text: ClaimText): boolean {
  const index = clauseAt(text.clauses, hit.start);
  const clause = text.clauses[index];
  if (!clause || index < 0) return false;
  const term = withoutNoise(text.folded.slice(hit.start, hit.end));
  // a negation or a zero joins the word before it in jieba (绝不|反弹, 等于零|风险) and still makes the claim
  if (term.length < 2 || /^[不没无非零]/.test(term)) return false;
  const { words } = text.reading(index);
  const from = offsetInClause(text.folded, clause.start, hit.start);
  const to = from + term.length;
  let offset = 0;
  for (const word of words) {
    const end = offset + word.length;
    // the word holding the term's first character began before the term and ends inside it
    if (offset <= from && end > from) return offset < from && end < to;
    offset = end;
  }
  return false;
}

export function candidateFeatures(hit: CandidateHit, text: ClaimText): Uint32Array {
  const { folded, industry } = text;
  const features: number[] = [];
  const add = (hash: number) => features.push(bucket(hash, FEATURE_DIMENSIONS));
  const feature = (prefix: string, value: string) => add(mix(start(prefix), value));
  const index = clauseAt(text.clauses, hit.start);
  const clause = text.clauses[index];
  const term = withoutNoise(folded.slice(hit.start, hit.end));
  feature("t|", term);
  feature("r|", hit.ruleId);
  feature("l|", hit.label);
  if (industry) {
    feature("i|", industry);
    feature("il|", `${industry}|${hit.label}`);
  }
  if (insideQuotes(folded, hit.start, hit.end)) add(start("q|in"));
  if (clause && index >= 0) {
    const reading = text.reading(index);
    const { clean, words } = reading;
    // where the hit sits in the clause's clean text
    const from = offsetInClause(folded, clause.start, hit.start);
    const to = Math.min(clean.length, from + term.length);
    const left = clean.slice(0, from);
    const right = clean.slice(to);
    feature("lc|", left.slice(-1));
    feature("lc2|", left.slice(-2));
    feature("rc|", right.slice(0, 1));
    feature("rc2|", right.slice(0, 2));
    feature("trc|", `${term}|${right.slice(0, 1)}`);
    if (left.length === 0) add(start("at|clause-start"));
    if (right.length === 0) add(start("at|clause-end"));
    const before: string[] = [];
    const after: string[] = [];
    let offset = 0;
    for (const word of words) {
      const end = offset + word.length;
      if (end <= from) before.push(word);
      else if (offset >= to) after.push(word);
      else feature("tw|", word);
      offset = end;
    }
    for (let position = 1; position <= 3; position++) {
      const previous = before[before.length - position];
      const next = after[position - 1];
      if (previous) feature(`L${position}|`, previous);
      if (next) feature(`R${position}|`, next);
    }
    for (const word of new Set(before.slice(-BAG_REACH))) feature("Lb|", word);
    for (const word of new Set(after.slice(0, BAG_REACH))) feature("Rb|", word);
    const ordinalNext = cueLexicon().members.get("ORDINAL_NEXT");
    if (ordinalNext && (ordinalNext.has(right.slice(0, 1)) || ordinalNext.has(right.slice(0, 2)))) {
      add(start("k|ORD_NEXT"));
      feature("t|ORD_NEXT|", term);
    }
    // the features are a set: each cue class is hashed once per side, however often an unpunctuated text repeats it
    const leftCues = new Map<number, { cue: number; negated: boolean }>();
    const nearCues = new Map<number, { cue: number; negated: boolean }>();
    const rightCues = new Map<number, { cue: number; negated: boolean }>();
    for (const cue of reading.cues) {
      const key = cue.cue * 2 + (cue.negated ? 1 : 0);
      if (cue.end <= from) {
        leftCues.set(key, cue);
        if (from - cue.end <= NEAR) nearCues.set(key, cue);
      } else if (cue.begin >= to) rightCues.set(key, cue);
    }
    for (const cue of leftCues.values()) feature("Lk|", cueName(cue));
    for (const cue of nearCues.values()) feature("near|", cueName(cue));
    for (const cue of rightCues.values()) feature("Rk|", cueName(cue));
    const context = text.context(index, 1);
    for (const cue of SENTENCE_CUES) if (context.sentence.has(cue)) feature("s|", cue);
    for (const cue of DOCUMENT_CUES) if (context.document.has(cue)) feature("d|", cue);
    for (const value of windowFeatures([reading], industry, context)) features.push(value);
  }
  const unique = Uint32Array.from(features).sort();
  let length = 0;
  for (let position = 0; position < unique.length; position++)
    if (position === 0 || unique[position] !== unique[position - 1])
      unique[length++] = unique[position] as number;
  return unique.slice(0, length);
}
