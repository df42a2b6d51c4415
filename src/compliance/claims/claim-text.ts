// One text as the claim model reads it: its clauses, each clause read (segmented, cues found) at most
// once however many windows and candidate hits use it.
import { clauses, type Span } from "./clauses.ts";
import { cueLexicon } from "./cue-lexicon.ts";
import { type ClauseReading, readClause } from "./features.ts";

export interface ClaimText {
  text: string;
  /** same-length folded text (width, case, simplified): offsets equal the original's */
  folded: string;
  industry?: string;
  clauses: Span[];
  reading(index: number): ClauseReading;
  /** cue classes present anywhere in the text */
  documentCues(): Set<string>;
}

export function readText(text: string, folded: string, industry?: string): ClaimText {
  const parts = clauses(folded);
  const readings: Array<ClauseReading | undefined> = new Array(parts.length);
  let cues: Set<string> | undefined;
  const reading = (index: number): ClauseReading => {
    let read = readings[index];
    if (!read) {
      read = readClause(folded, parts[index] as Span);
      readings[index] = read;
    }
    return read;
  };
  return {
    text,
    folded,
    industry,
    clauses: parts,
    reading,
    documentCues() {
      if (!cues) {
        const { classes } = cueLexicon();
        cues = new Set();
        for (let index = 0; index < parts.length; index++)
          for (const hit of reading(index).cues) cues.add(classes[hit.cue] as string);
      }
      return cues;
    },
  };
}
