import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trainingFiles } from "../../evals/compliance/corpus-files.ts";
import { normalize, normalizedString } from "../../src/compliance/normalize/normalize.ts";
import { foldNumerals } from "../../src/compliance/normalize/numerals.ts";
import { compilePack } from "../../src/compliance/rules/compile-pack.ts";
import {
  buildPrefilter,
  regexesToRun,
  requiredLiterals,
} from "../../src/compliance/rules/regex-prefilter.ts";
import { loadRulePack } from "../../src/compliance/rules/rule-pack.ts";

const literals = (source: string, flags = "g") => requiredLiterals(new RegExp(source, flags))?.sort();

describe("the literals every match of a regex contains", () => {
  it("joins neighbouring exact pieces and keeps the most telling set", () => {
    expect(literals("(绝对|非常)安全(的)?")).toEqual(["绝对安全", "非常安全"]);
    // the lookbehind's 酒 or 茶 is required too, but 升值 is longer
    expect(literals("(?<=(酒|茶)[^。]{0,5})升值")).toEqual(["升值"]);
    expect(literals("年化\\d%")).toEqual([..."0123456789"].map((digit) => `年化${digit}%`).sort());
  });

  it("takes nothing from optional pieces, negative lookarounds or wide classes", () => {
    expect(literals("最?好")).toEqual(["好"]);
    expect(literals("(?!不)[\\u4e00-\\u9fa5]{2}之王")).toEqual(["之王"]);
    expect(literals("(?<!不)[^。]{2}")).toBeUndefined();
    expect(literals("(稳赚|)")).toBeUndefined();
    expect(literals("稳赚", "gi")).toBeUndefined();
  });

  it("never names literals that a match can lack (random regexes and texts)", () => {
    const atom = fc.oneof(
      fc.constantFrom("a", "b", "c", "[ab]", "[^a]", ".", "\\d", "1"),
      fc.constantFrom("(?=a)", "(?!b)", "(?<=c)", "(?<!a)", "^", "$"),
    );
    const regex = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        atom,
        fc.tuple(tie("node"), tie("node")).map(([a, b]) => `${a}${b}`),
        fc.tuple(tie("node"), tie("node")).map(([a, b]) => `(${a}|${b})`),
        fc
          .tuple(tie("node"), fc.constantFrom("?", "*", "+", "{2}", "{1,3}", "{0,2}"))
          .map(([a, quantifier]) => `(?:${a})${quantifier}`),
        tie("node").map((a) => `(?=${a})`),
        tie("node").map((a) => `(?<=${a})`),
      ),
    })).node;
    fc.assert(
      fc.property(
        regex,
        fc.array(fc.constantFrom("a", "b", "c", "1", "。"), { maxLength: 12 }),
        (source, chars) => {
          const text = chars.join("");
          const found = requiredLiterals(new RegExp(source, "g"));
          if (found && new RegExp(source).test(text))
            expect(found.some((literal) => text.includes(literal))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the shipped rule pack's prefilter", () => {
  it("lets every regex that matches a training line run on it, and skips most regexes", () => {
    const compiled = compilePack(loadRulePack());
    const prefilter = buildPrefilter(compiled.regexes.map(({ regex }) => regex));
    const texts = trainingFiles().flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim().length > 0)
        .map((line) =>
          foldNumerals(normalizedString(normalize((JSON.parse(line) as { text: string }).text))),
        ),
    );
    let matched = 0;
    let ran = 0;
    const skippedMatches: string[] = [];
    for (const text of texts) {
      const run = regexesToRun(prefilter, text);
      compiled.regexes.forEach(({ regex }, index) => {
        ran += run[index] ?? 0;
        regex.lastIndex = 0;
        if (!regex.test(text)) return;
        matched++;
        if (run[index] === 0) skippedMatches.push(`${regex.source.slice(0, 40)} on ${text.slice(0, 40)}`);
      });
    }
    expect(matched).toBeGreaterThan(1000);
    expect(skippedMatches).toEqual([]);
    // what the prefilter is for: a tenth of the regexes or fewer run on a typical line
    expect(ran / texts.length).toBeLessThan(compiled.regexes.length / 10);
  });
});
