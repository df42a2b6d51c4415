// Turns a rule pack into one automaton (terms, their variants, exception and allow phrases) and a list of regexes.
import { type Automaton, buildAutomaton } from "../matcher/automaton.ts";
import { normalizeTerm } from "../normalize/normalize.ts";
import { foldNumerals } from "../normalize/numerals.ts";
import { buildPrefilter, type RegexPrefilter } from "./regex-prefilter.ts";
import type { Rule, RulePack } from "./rule-pack.ts";
import { termVariants } from "./term-variants.ts";

export type PatternRole = "term" | "exception" | "allow";

export interface PatternEntry {
  role: PatternRole;
  /** index into rules; -1 for the global allowlist */
  rule: number;
  /** true when the pattern is an evasion form (pinyin, homophone, digits) rather than the term itself */
  variant: boolean;
}

export interface CompiledRegex {
  rule: number;
  regex: RegExp;
}

export interface CompiledPack {
  pack: RulePack;
  rules: Rule[];
  patterns: string[];
  entries: PatternEntry[][];
  automaton: Automaton;
  regexes: CompiledRegex[];
  /** which regexes a text's literals let run */
  prefilter: RegexPrefilter;
}

export function compilePack(pack: RulePack): CompiledPack {
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const entries: PatternEntry[][] = [];
  const add = (pattern: string, entry: PatternEntry) => {
    if (pattern.length === 0) return;
    let at = index.get(pattern);
    if (at === undefined) {
      at = patterns.length;
      index.set(pattern, at);
      patterns.push(pattern);
      entries.push([]);
    }
    entries[at]?.push(entry);
  };
  const regexes: CompiledRegex[] = [];
  pack.rules.forEach((rule, ruleIndex) => {
    for (const term of rule.terms) {
      termVariants(term, pack.homophones).forEach((form, formIndex) => {
        add(form, { role: "term", rule: ruleIndex, variant: formIndex > 0 });
      });
    }
    for (const phrase of rule.exceptions.phrases)
      add(normalizeTerm(phrase), { role: "exception", rule: ruleIndex, variant: false });
    // regexes run on text whose numerals are folded (一 → 1), so the pattern is folded the same way:
    // otherwise 一定, 一分不少 or 三高 written in a pattern could never match
    for (const source of rule.patterns)
      regexes.push({ rule: ruleIndex, regex: new RegExp(foldNumerals(source), "g") });
  });
  for (const phrase of pack.allowlist)
    add(normalizeTerm(phrase), { role: "allow", rule: -1, variant: false });
  return {
    pack,
    rules: pack.rules,
    patterns,
    entries,
    automaton: buildAutomaton(patterns),
    regexes,
    prefilter: buildPrefilter(regexes.map(({ regex }) => regex)),
  };
}
