// npm run bench:compliance: rule-scan throughput over a ~20 MB synthetic Chinese corpus with >= 5,000 patterns.
// Ours: normalization (width, case, traditional->simplified, separators, repeats, offsets) + one automaton pass.
// Anchor: @monyone/aho-corasick (fast, double array) on the same patterns over the raw text, no normalization.
import { AhoCorasick } from "@monyone/aho-corasick/fast";
import { buildAutomaton, scanUnits } from "../src/compliance/matcher/automaton.ts";
import { normalize } from "../src/compliance/normalize/normalize.ts";
import { compilePack } from "../src/compliance/rules/compile-pack.ts";
import { loadRulePack } from "../src/compliance/rules/rule-pack.ts";
import { mulberry32 } from "../src/shared/seeded-random.ts";

const TARGET_BYTES = 20 * 1024 * 1024;
const CHUNK_CHARS = 64 * 1024;
const MIN_PATTERNS = 5000;
const RUNS = 3;

const random = mulberry32(42);
// a common-character pool: the first 3,500 unified ideographs after U+4E00 weighted towards the front
const pool = Array.from({ length: 3500 }, (_, index) => String.fromCharCode(0x4e00 + index * 5));
const pick = (items: readonly string[]) => items[Math.floor(random() * random() * items.length)] as string;
const punctuation = ["，", "。", "！", "？", "、", "：", " ", "～", "😊", "\u200b", "Ａ", "1"];

const rulePatterns = compilePack(loadRulePack()).patterns;
const patterns = [...new Set(rulePatterns)];
while (patterns.length < MIN_PATTERNS + 500) {
  const length = 2 + Math.floor(random() * 3);
  patterns.push(Array.from({ length }, () => pick(pool)).join(""));
}
const unique = [...new Set(patterns)];

function sentence(): string {
  const parts: string[] = [];
  const length = 8 + Math.floor(random() * 30);
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.03) parts.push(unique[Math.floor(random() * unique.length)] as string);
    else if (roll < 0.1) parts.push(punctuation[Math.floor(random() * punctuation.length)] as string);
    else parts.push(pick(pool));
  }
  return `${parts.join("")}。`;
}

const pieces: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const line = sentence();
  pieces.push(line);
  bytes += Buffer.byteLength(line, "utf8");
}
const corpus = pieces.join("\n");
const megabytes = Buffer.byteLength(corpus, "utf8") / 1e6;
const chunks: string[] = [];
for (let i = 0; i < corpus.length; i += CHUNK_CHARS) chunks.push(corpus.slice(i, i + CHUNK_CHARS));

function time(run: () => number): { seconds: number; matches: number } {
  let best = Number.POSITIVE_INFINITY;
  let matches = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    matches = run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { seconds: best, matches };
}

let started = performance.now();
const ours = buildAutomaton(unique);
const oursBuild = (performance.now() - started) / 1000;
started = performance.now();
const anchor = new AhoCorasick(unique);
const anchorBuild = (performance.now() - started) / 1000;

const oursResult = time(() => {
  let count = 0;
  for (const chunk of chunks) {
    const normalized = normalize(chunk);
    scanUnits(ours, normalized.codes, normalized.length, () => {
      count++;
    });
  }
  return count;
});
const anchorResult = time(() => {
  let count = 0;
  for (const chunk of chunks) count += anchor.matchInText(chunk).length;
  return count;
});

const oursMbS = megabytes / oursResult.seconds;
const anchorMbS = megabytes / anchorResult.seconds;
console.log(
  `corpus ${megabytes.toFixed(1)} MB (${chunks.length} chunks of ${CHUNK_CHARS} chars), ${unique.length} patterns (${rulePatterns.length} from the rule pack with evasion forms)`,
);
console.log(`build: ours ${oursBuild.toFixed(2)} s, @monyone/aho-corasick/fast ${anchorBuild.toFixed(2)} s`);
console.log(
  `ours (normalize + scan)      ${oursMbS.toFixed(1).padStart(7)} MB/s  ${oursResult.matches} matches`,
);
console.log(
  `anchor (raw text, no norm.)  ${anchorMbS.toFixed(1).padStart(7)} MB/s  ${anchorResult.matches} matches`,
);
console.log(`ratio ${(oursMbS / anchorMbS).toFixed(2)}x`);
console.log(
  JSON.stringify({
    corpus_mb: Number(megabytes.toFixed(2)),
    patterns: unique.length,
    ours_mb_s: Number(oursMbS.toFixed(2)),
    anchor_mb_s: Number(anchorMbS.toFixed(2)),
    ratio: Number((oursMbS / anchorMbS).toFixed(3)),
  }),
);
