// Features of a clause window for the claim model: jieba words and word pairs, character bigrams, the cue
// classes present (cues.yaml) and their order, numbers and durations, and the industry crossed with the
// cues. Every feature is a string hashed into one of FEATURE_DIMENSIONS buckets.

import { sharedJieba } from "../../shared/jieba.ts";
import { hashString } from "../../shared/seeded-random.ts";
import { scanUnits } from "../matcher/automaton.ts";
import type { Span } from "./clauses.ts";
import { cueLexicon } from "./cue-lexicon.ts";

export const FEATURE_DIMENSIONS = 1 << 18;

export interface CueHit {
  cue: number;
  /** [begin, end) in the clause's clean text */
  begin: number;
  end: number;
}

/** What the model reads of one clause; a window of two clauses joins two of these. */
export interface ClauseReading {
  clean: string;
  words: string[];
  cues: CueHit[];
  /** per word: 1 when a negation governs it (the next words after 不/没有/无法…), 2 when it stands in quotes */
  marks: Uint8Array;
  /** per character of `clean`: 1 when a negation governs it */
  negated: Uint8Array;
  /** quotation marks, or a question mark right after the clause, in the original */
  quoted: boolean;
  question: boolean;
}

/** Letters, digits and ideographs survive; punctuation, symbols, emoji and spaces do not. */
const NOISE = /[^\p{L}\p{N}%]/gu;
const QUOTES = /[“”"'「」『』《》‘’]/;
const OPEN_QUOTE = /[“"'「『《‘]/;
const CLOSE_QUOTE = /[”"'」』》’]/;
/** how many words after a negation it governs */
const NEGATION_SCOPE = 3;

/** For each character of the clean text: did it stand between quotation marks? */
function quotedChars(raw: string): boolean[] {
  const flags: boolean[] = [];
  let inside = false;
  for (const char of raw) {
    if (inside && CLOSE_QUOTE.test(char)) inside = false;
    else if (!inside && OPEN_QUOTE.test(char)) inside = true;
    else if (char.replace(NOISE, "").length > 0)
      for (let unit = 0; unit < char.length; unit++) flags.push(inside);
  }
  return flags;
}

function wordMarks(
  words: readonly string[],
  quoted: readonly boolean[],
  negations: ReadonlySet<string>,
): Uint8Array {
  const marks = new Uint8Array(words.length);
  let scope = 0;
  let offset = 0;
  words.forEach((word, index) => {
    if (scope > 0) {
      marks[index] = (marks[index] ?? 0) | 1;
      scope--;
    }
    if (negations.has(word)) scope = NEGATION_SCOPE;
    if (quoted[offset]) marks[index] = (marks[index] ?? 0) | 2;
    offset += word.length;
  });
  return marks;
}
const NUMBER = /[0-9]/;
const DURATION =
  /([0-9]+|[一二两三四五六七八九十百半几]+)个?(天|周|星期|月|年|小时|分钟|次|疗程|贴|盒|瓶|针|节课|课时|期)/;
const MULTIPLE = /([0-9]+|[一二两三四五六七八九十百千万几]+)倍/;
const MONEY = /([0-9]+|[一二两三四五六七八九十百千万]+)(元|块|万|千)/;

export function readClause(folded: string, span: Span): ClauseReading {
  const raw = folded.slice(span.start, span.end);
  const clean = raw.replace(NOISE, "");
  const lexicon = cueLexicon();
  const words = clean.length > 0 ? sharedJieba().cut(clean, true) : [];
  const cues: CueHit[] = [];
  if (clean.length > 0) {
    const codes = new Uint16Array(clean.length);
    for (let index = 0; index < clean.length; index++) codes[index] = clean.charCodeAt(index);
    scanUnits(lexicon.automaton, codes, clean.length, (pattern, begin, end) => {
      for (const cue of lexicon.patternClasses[pattern] ?? []) cues.push({ cue, begin, end });
    });
  }
  let offset = 0;
  for (const word of words) {
    const classes = word.length === 1 ? lexicon.wordClasses.get(word) : undefined;
    if (classes) for (const cue of classes) cues.push({ cue, begin: offset, end: offset + 1 });
    offset += word.length;
  }
  cues.sort((a, b) => a.begin - b.begin || a.end - b.end || a.cue - b.cue);
  const after = folded.slice(span.end, span.end + 2);
  const marks = wordMarks(words, quotedChars(raw), lexicon.members.get("NEGATION") ?? new Set());
  const negated = new Uint8Array(clean.length);
  let at = 0;
  words.forEach((word, index) => {
    if ((marks[index] ?? 0) & 1) negated.fill(1, at, at + word.length);
    at += word.length;
  });
  return { clean, words, cues, marks, negated, quoted: QUOTES.test(raw), question: /[?？]/.test(after) };
}

function add(into: Set<number>, feature: string): void {
  into.add(hashString(feature) % FEATURE_DIMENSIONS);
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

/** Hashed features of a window (one or two clauses), sorted, no repeats. */
export function windowFeatures(
  parts: readonly ClauseReading[],
  industry?: string,
  context?: WindowContext,
): Uint32Array {
  const { classes } = cueLexicon();
  const features = new Set<number>();
  const present = new Set<string>();
  const occurrences: Array<{ cue: string; begin: number; end: number }> = [];
  let offset = 0;
  let text = "";
  for (const part of parts) {
    const { words, clean } = part;
    for (let index = 0; index < words.length; index++) {
      const mark = part.marks[index] ?? 0;
      // a negated word says the opposite of the word: it does not also count as the word itself
      add(features, mark & 1 ? `nw|${words[index]}` : `w|${words[index]}`);
      if (mark & 2) add(features, `qw|${words[index]}`);
      if (index + 1 < words.length) add(features, `b|${words[index]}|${words[index + 1]}`);
    }
    for (let index = 0; index + 1 < clean.length; index++)
      add(features, `${part.negated[index] ? "nc" : "c"}|${clean.slice(index, index + 2)}`);
    for (const hit of part.cues) {
      const name = classes[hit.cue] as string;
      const cue = part.negated[hit.begin] && name !== "NEGATION" ? `~${name}` : name;
      present.add(cue);
      // a gap between clauses so that cues of two clauses are never "adjacent"
      occurrences.push({ cue, begin: hit.begin + offset, end: hit.end + offset });
    }
    if (part.quoted) add(features, "k|QUOTE");
    if (part.question) add(features, "k|QUESTION");
    offset += clean.length + 4;
    text += `${clean}|`;
  }
  if (NUMBER.test(text)) add(features, "k|NUM");
  if (text.includes("%")) add(features, "k|PCT");
  if (DURATION.test(text)) add(features, "k|DURATION");
  if (MULTIPLE.test(text)) add(features, "k|MULTIPLE");
  if (MONEY.test(text)) add(features, "k|MONEY");
  if (parts.length > 1) add(features, "n|pair");
  for (const cue of present) add(features, `k|${cue}`);
  for (let a = 0; a < occurrences.length; a++) {
    const first = occurrences[a] as (typeof occurrences)[number];
    for (let b = a + 1; b < occurrences.length; b++) {
      const second = occurrences[b] as (typeof occurrences)[number];
      if (first.cue === second.cue || second.begin < first.end) continue;
      const pair = `${first.cue}>${second.cue}`;
      add(features, `kk|${pair}`);
      if (second.begin - first.end <= 2) add(features, `ka|${pair}`);
    }
  }
  if (context) {
    for (const mark of context.rules ?? []) {
      add(features, `h|${mark.ruleId}`);
      add(features, `hl|${mark.label}${mark.candidate ? "|candidate" : ""}`);
    }
    for (const cue of CONTEXT_CUES) {
      if (context.sentence.has(cue)) add(features, `s|${cue}`);
      if (context.document.has(cue)) add(features, `d|${cue}`);
    }
  }
  if (industry) {
    add(features, `i|${industry}`);
    for (const cue of present) add(features, `ik|${industry}|${cue}`);
  }
  return Uint32Array.from(features).sort();
}
