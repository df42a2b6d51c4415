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
  let words: string[][] | undefined;
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
    if (!read) {
      words ??= segmentClauses(parts.map((part) => cleanClause(folded, part)));
      read = readClause(folded, parts[index] as Span, words[index], industry);
      readings[index] = read;
    }
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
  const sentence = (number: number) => {
    let found = sentenceCues.get(number);
    if (!found) {
      found = new Set();
      for (let index = 0; index < parts.length; index++)
        if (sentenceOf[index] === number) classesOf(index, found);
      sentenceCues.set(number, found);
    }
    return found;
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
      const inside = rules.filter((mark) => mark.start < to && from < mark.end);
      return { sentence: merged, document: documentCues(), rules: inside };
    },
  };
}
