// The held-out sets measure text the model never saw: no published case they were modelled on may also be a
// training line's source, or their first runs would flatter the engine.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainingFiles } from "../../evals/compliance/corpus-files.ts";

const HELDOUT = new URL("../../evals/compliance/real-heldout/", import.meta.url).pathname;

/**
 * Overlaps found and written up in real-heldout/README.md; any other is a new leak. b1 was handed to training
 * after its first run; a round-4 training file reused one c2 case after c2's first run; one case each of e1
 * and h1 (3 and 4 lines) had been a round-2 training case, which the writers could not see in the manifests
 * they checked: their first runs are also given without those lines.
 */
const KNOWN_OVERLAPS = new Set([
  "b1.jsonl: https://www.hexiehealth.com/hxdt/jrzsjyzq/yayx/14910.htm",
  "b1.jsonl: http://news.43b.com.cn/a/1845166.html",
  "c2.jsonl: http://www.mnw.cn/news/nd/2049641.html",
  "e1.jsonl: http://hbzyjz.com/news/detail/445/248691.html",
  "h1.jsonl: http://www.xjdql.cn/ms/content/2021-04/12/content_8682080.htm",
]);

function sourceUrls(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { source_url?: string | null }).source_url ?? "")
    .filter((url) => url.length > 0);
}

describe("held-out sets and the training corpus", () => {
  it("share no source URL beyond the documented overlaps", () => {
    const training = new Set(trainingFiles().flatMap(sourceUrls));
    const sets = readdirSync(HELDOUT).filter((name) => name.endsWith(".jsonl") && !name.startsWith("cases-"));
    expect(sets.length).toBeGreaterThanOrEqual(14);
    const shared = sets.flatMap((name) =>
      sourceUrls(`${HELDOUT}${name}`)
        .filter((url) => training.has(url))
        .map((url) => `${name}: ${url}`)
        .filter((overlap) => !KNOWN_OVERLAPS.has(overlap)),
    );
    expect(training.size).toBeGreaterThan(300);
    expect(shared).toEqual([]);
  });
});
