// The claim model's per-clause cache (reading-cache.ts) and the per-clause weighted sums built on it change
// nothing a check decides: a clause read from the cache equals the clause read alone, and whole checks give the
// same verdict, findings and confidences whether the cache is cold, warm, or warmed by other texts.
// Texts: the approved library (what drafts are made of) and sentences written for this test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkText } from "../../src/compliance/check-text.ts";
import { readText } from "../../src/compliance/claims/claim-text.ts";
import { readClause } from "../../src/compliance/claims/features.ts";
import {
  cachedReadingCount,
  clearReadings,
  MAX_CACHED_CLAUSE,
  MAX_CACHED_READINGS,
} from "../../src/compliance/claims/reading-cache.ts";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import type { CheckInput } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const WRITTEN = [
  "这款理财保本保息吗？不保本，过往业绩不代表未来表现。",
  "有人说“稳赚不赔”，都是骗子，请您谨慎。",
  "喝了三个月，血压都稳住了，效果很好。",
  "本周新品到店，欢迎周末来门店试用，顾问会现场讲解成分和用法。",
  "年化收益率高达12%，最好的理财产品，名额有限！",
  "这个方法能根治失眠吗？我们不做任何疗效承诺。",
  "您好～限时 三天，欢迎来店：第一批有赠品",
  // one clause twice in a text, and a run longer than the cache keeps
  "保本保息，保本保息，保本保息。",
  `${"保本".repeat(MAX_CACHED_CLAUSE)}，稳赚`,
];

interface LibraryItem {
  industry?: CheckInput["industry"];
  text?: string;
  clause?: string;
}

function libraryTexts(): Array<{ text: string; industry: CheckInput["industry"] }> {
  const root = new URL("../../content-library/", import.meta.url).pathname;
  const texts: Array<{ text: string; industry: CheckInput["industry"] }> = [];
  for (const industry of readdirSync(root)) {
    const folder = join(root, industry);
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith(".yaml"))
      .sort()) {
      const items = parse(readFileSync(join(folder, file), "utf8")) as LibraryItem[] | null;
      for (const item of items ?? []) {
        if (item.text) texts.push({ text: item.text, industry: item.industry });
        if (item.clause) texts.push({ text: item.clause, industry: item.industry });
      }
    }
  }
  return texts;
}

const library = libraryTexts();
// every 7th item keeps the test quick while crossing every industry and kind of item
const sample = [
  ...WRITTEN.map((text) => ({ text, industry: "finance" as const })),
  ...library.filter((_, index) => index % 7 === 0),
];

beforeEach(() => clearReadings());

describe("clause readings from the cache", () => {
  it("reads the library's texts", () => {
    expect(library.length).toBeGreaterThan(500);
  });

  it("equal the clause read alone, cold and warm, in every industry", () => {
    for (const pass of ["cold", "warm"]) {
      for (const { text, industry } of sample) {
        const folded = foldSameLength(text);
        const read = readText(text, folded, industry);
        read.clauses.forEach((span, index) => {
          expect(read.reading(index), `${pass}: ${folded.slice(span.start, span.end)}`).toEqual(
            readClause(folded, span, undefined, industry),
          );
        });
      }
    }
  });

  it("keep a question mark after the clause and the industry apart", () => {
    const asked = readText("保本吗？", foldSameLength("保本吗？"), "finance");
    const said = readText("保本吗。", foldSameLength("保本吗。"), "finance");
    const elsewhere = readText("保本吗。", foldSameLength("保本吗。"), "insurance");
    expect(asked.reading(0)).not.toEqual(said.reading(0));
    expect(said.reading(0)).not.toEqual(elsewhere.reading(0));
    expect(said.reading(0).local).toEqual(
      readClause("保本吗。", { start: 0, end: 3 }, undefined, "finance").local,
    );
  });

  it("stay bounded however many distinct clauses pass through", () => {
    const many = Array.from({ length: MAX_CACHED_READINGS + 50 }, (_, index) => `第${index}号客户专享`).join(
      "，",
    );
    const read = readText(many, foldSameLength(many), "retail");
    for (let index = 0; index < read.clauses.length; index++) read.reading(index);
    expect(cachedReadingCount()).toBe(MAX_CACHED_READINGS);
    // the first clause was pushed out and is read again, equal to reading it alone
    const span = read.clauses[0] as { start: number; end: number };
    const again = readText(many.slice(0, span.end), foldSameLength(many.slice(0, span.end)), "retail");
    expect(again.reading(0)).toEqual(readClause(foldSameLength(many), span, undefined, "retail"));
  });
});

describe("whole checks with the cache", () => {
  it("give the same verdicts cold (cache cleared before each text) and warm (after every other text)", async () => {
    const engine = testEngine();
    const inputs = sample.map(({ text, industry }) => ({ text, industry, channel: "moments" as const }));
    const cold = [];
    for (const input of inputs) {
      clearReadings();
      cold.push(await checkText(input, engine));
    }
    for (const input of inputs) await checkText(input, engine);
    const warm = [];
    for (const input of [...inputs].reverse()) warm.push(await checkText(input, engine));
    expect(warm.reverse()).toEqual(cold);
    // the sample holds claims the model flags, so the comparison covers model findings, not only passes
    expect(cold.some((verdict) => verdict.findings.some((finding) => finding.source === "model"))).toBe(true);
  });
});
