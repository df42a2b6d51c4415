// For random evasions of listed terms, some finding's original.slice(start, end) is the term as written.
import fc from "fast-check";
import * as OpenCC from "opencc-js/cn2t";
import { describe, expect, it } from "vitest";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { normalize, normalizeTerm } from "../../src/compliance/normalize/normalize.ts";
import { scanRules } from "../../src/compliance/rules/scan-rules.ts";
import { testEngine } from "./fixtures.ts";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const SEPARATORS = [" ", "·", "\u200b", "\u200d", "*", "😊", "-", "|", "\ufe0f", "　", "_", "~", "💰"];

const compiled = testEngine().rulePack;
const terms = compiled.rules
  .filter(
    (rule) => rule.severity === "block" && rule.industries.length === 0 && rule.not_industries.length === 0,
  )
  .flatMap((rule) => rule.terms)
  .filter((term) => /^[\u4e00-\u9fff]{2,6}$/.test(term));

const evasion = fc
  .record({
    term: fc.constantFrom(...terms),
    seed: fc.array(
      fc.record({ traditional: fc.boolean(), repeat: fc.boolean(), separator: fc.nat(SEPARATORS.length) }),
      {
        minLength: 6,
        maxLength: 6,
      },
    ),
  })
  .map(({ term, seed }) =>
    [...term]
      .map((char, index) => {
        const choice = seed[index] ?? { traditional: false, repeat: false, separator: SEPARATORS.length };
        const traditional = toTraditional(char);
        let written = choice.traditional && normalizeTerm(traditional) === char ? traditional : char;
        if (choice.repeat) written += written;
        const separator = index < term.length - 1 ? (SEPARATORS[choice.separator] ?? "") : "";
        return written + separator;
      })
      .join(""),
  );

describe("evasion property", () => {
  it("maps every evaded term back to exact offsets in the original", () => {
    expect(terms.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(evasion, (written) => {
        const prefix = "这款";
        const text = `${prefix}${written}，欢迎咨询。`;
        const findings = scanRules(compiled, {
          original: text,
          folded: foldSameLength(text),
          normalized: normalize(text),
        });
        const start = prefix.length;
        const end = start + written.length;
        const exact = findings.filter((finding) => finding.start <= start && finding.end >= end);
        expect(exact.length, `${written}: ${JSON.stringify(findings)}`).toBeGreaterThan(0);
        for (const finding of findings) expect(finding.excerpt).toBe(text.slice(finding.start, finding.end));
      }),
      { numRuns: 500 },
    );
  });
});
