// Features of a clause window for the claim model: jieba words and word pairs, character bigrams, the cue
// classes present (cues.yaml) and their order, numbers and durations, the rule hits inside the window, the
// sentence's and the text's context cues, and the industry crossed with the cues. Every feature is hashed
// into one of FEATURE_DIMENSIONS buckets. What belongs to one clause is hashed once per clause and shared
// by the windows that hold it.

import { sharedJieba } from "../../shared/jieba.ts";
import { scanUnits } from "../matcher/automaton.ts";
import type { Span } from "./clauses.ts";
import { withoutNoise } from "./clean-text.ts";
import { type CueLexicon, cueLexicon } from "./cue-lexicon.ts";
import { bucket, mix, mixUnit, start } from "./feature-hash.ts";
import { sortedUnique, sortedUniqueList } from "./sorted-unique.ts";
import { quotedChars, wordMarks } from "./word-marks.ts";

export const FEATURE_DIMENSIONS = 1 << 18;

export interface CueHit {
  cue: number;
  /** [begin, end) in the clause's clean text */
  begin: number;
  end: number;
}

/** What the model reads of one clause; a window of two clauses joins two of these. */
export interface ClauseReading {
  /** the clause folded, without punctuation, symbols, emoji or spaces */
  clean: string;
  words: string[];
  /** cue hits, in order; a hit inside a negation's scope has `negated` set */
  cues: Array<CueHit & { negated: boolean }>;
  /** each cue's name as features see it (a negated claim cue is "~NAME") */
  names: string[];
  /** `names` without repeats, in order of first appearance: every window holding the clause reads them */
  distinct: string[];
  /** per word: 1 when a negation governs it (the next few words after 不/没有/无法…), 2 when it stands in quotes */
  marks: Uint8Array;
  /** hashed features that depend on this clause (and the text's industry) alone */
  local: Uint32Array;
}

