// The default eval file (fresh-cases-1.jsonl) measures lines the model never saw. Its lines were written in
// the shape of cases the corpus also draws on, so the guard is on the lines themselves: the file is not a
// training file, and no training line repeats a long run of one of its lines. (The twenty paraphrased sets
// held out in rounds 1 to 10 train the model since round 11; their first runs are recorded in
// evals/compliance/real-heldout/README.md.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainingFiles } from "../../evals/compliance/corpus-files.ts";

const FRESH = new URL("../../evals/compliance/fresh-cases-1.jsonl", import.meta.url).pathname;
/** characters in a row that a training line may not share with an eval line (punctuation ignored) */
const RUN = 16;
/** the risk and usage lines the rules require, word for word: every compliant line may carry them */
const REQUIRED_WORDING =
  /理财非存款产品有风险投资须谨慎|请按药品说明书或在药师指导下(购买和)?使用|本品不能代替药物|回T退订|业绩比较基准(不代表|仅为)[^，。]{0,12}|不构成收益承诺|非保本浮动收益型?/g;

function texts(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) =>
      (JSON.parse(line) as { text: string }).text
        .replace(/[^\p{L}\p{N}%]/gu, "")
        .replace(REQUIRED_WORDING, "|"),
    );
}

describe("the default eval file and the training corpus", () => {
  it("share no line and no long run of a line", () => {
    const files = trainingFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((file) => file.endsWith("fresh-cases-1.jsonl"))).toBe(false);
    const runs = new Set<string>();
    for (const text of texts(FRESH))
      for (let at = 0; at + RUN <= text.length; at++) runs.add(text.slice(at, at + RUN));
    expect(runs.size).toBeGreaterThan(500);
    const copied = files.flatMap((file) =>
      texts(file).filter((text) => {
        for (let at = 0; at + RUN <= text.length; at++) {
          const run = text.slice(at, at + RUN);
          if (!run.includes("|") && runs.has(run)) return true;
        }
        return false;
      }),
    );
    expect(copied).toEqual([]);
  });
});
