// Features of a rule hit on an ambiguous term, read from the clause around it: the term, the words and
// characters just before and after it (第一次 is an ordinal, 不承诺收益 a negation), the cue classes on each
// side, quotation and question marks, warning or disclaimer words in its sentence and in the whole text,
// plus the features of its clause as the claim model reads it.

import { sharedJieba } from "../../shared/jieba.ts";
import { hashString } from "../../shared/seeded-random.ts";
import type { ClaimText } from "./claim-text.ts";
import { cueLexicon } from "./cue-lexicon.ts";
import { FEATURE_DIMENSIONS, windowFeatures } from "./features.ts";

export interface CandidateHit {
  start: number;
  end: number;
  ruleId: string;
  label: string;
}

const NOISE = /[^\p{L}\p{N}%]/gu;
const SENTENCE_END = /[。！？!?；;\n\r]/;
const OPEN_QUOTES = '“「『《"‘';
const CLOSE_QUOTES = '”」』》"’';
const SENTENCE_CUES = ["WARNING", "REPORTED", "DISCLAIMER", "NEGATION", "TESTIMONY"];
const DOCUMENT_CUES = ["WARNING", "DISCLAIMER", "REPORTED"];

function add(into: Set<number>, feature: string): void {
  into.add(hashString(feature) % FEATURE_DIMENSIONS);
}

/** The cue classes whose entries occur in a short text (substring for long entries, word for one character). */
export function cueClassesIn(text: string): Set<string> {
  const { members } = cueLexicon();
  const words = new Set(text.length > 0 ? sharedJieba().cut(text, true) : []);
  const found = new Set<string>();
  for (const [name, entries] of members) {
    for (const entry of entries) {
      if (entry.length === 1 ? words.has(entry) : text.includes(entry)) {
        found.add(name);
        break;
      }
    }
  }
  return found;
}

function insideQuotes(folded: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= 16) {
    const char = folded[open] ?? "";
    if (OPEN_QUOTES.includes(char)) break;
    if (CLOSE_QUOTES.includes(char) || SENTENCE_END.test(char)) return false;
    open--;
  }
  if (open < 0 || !OPEN_QUOTES.includes(folded[open] ?? "")) return false;
  for (let close = end; close < folded.length && close - end <= 16; close++) {
    const char = folded[close] ?? "";
    if (CLOSE_QUOTES.includes(char)) return true;
    if (SENTENCE_END.test(char)) return false;
  }
  return false;
}

function sentenceAround(folded: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(folded[from - 1] ?? "")) from--;
  let to = end;
  while (to < folded.length && !SENTENCE_END.test(folded[to] ?? "")) to++;
  return `${folded.slice(from, start)}|${folded.slice(end, to)}`.replace(NOISE, "");
}

function clauseIndex(text: ClaimText, start: number): number {
  return text.clauses.findIndex((clause) => clause.start <= start && start < clause.end);
}

export function candidateFeatures(hit: CandidateHit, text: ClaimText): Uint32Array {
  const { folded, industry } = text;
  const features = new Set<number>();
  const index = clauseIndex(text, hit.start);
  const clause = text.clauses[index] ?? { start: hit.start, end: hit.start };
  const term = folded.slice(hit.start, hit.end).replace(NOISE, "");
  const left = folded.slice(Math.min(clause.start, hit.start), hit.start).replace(NOISE, "");
  const right = folded.slice(hit.end, Math.max(clause.end, hit.end)).replace(NOISE, "");
  const jieba = sharedJieba();
  const leftWords = left.length > 0 ? jieba.cut(left, true) : [];
  const rightWords = right.length > 0 ? jieba.cut(right, true) : [];
  add(features, `t|${term}`);
  add(features, `r|${hit.ruleId}`);
  add(features, `l|${hit.label}`);
  for (let index = 1; index <= 3; index++) {
    const before = leftWords[leftWords.length - index];
    const after = rightWords[index - 1];
    if (before) add(features, `L${index}|${before}`);
    if (after) add(features, `R${index}|${after}`);
  }
  for (const word of leftWords) add(features, `Lb|${word}`);
  for (const word of rightWords) add(features, `Rb|${word}`);
  add(features, `lc|${left.slice(-1)}`);
  add(features, `lc2|${left.slice(-2)}`);
  add(features, `rc|${right.slice(0, 1)}`);
  add(features, `rc2|${right.slice(0, 2)}`);
  add(features, `trc|${term}|${right.slice(0, 1)}`);
  if (left.length === 0) add(features, "at|clause-start");
  if (right.length === 0) add(features, "at|clause-end");
  const { members } = cueLexicon();
  const ordinalNext = members.get("ORDINAL_NEXT") ?? new Set<string>();
  if ([...ordinalNext].some((word) => right.startsWith(word))) {
    add(features, "k|ORD_NEXT");
    add(features, `t|${term}|ORD_NEXT`);
  }
  const near = left.slice(-3);
  for (const cue of cueClassesIn(near)) add(features, `near|${cue}`);
  for (const cue of cueClassesIn(left)) add(features, `Lk|${cue}`);
  for (const cue of cueClassesIn(right)) add(features, `Rk|${cue}`);
  const sentence = cueClassesIn(sentenceAround(folded, hit.start, hit.end));
  for (const cue of SENTENCE_CUES) if (sentence.has(cue)) add(features, `s|${cue}`);
  for (const cue of DOCUMENT_CUES) if (text.documentCues().has(cue)) add(features, `d|${cue}`);
  if (insideQuotes(folded, hit.start, hit.end)) {
    add(features, "q|in");
    for (const cue of SENTENCE_CUES) if (sentence.has(cue)) add(features, `q|${cue}`);
  }
  if (industry) {
    add(features, `i|${industry}`);
    add(features, `il|${industry}|${hit.label}`);
  }
  if (index >= 0)
    for (const feature of windowFeatures([text.reading(index)], industry)) features.add(feature);
  return Uint32Array.from(features).sort();
}
