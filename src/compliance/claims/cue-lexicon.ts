// The cue classes of cues.yaml, compiled once: an automaton for entries of two or more characters and a
// word table for one-character entries (matched only as whole jieba words).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { type Automaton, buildAutomaton } from "../matcher/automaton.ts";

const CUES_URL = new URL("./cues.yaml", import.meta.url);
/** Classes that describe the word right after a hit (第一次, 第一批), not a clause: left out of clause cues. */
export const CONTEXT_ONLY_CLASSES = new Set(["ORDINAL_NEXT"]);

const CuesSchema = z.object({ classes: z.record(z.string(), z.array(z.coerce.string().min(1))) });

export interface CueLexicon {
  /** class names, in file order; a class id is an index here */
  classes: string[];
  automaton: Automaton;
  /** for each automaton pattern, the classes it belongs to */
  patternClasses: number[][];
  /** one-character entries, by their one UTF-16 unit: the classes of a whole word (a number is looked up
   * without hashing a new string from jieba) */
  unitClasses: Map<number, number[]>;
  /** entries per class, for context features of candidate hits */
  members: Map<string, Set<string>>;
  /** sha256 of the classes (not of the file's layout), recorded by the model so a changed lexicon is noticed */
  hash: string;
}

function compile(text: string): CueLexicon {
  const data = CuesSchema.parse(parse(text));
  const classes = Object.keys(data.classes);
  const patterns: string[] = [];
  const patternIndex = new Map<string, number>();
  const patternClasses: number[][] = [];
  const unitClasses = new Map<number, number[]>();
  const members = new Map<string, Set<string>>();
  classes.forEach((name, id) => {
    const entries = data.classes[name] ?? [];
    members.set(name, new Set(entries));
    if (CONTEXT_ONLY_CLASSES.has(name)) return;
    for (const entry of entries) {
      if (entry.length === 1) {
        const unit = entry.charCodeAt(0);
        const list = unitClasses.get(unit) ?? [];
        if (!list.includes(id)) list.push(id);
        unitClasses.set(unit, list);
        continue;
      }
      let index = patternIndex.get(entry);
      if (index === undefined) {
        index = patterns.length;
        patterns.push(entry);
        patternIndex.set(entry, index);
        patternClasses.push([]);
      }
      const list = patternClasses[index] as number[];
      if (!list.includes(id)) list.push(id);
    }
  });
  return {
    classes,
    automaton: buildAutomaton(patterns),
    patternClasses,
    unitClasses,
    members,
    hash: createHash("sha256").update(JSON.stringify(data.classes)).digest("hex").slice(0, 12),
  };
}

let lexicon: CueLexicon | undefined;

export function cueLexicon(): CueLexicon {
  lexicon ??= compile(readFileSync(CUES_URL, "utf8"));
  return lexicon;
}

/** The cue classes that name an illness: a health word beside one of them is about a disease. */
export const HEALTH_CLASSES = ["DISEASE", "PATHOGEN"] as const;

/** Whether the text holds a term of any of these cue classes (a disease, a pathogen ...). */
export function mentionsCue(text: string, classes: readonly string[]): boolean {
  const { members } = cueLexicon();
  for (const name of classes)
    for (const term of members.get(name) ?? []) if (text.includes(term)) return true;
  return false;
}
