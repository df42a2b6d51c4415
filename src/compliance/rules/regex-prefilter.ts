// Runs a rule regex only on text that holds one of the literals every match of it must contain.
//
// A scan runs some 800 regexes over every text and most of them cannot match (a disease list on a car
// ad, a gold appreciation pattern on a course notice): executing each one cost about half of a whole
// check. The literals come from each regex's syntax tree, are found in one Aho-Corasick pass, and
// only the regexes they name run. A regex whose literals cannot be worked out always runs, so the
// prefilter can skip work but never a match.
import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { type Automaton, buildAutomaton, scanUnits, stringUnits } from "../matcher/automaton.ts";

/** Largest set of exact strings carried while joining neighbours ("极其|非常" then 安全 → 极其安全, 非常安全). */
const MAX_EXACT = 64;
/** Largest character class spelled out as single characters; a wider class tells nothing useful. */
const MAX_CLASS = 24;
/** Flags whose meaning the analysis knows: none of them changes which characters a literal matches. */
const KNOWN_FLAGS = /^[gmsdy]*$/;
const DIGITS = "0123456789";

interface Facts {
  /** every string the node can match, when there are few enough to list */
  exact?: Set<string>;
  /** strings of which every match of the node contains at least one */
  required?: Set<string>;
}

const NOTHING: Facts = {};

/** The literal set that says most about a text: longest shortest member, then the fewest members. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || a.has("")) return b && !b.has("") ? b : undefined;
  if (!b || b.has("")) return a;
  const shortest = (set: Set<string>) => Math.min(...[...set].map((value) => value.length));
  const [lengthA, lengthB] = [shortest(a), shortest(b)];
  if (lengthA !== lengthB) return lengthA > lengthB ? a : b;
  return a.size <= b.size ? a : b;
}

function usable(facts: Facts): Set<string> | undefined {
  return better(facts.exact, facts.required);
}

function product(left: Set<string>, right: Set<string>): Set<string> | undefined {
  if (left.size * right.size > MAX_EXACT) return undefined;
  const joined = new Set<string>();
  for (const a of left) for (const b of right) joined.add(a + b);
  return joined;
}

function classFacts(node: AST.CharacterClass): Facts {
  if (node.negate || node.unicodeSets) return NOTHING;
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === "Character") chars.add(String.fromCharCode(element.value));
    else if (element.type === "CharacterClassRange") {
      if (element.max.value - element.min.value + 1 > MAX_CLASS) return NOTHING;
      for (let code = element.min.value; code <= element.max.value; code++)
        chars.add(String.fromCharCode(code));
    } else if (element.type === "CharacterSet" && element.kind === "digit" && !element.negate) {
      for (const digit of DIGITS) chars.add(digit);
    } else return NOTHING;
    if (chars.size > MAX_CLASS) return NOTHING;
  }
  return chars.size > 0 ? { exact: chars } : NOTHING;
}

/** One branch: neighbours with exact strings are joined, and the best of the joined runs is required. */
function sequenceFacts(elements: readonly AST.Element[]): Facts {
  let run = new Set<string>([""]);
  let whole = true;
  let best: Set<string> | undefined;
  const close = () => {
    best = better(best, run);
    run = new Set([""]);
  };
  for (const element of elements) {
    const facts = elementFacts(element);
    if (element.type === "Assertion") {
      // a lookaround consumes nothing: what it needs is required, but nothing joins across it
      whole = false;
      close();
      best = better(best, usable(facts));
      continue;
    }
    const joined = facts.exact ? product(run, facts.exact) : undefined;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    close();
    if (facts.exact) run = new Set(facts.exact);
    else best = better(best, facts.required);
  }
  if (whole) return { exact: run };
  close();
  return best ? { required: best } : NOTHING;
}

function alternativesFacts(alternatives: readonly AST.Alternative[]): Facts {
  const branches = alternatives.map((alternative) => sequenceFacts(alternative.elements));
  const exact = new Set<string>();
  let allExact = true;
  for (const branch of branches) {
    if (!branch.exact) {
      allExact = false;
      break;
    }
    for (const value of branch.exact) exact.add(value);
  }
  if (allExact && exact.size <= MAX_EXACT) return { exact };
  // any match goes through one branch, so it contains one of that branch's literals
  const required = new Set<string>();
  for (const branch of branches) {
    const literals = usable(branch);
    if (!literals) return NOTHING;
    for (const value of literals) required.add(value);
  }
  return { required };
}

function elementFacts(node: AST.Element): Facts {
  switch (node.type) {
    case "Character":
      return { exact: new Set([String.fromCharCode(node.value)]) };
    case "CharacterClass":
      return classFacts(node);
    case "CharacterSet":
      return node.kind === "digit" && !node.negate ? { exact: new Set(DIGITS) } : NOTHING;
    case "Group":
      // an inline modifier group such as (?i:…) changes what its letters match
      return node.modifiers ? NOTHING : alternativesFacts(node.alternatives);
    case "CapturingGroup":
      return alternativesFacts(node.alternatives);
    case "Quantifier": {
      if (node.min === 0) return NOTHING;
      const inner = elementFacts(node.element);
      if (node.min === 1 && node.max === 1) return inner;
      const literals = usable(inner);
      return literals ? { required: literals } : NOTHING;
    }
    case "Assertion":
      if ((node.kind === "lookahead" || node.kind === "lookbehind") && !node.negate) {
        const literals = usable(alternativesFacts(node.alternatives));
        return literals ? { required: literals } : NOTHING;
      }
      return NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * Literals of which every match of the regex contains at least one, or undefined when they cannot be
 * worked out (unknown flags, a branch that can match anything): such a regex must always run.
 */
export function requiredLiterals(regex: RegExp): string[] | undefined {
  if (!KNOWN_FLAGS.test(regex.flags)) return undefined;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(regex.source, 0, regex.source.length, {
      unicode: false,
      unicodeSets: false,
    });
  } catch {
    // syntax the parser does not know (the engine accepted it): run the regex everywhere rather than guess
    return undefined;
  }
  const literals = usable(alternativesFacts(pattern.alternatives));
  return literals && !literals.has("") ? [...literals] : undefined;
}

export interface RegexPrefilter {
  automaton: Automaton;
  /** for each literal, the regexes it lets run */
  regexesOf: number[][];
  /** regexes without literals: they run on every text */
  always: number[];
  count: number;
}

export function buildPrefilter(regexes: readonly RegExp[]): RegexPrefilter {
  const index = new Map<string, number>();
  const literals: string[] = [];
  const regexesOf: number[][] = [];
  const always: number[] = [];
  regexes.forEach((regex, regexIndex) => {
    const required = requiredLiterals(regex);
    if (!required) {
      always.push(regexIndex);
      return;
    }
    for (const literal of required) {
      let at = index.get(literal);
      if (at === undefined) {
        at = literals.length;
        index.set(literal, at);
        literals.push(literal);
        regexesOf.push([]);
      }
      regexesOf[at]?.push(regexIndex);
    }
  });
  return { automaton: buildAutomaton(literals), regexesOf, always, count: regexes.length };
}

/** Which regexes may match the text: one flag a regex, in the regexes' own order. */
export function regexesToRun(prefilter: RegexPrefilter, text: string): Uint8Array {
  const run = new Uint8Array(prefilter.count);
  for (const regexIndex of prefilter.always) run[regexIndex] = 1;
  scanUnits(prefilter.automaton, stringUnits(text), text.length, (literal) => {
    for (const regexIndex of prefilter.regexesOf[literal] ?? []) run[regexIndex] = 1;
  });
  return run;
}
