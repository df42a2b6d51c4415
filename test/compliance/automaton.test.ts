import { AhoCorasick } from "@monyone/aho-corasick/fast";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton, matchAll, stringUnits } from "../../src/compliance/matcher/automaton.ts";

describe("automaton", () => {
  it("reports the same matches as @monyone/aho-corasick, overlaps included", () => {
    const alphabet = fc.constantFrom("最", "好", "第", "一", "稳", "赚", "a", "b");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 15 }),
        fc.array(alphabet, { maxLength: 80 }),
        (patterns, chars) => {
          const text = chars.join("");
          const ours = matchAll(buildAutomaton(patterns), stringUnits(text), text.length).map(
            (match) => `${match.begin}:${match.end}:${patterns[match.pattern]}`,
          );
          const theirs = new AhoCorasick([...new Set(patterns)])
            .matchInText(text)
            .map((match) => `${match.begin}:${match.end}:${match.keyword}`);
          expect(new Set(ours)).toEqual(new Set(theirs));
        },
      ),
      { numRuns: 300 },
    );
  });
});