const QUOTES = /[“”"'「」『』《》‘’]/;
const NUMBER = /[0-9]/;
const DURATION =
  /([0-9]+|[一二两三四五六七八九十百半几]+)个?(天|周|星期|月|年|小时|分钟|次|疗程|贴|盒|瓶|针|节课|课时|期)/;
const MULTIPLE = /([0-9]+|[一二两三四五六七八九十百千万几]+)倍/;
const MONEY = /([0-9]+|[一二两三四五六七八九十百千万]+)(元|块|万|千)/;
const NUMERIC = [
  { name: "NUM", test: (text: string) => NUMBER.test(text) },
  { name: "PCT", test: (text: string) => text.includes("%") },
  { name: "DURATION", test: (text: string) => DURATION.test(text) },
  { name: "MULTIPLE", test: (text: string) => MULTIPLE.test(text) },
  { name: "MONEY", test: (text: string) => MONEY.test(text) },
];

const W = start("w|");
const NW = start("nw|");
const QW = start("qw|");
const B = start("b|");
const C = start("c|");
const NC = start("nc|");
const K = start("k|");
const KK = start("kk|");
const KA = start("ka|");
const H = start("h|");
const HL = start("hl|");
const S = start("s|");
const D = start("d|");
const I = start("i|");
const IK = start("ik|");
const PAIR = start("n|pair");
const NEGATED_PREFIX = "~";

/** The names without repeats, in order of first appearance, as [...new Set(names)]; a short list (the usual
 * one) is searched instead of hashed into a set. */
function distinctOf(names: readonly string[]): string[] {
  if (names.length > 16) return [...new Set(names)];
  const distinct: string[] = [];
  for (const name of names) if (!distinct.includes(name)) distinct.push(name);
  return distinct;
}

/** Each class's name as features see it, plain and negated: built once, not a string per cue hit. */
let namesOfClasses: { lexicon: CueLexicon; plain: string[]; negated: string[] } | undefined;

function classNames(): { plain: string[]; negated: string[] } {
  const lexicon = cueLexicon();
  if (namesOfClasses?.lexicon !== lexicon) {
    const plain = lexicon.classes;
    const negated = plain.map((name) => (name !== "NEGATION" ? `${NEGATED_PREFIX}${name}` : name));
    namesOfClasses = { lexicon, plain, negated };
  }
  return namesOfClasses;
}

/** The name of a cue as a feature sees it: a negated claim cue is a different thing from the cue. */
export function cueName(hit: { cue: number; negated: boolean }): string {
  const names = classNames();
  return (hit.negated ? names.negated : names.plain)[hit.cue] as string;
}

/** The clause without noise: what is segmented and read. */
export function cleanClause(folded: string, span: Span): string {
  return withoutNoise(folded.slice(span.start, span.end));
}

/**
 * Jieba words of many clean clauses in one call (a native call costs more than a short clause): the clauses
 * are joined by a comma, which jieba never joins to a word, and the words are handed back per clause.
 * Without the HMM for unknown words: twice as fast, and no worse in cross-validation.
 */
export function segmentClauses(cleans: readonly string[]): string[][] {
  const result: string[][] = cleans.map(() => []);
  if (cleans.length === 0) return result;
  let clause = 0;
  let used = 0;
  for (const token of sharedJieba().cut(cleans.join("，"), false)) {
    if (token === "，" && used >= (cleans[clause]?.length ?? 0)) {
      clause++;
      used = 0;
      continue;
    }
    result[clause]?.push(token);
    used += token.length;
  }
  return result;
}

/** FNV state of "kk|A>" and "ka|A>" for a cue name, computed once per name. */
const pairPrefixes = new Map<string, [number, number]>();
function pairPrefix(name: string): [number, number] {
  let prefixes = pairPrefixes.get(name);
  if (!prefixes) {
    prefixes = [mixUnit(mix(KK, name), 0x3e), mixUnit(mix(KA, name), 0x3e)];
    pairPrefixes.set(name, prefixes);
  }
  return prefixes;
}

/**
 * Cue-order features within one clause: "A before B" (some A ends at or before some B begins) and "A right
 * before B" (within two characters). Computed per pair of cue names, not per pair of hits, so a clause of
 * thousands of hits stays linear: A is before B exactly when A's earliest end is at or before B's latest begin.
 */
function cuePairs(names: readonly string[], cues: readonly CueHit[], add: (hash: number) => void): void {
  if (names.length < 2) return;
  const earliestEnd = new Map<string, number>();
  const latestBegin = new Map<string, number>();
  names.forEach((name, index) => {
    const cue = cues[index] as CueHit;
    earliestEnd.set(name, Math.min(earliestEnd.get(name) ?? Number.POSITIVE_INFINITY, cue.end));
    latestBegin.set(name, Math.max(latestBegin.get(name) ?? Number.NEGATIVE_INFINITY, cue.begin));
  });
  for (const [first, end] of earliestEnd) {
    const [order] = pairPrefix(first);
    for (const [second, begin] of latestBegin) if (second !== first && begin >= end) add(mix(order, second));
  }
  // adjacency: the hits beginning 0-2 characters after each hit ends (cues are sorted by begin)
  const seen = new Set<string>();
  for (let a = 0; a < cues.length; a++) {
    const end = (cues[a] as CueHit).end;
    let low = 0;
    let high = cues.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cues[middle] as CueHit).begin < end) low = middle + 1;
      else high = middle;
    }
    for (let b = low; b < cues.length && (cues[b] as CueHit).begin - end <= 2; b++) {
      if (names[b] === names[a]) continue;
      const pair = `${names[a]}>${names[b]}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      add(mix(pairPrefix(names[a] as string)[1], names[b] as string));
    }
  }
}

/**
 * Buffers readClause uses and drops before it returns, kept between calls: a small typed array costs far more
 * to make (and to collect) than an array of numbers, and a check reads every new clause it holds.
 */
const scratch = {
  unitBuffer: new Uint16Array(256),
  flagBuffer: new Uint8Array(256),
  /** room for `length` code units (their values are whatever was there before) */
  units(length: number): Uint16Array {
    if (this.unitBuffer.length < length) this.unitBuffer = new Uint16Array(length * 2);
    return this.unitBuffer;
  },
  /** `length` flags, all 0 */
  flags(length: number): Uint8Array {
    if (this.flagBuffer.length < length) this.flagBuffer = new Uint8Array(length * 2);
    return this.flagBuffer.fill(0, 0, length);
  },
};

/** Whether a question mark follows the clause: the one thing its reading takes from outside its span. */
export function askedAfter(folded: string, span: Span): boolean {
  return /[?？]/.test(folded.slice(span.end, span.end + 2));
}

export function readClause(
  folded: string,
  span: Span,
  segmented?: string[],
  industry?: string,
): ClauseReading {
  const raw = folded.slice(span.start, span.end);
  const clean = withoutNoise(raw);
  const lexicon = cueLexicon();
  const words = segmented ?? segmentClauses([clean])[0] ?? [];
  // each hit is made once, `negated` set when the words are marked below
  const cues: Array<CueHit & { negated: boolean }> = [];
  if (clean.length > 0) {
    const codes = scratch.units(clean.length);
    for (let index = 0; index < clean.length; index++) codes[index] = clean.charCodeAt(index);
    scanUnits(lexicon.automaton, codes, clean.length, (pattern, begin, end) => {
      for (const cue of lexicon.patternClasses[pattern] ?? []) cues.push({ cue, begin, end, negated: false });
    });
  }
  let offset = 0;
  for (const word of words) {
    const classes = word.length === 1 ? lexicon.unitClasses.get(word.charCodeAt(0)) : undefined;
    if (classes)
      for (const cue of classes) cues.push({ cue, begin: offset, end: offset + 1, negated: false });
    offset += word.length;
  }
  // most clauses hold one cue or none: nothing to sort, and sorting costs a call however short the list
  if (cues.length > 1) cues.sort((a, b) => a.begin - b.begin || a.end - b.end || a.cue - b.cue);
  const marks = wordMarks(words, quotedChars(raw), lexicon.members.get("NEGATION") ?? new Set());
  const negated = scratch.flags(clean.length);
  let at = 0;
  // bounded by the clean text, as a buffer of its exact length was: the scratch buffer may be longer
  words.forEach((word, index) => {
    if ((marks[index] ?? 0) & 1) negated.fill(1, at, Math.min(at + word.length, clean.length));
    at += word.length;
  });
  for (const hit of cues) hit.negated = hit.begin < clean.length && negated[hit.begin] === 1;
  const names = cues.map(cueName);

  const local: number[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const mark = marks[index] ?? 0;
    // a negated word says the opposite of the word: it does not also count as the word itself
    local.push(bucket(mix(mark & 1 ? NW : W, word), FEATURE_DIMENSIONS));
    if (mark & 2) local.push(bucket(mix(QW, word), FEATURE_DIMENSIONS));
    const next = words[index + 1];
    if (next !== undefined) local.push(bucket(mix(mixUnit(mix(B, word), 0x7c), next), FEATURE_DIMENSIONS));
  }
  for (let index = 0; index + 1 < clean.length; index++) {
    const prefix = negated[index] ? NC : C;
    local.push(
      bucket(
        mixUnit(mixUnit(prefix, clean.charCodeAt(index)), clean.charCodeAt(index + 1)),
        FEATURE_DIMENSIONS,
      ),
    );
  }
  if (QUOTES.test(raw)) local.push(bucket(mix(K, "QUOTE"), FEATURE_DIMENSIONS));
  if (askedAfter(folded, span)) local.push(bucket(mix(K, "QUESTION"), FEATURE_DIMENSIONS));
  for (const kind of NUMERIC) if (kind.test(clean)) local.push(bucket(mix(K, kind.name), FEATURE_DIMENSIONS));
  // which cues the clause holds, in which order, and (crossed with the industry) where they are said
  const add = (hash: number) => local.push(bucket(hash, FEATURE_DIMENSIONS));
  const distinct = distinctOf(names);
  for (const name of distinct) add(mix(K, name));
  cuePairs(names, cues, add);
  if (industry) {
    const prefix = mixUnit(mix(IK, industry), 0x7c);
    for (const name of distinct) add(mix(prefix, name));
  }
  return { clean, words, cues, names, distinct, marks, local: sortedUnique(local) };
}

/** Cue classes of the sentence and the whole text that change what a clause means: a warning, a report of
 * what others claim, a negation, a disclaimer ("有人说保本保息……都是骗子"). */
export const CONTEXT_CUES = ["WARNING", "REPORTED", "NEGATION", "DISCLAIMER"] as const;

export interface WindowContext {
  sentence: ReadonlySet<string>;
  document: ReadonlySet<string>;
  /** rule hits inside the window (after the rules' own exceptions): what the rule pack knows */
  rules?: readonly RuleMark[];
}

/** A rule hit as the claim model sees it. */
export interface RuleMark {
  start: number;
  end: number;
  ruleId: string;
  label: string;
  /** a hit on an ambiguous term */
  candidate: boolean;
}

/**
 * Hashed features of a window (one or two clauses, or a whole text): each clause's own features, then the
 * window's (cue order across its clauses, numbers, rule hits, context, industry). A feature two clauses share
 * counts twice, so the model can score a window as the sum of its clauses' scores and the window's own.
 */
export function windowFeatures(
  parts: readonly ClauseReading[],
  industry?: string,
  context?: WindowContext,
): Uint32Array {
  const own = windowOwnFeatures(parts, industry, context);
  let length = own.length;
  for (const part of parts) length += part.local.length;
  const all = new Uint32Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part.local, at);
    at += part.local.length;
  }
  all.set(own, at);
  return all;
}

/** The features that belong to the window rather than to one of its clauses, sorted, no repeats. */
export function windowOwnFeatures(
  parts: readonly ClauseReading[],
  industry?: string,
  context?: WindowContext,
): Uint32Array {
  return new Uint32Array(windowOwnFeatureList(parts, industry, context));
}

/** The hashes of the context cues' features, made once. */
const SENTENCE_CUE_HASHES = CONTEXT_CUES.map((cue) => mix(S, cue));
const DOCUMENT_CUE_HASHES = CONTEXT_CUES.map((cue) => mix(D, cue));

/**
 * windowOwnFeatures in a plain array, in the same order: scoring reads each window's few features once, and a
 * typed array per window (twice the windows of a text's clauses) was a good part of a check's garbage.
 */
export function windowOwnFeatureList(
  parts: readonly ClauseReading[],
  industry?: string,
  context?: WindowContext,
): number[] {
  const features: number[] = [];
  const add = (hash: number) => features.push(bucket(hash, FEATURE_DIMENSIONS));
  if (parts.length > 1) {
    add(PAIR);
    // cue order across the clauses (within one clause it is the clause's own feature): every cue of the first
    // clause comes before every cue of the second, and never right before it
    const [first, second] = parts as [ClauseReading, ClauseReading];
    const later = second.distinct;
    for (const name of first.distinct) {
      const [order] = pairPrefix(name);
      for (const next of later) if (next !== name) add(mix(order, next));
    }
  }
  if (context) {
    for (const mark of context.rules ?? []) {
      add(mix(H, mark.ruleId));
      add(mark.candidate ? mix(mix(HL, mark.label), "|candidate") : mix(HL, mark.label));
    }
    CONTEXT_CUES.forEach((cue, index) => {
      if (context.sentence.has(cue)) add(SENTENCE_CUE_HASHES[index] as number);
      if (context.document.has(cue)) add(DOCUMENT_CUE_HASHES[index] as number);
    });
  }
  if (industry) add(mix(I, industry));
  return sortedUniqueList(features);
}
