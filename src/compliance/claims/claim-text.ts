// One text as the claim model reads it: its clauses, each clause read (segmented, cues found) at most
// once however many windows and candidate hits use it.
import { clauses, type Span } from "./clauses.ts";
import { cueLexicon } from "./cue-lexicon.ts";
import {
  type ClauseReading,
  cleanClause,
  type RuleMark,
  readClause,
  segmentClauses,
  type WindowContext,
} from "./features.ts";
import { cachedReading, keepReading, readingKey } from "./reading-cache.ts";

export interface ClaimText {
  text: string;
  /** same-length folded text (width, case, simplified): offsets equal the original's */
  folded: string;
  industry?: string;
  clauses: Span[];
  reading(index: number): ClauseReading;
  /** cue classes present anywhere in the text */
  documentCues(): Set<string>;
  /** the sentence and text around a window starting at clause `first` and holding `size` clauses */
  context(first: number, size: number): WindowContext;
}

const SENTENCE_END = /[。！？!?；;\n\r]/;

export function readText(
  text: string,
  folded: string,
  industry?: string,
  rules: readonly RuleMark[] = [],
): ClaimText {
  const parts = clauses(folded);
  const readings: Array<ClauseReading | undefined> = new Array(parts.length);
  let keys: Array<string | null> | undefined;
  let words: Array<string[] | undefined> | undefined;
  let cues: Set<string> | undefined;
  // clauses separated by a sentence end belong to different sentences
  const sentenceOf: number[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    const gap = previous ? folded.slice(previous.end, part.start) : "";
    sentenceOf.push(index === 0 ? 0 : (sentenceOf[index - 1] ?? 0) + (SENTENCE_END.test(gap) ? 1 : 0));
  });
  const sentenceCues = new Map<number, Set<string>>();
  const reading = (index: number): ClauseReading => {
    let read = readings[index];
    if (read) return read;
    if (!keys) {
      // the clauses read before come from the cache; the rest are segmented in one jieba call
      keys = parts.map((part) => readingKey(folded, part, industry));
      const missing: number[] = [];
      keys.forEach((key, at) => {
        const cached = cachedReading(key);
        if (cached) readings[at] = cached;
        else missing.push(at);
      });
      const segmented = segmentClauses(missing.map((at) => cleanClause(folded, parts[at] as Span)));
      words = new Array(parts.length);
      missing.forEach((at, order) => {
        (words as Array<string[] | undefined>)[at] = segmented[order];
      });
      read = readings[index];
      if (read) return read;
    }
    const key = keys[index] ?? null;
    // the same clause twice in one text: the second is read from the first
    read = cachedReading(key) ?? readClause(folded, parts[index] as Span, words?.[index], industry);
    keepReading(key, read);
    readings[index] = read;
    return read;
  };
  const classesOf = (index: number, into: Set<string>) => {
    const { classes } = cueLexicon();
    for (const hit of reading(index).cues) into.add(classes[hit.cue] as string);
  };
  const documentCues = () => {
    if (!cues) {
      cues = new Set();
      for (let index = 0; index < parts.length; index++) classesOf(index, cues);
    }
    return cues;
  };
  // a sentence is a run of clauses: where each run starts, so a sentence's cues are read from its own clauses
  const sentenceStarts: number[] = [];
  sentenceOf.forEach((number, index) => {
    if (sentenceStarts[number] === undefined) sentenceStarts[number] = index;
  });
  const sentence = (number: number) => {
    let found = sentenceCues.get(number);
    if (!found) {
      found = new Set();
      for (let index = sentenceStarts[number] ?? parts.length; sentenceOf[index] === number; index++)
        classesOf(index, found);
      sentenceCues.set(number, found);
    }
    return found;
  };
  // rule hits by start, and the longest: the hits inside a window are found without reading them all
  const marks = [...rules].sort((a, b) => a.start - b.start);
  const longest = marks.reduce((most, mark) => Math.max(most, mark.end - mark.start), 0);
  const rulesWithin = (from: number, to: number): RuleMark[] => {
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((marks[middle] as RuleMark).start < to) low = middle + 1;
      else high = middle;
    }
    const inside: RuleMark[] = [];
    for (let index = low - 1; index >= 0; index--) {
      const mark = marks[index] as RuleMark;
      if (mark.start + longest <= from) break;
      if (from < mark.end) inside.push(mark);
    }
    return inside.reverse();
  };
  return {
    text,
    folded,
    industry,
    clauses: parts,
    reading,
    documentCues,
    context(first, size) {
      const start = sentenceOf[first] ?? 0;
      const end = sentenceOf[first + size - 1] ?? start;
      let merged = sentence(start);
      if (end !== start) merged = new Set([...merged, ...sentence(end)]);
      const from = parts[first]?.start ?? 0;
      const to = parts[first + size - 1]?.end ?? from;
      return { sentence: merged, document: documentCues(), rules: rulesWithin(from, to) };
    },
  };
}
