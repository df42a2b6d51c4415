import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RULES_DIR,
  loadRulePack,
  noExceptions,
  withRules,
} from "../../src/compliance/rules/rule-pack.ts";
import { alternation, expandPattern } from "../../src/compliance/rules/vocabulary.ts";

describe("rule vocabulary", () => {
  it("matches the longest word and escapes regex characters, so 高血压 wins over 高血 and a+b is literal", () => {
    const source = alternation(["高血", "高血压", "100%", "a+b"]);
    expect(new RegExp(source).exec("患有高血压")?.[0]).toBe("高血压");
    expect(new RegExp(source).test("a+b")).toBe(true);
    expect(new RegExp(source).test("aab")).toBe(false);
    expect(new RegExp(source).exec("100%")?.[0]).toBe("100%");
  });

  it("folds numerals as the text is folded, so 三高 in a list meets 三高 in a text", () => {
    const source = alternation(["三高", "痛风"]);
    expect(source).not.toMatch(/\\u/);
    expect(new RegExp(source).test("3高")).toBe(true);
    // a range written over folded and unfolded characters would drop words
    const numbered = new RegExp(`^${alternation(["一a", "丁a", "丂a", "七a"])}$`);
    for (const word of ["1a", "丁a", "丂a", "7a"]) expect(numbered.test(word), word).toBe(true);
  });

  it("is one group, so a quantifier after {NAME} applies to the whole list", () => {
    const pattern = new RegExp(`^${expandPattern("适合{D}?人群", { D: ["痛风", "三高"] }, "rule t")}$`);
    expect(pattern.test("适合人群")).toBe(true);
    expect(pattern.test("适合痛风人群")).toBe(true);
  });

  it("expands {NAME} and leaves quantifiers alone", () => {
    const pattern = expandPattern(
      "对[^\\x00]{0,4}{DISEASE}有帮助",
      { DISEASE: ["胃病", "痛风", "胃炎"] },
      "rule t",
    );
    expect(pattern.startsWith("对[^\\x00]{0,4}")).toBe(true);
    expect(pattern).not.toContain("{DISEASE}");
    for (const text of ["常喝对痛风有帮助", "对胃病有帮助", "常喝对慢性胃炎有帮助"])
      expect(new RegExp(pattern).test(text), text).toBe(true);
    expect(new RegExp(pattern).test("常喝对胃有帮助")).toBe(false);
  });

  it("refuses a list the vocabulary lacks, naming the rule, instead of matching it literally", () => {
    expect(() => expandPattern("{NOPE}了", { DISEASE: ["胃病"] }, "rule x.y")).toThrow(/rule x\.y.*\{NOPE\}/);
  });

  it("a shipped rule naming an unknown list stops the pack from loading", () => {
    const dir = mkdtempSync(join(tmpdir(), "liangyan-pack-"));
    for (const file of readdirSync(DEFAULT_RULES_DIR, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const from = join(file.parentPath, file.name);
      const to = join(dir, from.slice(DEFAULT_RULES_DIR.length));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, readFileSync(from));
    }
    const medical = join(dir, "medical.yaml");
    writeFileSync(medical, readFileSync(medical, "utf8").replace("{DISEASE}", "{DISEASES_TYPO}"));
    expect(() => loadRulePack(dir)).toThrow(/DISEASES_TYPO/);
  });

  it("a stored rule naming an unknown list is skipped, and one naming a known list works", () => {
    const pack = withRules(loadRulePack(), [
      stored("db.typo", "{NO_SUCH_LIST}"),
      stored("db.disease", "{DISEASE}秘方"),
    ]);
    expect(pack.skipped).toEqual(["db.typo"]);
    const rule = pack.rules.find((candidate) => candidate.id === "db.disease");
    expect(rule && new RegExp(rule.patterns[0] ?? "").test("痛风秘方")).toBe(true);
  });
});

function stored(id: string, pattern: string) {
  return {
    id,
    category: "medical",
    article: "《广告法》第十七条",
    severity: "block" as const,
    industries: [],
    not_industries: [],
    channels: [],
    terms: [],
    patterns: [pattern],
    suggestion: "",
    exceptions: noExceptions(),
  };
}
