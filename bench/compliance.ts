// npm run bench:compliance: rule-scan throughput over a ~20 MB synthetic Chinese corpus with >= 5,000 patterns.
// Ours: normalization (width, case, traditional->simplified, separators, repeats, offsets) + one automaton pass.
// Anchor: @monyone/aho-corasick (fast, double array) on the same patterns over the raw text, no normalization.
// Then whole checks (rules, claim model, PII, required elements; no LLM judge) of 200-character posts cut from
// the training corpus, one at a time, against the same checks without the claim model as the reference, in
// interleaved rounds; each figure is the best round's (other processes on a shared machine only ever add time),
// and the load average is printed beside it.
//   gates: scan ratio >= 2x; whole-check p95 < 2 ms.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { AhoCorasick } from "@monyone/aho-corasick/fast";
import { trainingFiles } from "../evals/compliance/corpus-files.ts";
import { checkText } from "../src/compliance/check-text.ts";
import { createEngine } from "../src/compliance/default-engine.ts";
import { buildAutomaton, scanUnits } from "../src/compliance/matcher/automaton.ts";
import { normalize } from "../src/compliance/normalize/normalize.ts";
import { compilePack } from "../src/compliance/rules/compile-pack.ts";
import { loadRulePack } from "../src/compliance/rules/rule-pack.ts";
import type { CheckInput } from "../src/compliance/types.ts";
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

// ---- whole checks of 200-character posts ----
const POST_CHARS = 200;
const POSTS = 2000;
const WARM_UP = 200;
const sources = trainingFiles().flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { text: string; industry?: string; channel?: string }),
);
const posts: CheckInput[] = [];
for (let cursor = 0; posts.length < POSTS; ) {
  let text = "";
  const first = sources[cursor % sources.length];
  while (text.length < POST_CHARS) text += `${sources[cursor++ % sources.length]?.text ?? ""}`;
  posts.push({
    text: text.slice(0, POST_CHARS),
    industry: first?.industry,
    channel: first?.channel,
  } as CheckInput);
}
const engine = createEngine();
const rulesOnly = { rulePack: engine.rulePack };

async function timeChecks(dependencies: Parameters<typeof checkText>[1]) {
  for (const post of posts.slice(0, WARM_UP)) await checkText(post, dependencies);
  const times: number[] = [];
  const started = performance.now();
  for (const post of posts) {
    const begin = performance.now();
    await checkText(post, dependencies);
    times.push(performance.now() - begin);
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { perSecond: posts.length / total, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const CHECK_ROUNDS = 3;
const GATE_RATIO = 2;
const GATE_P95_MS = 2;
type Timing = Awaited<ReturnType<typeof timeChecks>>;
const best = (runs: Timing[]): Timing => ({
  perSecond: Math.max(...runs.map((run) => run.perSecond)),
  p50: Math.min(...runs.map((run) => run.p50)),
  p95: Math.min(...runs.map((run) => run.p95)),
  p99: Math.min(...runs.map((run) => run.p99)),
});
const wholeRuns: Timing[] = [];
const referenceRuns: Timing[] = [];
for (let round = 0; round < CHECK_ROUNDS; round++) {
  wholeRuns.push(await timeChecks(engine));
  referenceRuns.push(await timeChecks(rulesOnly));
}
const whole = best(wholeRuns);
const reference = best(referenceRuns);
const ratio = oursMbS / anchorMbS;
const load = loadavg().map((value) => Number(value.toFixed(2)));
const pass = ratio >= GATE_RATIO && whole.p95 < GATE_P95_MS;
console.log(
  `whole checks of ${POSTS} posts of ${POST_CHARS} characters (rules, claim model, PII, required elements), best of ${CHECK_ROUNDS} rounds; p95 of each round: ${wholeRuns.map((run) => run.p95.toFixed(2)).join(", ")} ms`,
);
console.log(
  `with the claim model  ${whole.perSecond.toFixed(0).padStart(6)} checks/s  p50 ${whole.p50.toFixed(3)} ms  p95 ${whole.p95.toFixed(3)} ms  p99 ${whole.p99.toFixed(3)} ms`,
);
console.log(
  `reference, rules only ${reference.perSecond.toFixed(0).padStart(6)} checks/s  p50 ${reference.p50.toFixed(3)} ms  p95 ${reference.p95.toFixed(3)} ms  p99 ${reference.p99.toFixed(3)} ms`,
);
console.log(`check time ratio (whole / rules only, p95) ${(whole.p95 / reference.p95).toFixed(2)}x`);
console.log(`load average ${load.join(" ")}`);
console.log(
  `${pass ? "gates passed" : "gate FAILED"} (scan ratio >= ${GATE_RATIO}x, whole-check p95 < ${GATE_P95_MS} ms)`,
);
console.log(
  JSON.stringify({
    corpus_mb: Number(megabytes.toFixed(2)),
    patterns: unique.length,
    ours_mb_s: Number(oursMbS.toFixed(2)),
    anchor_mb_s: Number(anchorMbS.toFixed(2)),
    ratio: Number(ratio.toFixed(3)),
    checks_per_s: Number(whole.perSecond.toFixed(1)),
    check_p50_ms: Number(whole.p50.toFixed(3)),
    check_p95_ms: Number(whole.p95.toFixed(3)),
    rules_only_checks_per_s: Number(reference.perSecond.toFixed(1)),
    rules_only_p95_ms: Number(reference.p95.toFixed(3)),
    check_p95_ratio: Number((whole.p95 / reference.p95).toFixed(3)),
    check_rounds: CHECK_ROUNDS,
    load_average: load,
    pass,
  }),
);
