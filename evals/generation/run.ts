// Generation eval: the whole matrix (every industry x stage x tier x channel, every group message type, every
// outbound and sms scenario, moments and 1:1 in both tones) through the offline composer at a fixed day, on an
// in-memory database with content-library/ ingested. Prints a table per industry and channel, the refused
// combinations and the blocked drafts, writes evals/generation/samples.md, and ends with one JSON line.
// `npm run eval:generation -- finance pets` limits it to some industries.
import { writeFileSync } from "node:fs";
import { createApiKey } from "../../src/auth/api-keys.ts";
import { createEphemeralContext } from "../../src/context.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { holesOf } from "../../src/domain/merge-fields.ts";
import type { Industry } from "../../src/domain/vocabulary.ts";
import type { Draft } from "../../src/drafts/draft.ts";
import { ChannelContentSchema } from "../../src/generators/channel-content.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import { type GenerateRequest, GenerateRequestSchema } from "../../src/generators/generate-request.ts";
import { guidanceLeaks } from "../../src/generators/guidance-leak.ts";
import { industryItems } from "../../src/generators/material.ts";
import { misfit, segmentOf } from "../../src/generators/segment.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import type { RetrievedItem } from "../../src/rag/retrieve.ts";
import { seamOf } from "./seams.ts";
import { EVAL_DAY, EVAL_NOW, GENERATION_INDUSTRIES, matrixOf } from "./segments.ts";

const VARIANTS = 2;
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const industries = GENERATION_INDUSTRIES.filter((industry) => only.length === 0 || only.includes(industry));

const context = await createEphemeralContext({ LLM_MODEL: "", LLM_BASE_URL: "", LLM_API_KEY: "" });
context.now = () => EVAL_NOW;
const report = await ingestFolder(context, context.config.LIANGYAN_CONTENT_DIR);
const { actor } = await createApiKey(context.db, { role: "ops", name: "generation eval" });

interface Row {
  requests: number;
  n: number;
  valid: number;
  pass: number;
  strict: number;
  grounded: number;
  hollow: number;
  leaked: number;
  seams: number;
  placeholders: number;
  ineligible: number;
  refused: number;
  differ: number;
  pairs: number;
}
const empty = (): Row => ({
  requests: 0,
  n: 0,
  valid: 0,
  pass: 0,
  strict: 0,
  grounded: 0,
  hollow: 0,
  leaked: 0,
  seams: 0,
  placeholders: 0,
  ineligible: 0,
  refused: 0,
  differ: 0,
  pairs: 0,
});
const rows = new Map<string, Row>();
const rowOf = (name: string) => {
  const row = rows.get(name) ?? empty();
  rows.set(name, row);
  return row;
};
const refusals: string[] = [];
const warnings = new Map<string, number>();
const blocked: string[] = [];
const ineligibleCases: string[] = [];
const leakCases: string[] = [];
const seamCases: string[] = [];
const samples = new Map<string, Array<{ industry: string; request: GenerateRequest; draft: Draft }>>();
/** Bodies by segment without the tone (or tier), to see whether tone and tier change the body. */
const byTone = new Map<string, Map<string, string>>();
const byTier = new Map<string, Map<string, string>>();

/** The body without the greeting of a 1:1 message: what tone and tier should change. */
function bodyCore(draft: Draft): string {
  const content = draft.content as { channel: string; text?: string; question?: string };
  return content.channel === "private" ? `${content.text ?? ""}${content.question ?? ""}` : draft.body;
}

function note(map: Map<string, Map<string, string>>, key: string, value: string, body: string): void {
  const entry = map.get(key) ?? new Map<string, string>();
  entry.set(value, body);
  map.set(key, entry);
}

const started = performance.now();
let seed = 0;
const pools = new Map<string, RetrievedItem[]>();
for (const industry of industries) {
  const pool = await industryItems(context, industry);
  pools.set(industry, pool);
  const byId = new Map(pool.map((item) => [item.id, item]));
  const guidance = pool.filter((item) => item.audience === "guidance");
  for (const input of matrixOf(industry as Industry)) {
    const request = GenerateRequestSchema.parse({ ...input, variants: VARIANTS, seed: `eval-${seed++}` });
    const label = [
      request.channel,
      request.stage,
      request.tier,
      request.message_type ?? request.scenario ?? "",
    ]
      .filter(Boolean)
      .join("/");
    const targets = [rowOf(`industry:${industry}`), rowOf(`channel:${request.channel}`), rowOf("all")];
    for (const row of targets) row.requests++;
    let drafts: Draft[];
    try {
      drafts = await generateDrafts(context, actor, request);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "unprocessable") throw error;
      for (const row of targets) row.refused++;
      refusals.push(`${industry}/${label}/${request.persona.tone}: ${error.detail.slice(0, 220)}`);
      continue;
    }
    const segment = segmentOf(request, EVAL_DAY);
    for (const draft of drafts) {
      const cited = [...new Set(draft.citations.map((citation) => citation.item_id))].map((id) =>
        byId.get(id),
      );
      const isValid = ChannelContentSchema.safeParse(draft.content).success;
      const isHollow = !cited.some((item) => item && item.kind !== "notice");
      const leaks = guidanceLeaks(draft.body, guidance);
      const seam = seamOf(draft.body);
      const holes = holesOf(draft.body).length > 0 || /\{\{/.test(draft.body);
      const misfits = cited.flatMap((item) => {
        const why = item ? misfit(item, segment) : "not in the library";
        return why ? [`${item?.id}: ${why}`] : [];
      });
      for (const finding of draft.verdict.findings) {
        const name = `${finding.rule_id} (${finding.severity}, ${request.channel})`;
        warnings.set(name, (warnings.get(name) ?? 0) + 1);
      }
      for (const row of targets) {
        row.n++;
        if (isValid) row.valid++;
        if (draft.verdict.verdict !== "block") row.pass++;
        if (draft.verdict.verdict === "pass") row.strict++;
        if ((draft.grounding as { grounded?: boolean }).grounded) row.grounded++;
        if (isHollow) row.hollow++;
        if (leaks.length > 0) row.leaked++;
        if (seam) row.seams++;
        if (holes) row.placeholders++;
        if (misfits.length > 0) row.ineligible++;
      }
      if (misfits.length > 0 && ineligibleCases.length < 12)
        ineligibleCases.push(`${industry}/${label}: ${misfits.join(", ")}`);
      if (seam && seamCases.length < 12) seamCases.push(`${industry}/${label}: ${seam}`);
      if (leaks.length > 0 && leakCases.length < 12)
        leakCases.push(`${industry}/${label}: ${leaks[0]?.claim}`);
      if (draft.status !== "pending_review" && blocked.length < 20) {
        const findings = draft.verdict.findings
          .filter((finding) => finding.severity === "block")
          .map((finding) => `${finding.rule_id}“${finding.excerpt}”`);
        const grounding = (
          (draft.grounding as { findings?: Array<{ kind: string; claim: string }> }).findings ?? []
        )
          .filter((finding) => finding.kind !== "requester_supplied")
          .map((finding) => `${finding.kind}“${finding.claim}”`);
        blocked.push(
          `${industry}/${label}: ${[...findings, ...grounding, ...draft.verdict.reasons].join(", ")}`,
        );
      }
    }
    if (drafts.length === 2) {
      const [a, b] = drafts as [Draft, Draft];
      const firstLine = (draft: Draft) => draft.body.split(/[。！？\n]/)[0];
      const frameOf = (draft: Draft) => draft.citations[0]?.item_id;
      for (const row of targets) {
        row.pairs++;
        if (frameOf(a) !== frameOf(b) || firstLine(a) !== firstLine(b)) row.differ++;
      }
    }
    const first = drafts[0];
    if (first && (request.channel === "moments" || request.channel === "private")) {
      note(
        byTone,
        `${industry}/${request.channel}/${request.stage}/${request.tier}`,
        request.persona.tone,
        bodyCore(first),
      );
      note(
        byTier,
        `${industry}/${request.channel}/${request.stage}/${request.persona.tone}`,
        request.tier,
        bodyCore(first),
      );
    }
    if (first?.status === "pending_review") {
      const list = samples.get(request.channel) ?? [];
      list.push({ industry, request, draft: first });
      samples.set(request.channel, list);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const fixed = (value: number) => Number(value.toFixed(4));
const pct = (value: number) => value.toFixed(2).padStart(6);
const changed = (map: Map<string, Map<string, string>>) => {
  let differ = 0;
  let total = 0;
  const same: string[] = [];
  for (const [key, bodies] of map) {
    if (bodies.size < 2) continue;
    total++;
    if (new Set(bodies.values()).size === bodies.size) differ++;
    else same.push(key);
  }
  return { differ, total, same };
};
const toneChange = changed(byTone);
const tierChange = changed(byTier);

console.log(
  `library: ${report.added + report.unchanged + report.updated} items ingested, ${report.rejected} rejected; day ${EVAL_DAY}; generator ${context.generator.kind} ${context.generator.promptVersion}; ${VARIANTS} variants a request`,
);
console.log(
  `${"".padEnd(22)} requests     n  valid   pass  strict grounded hollow leaked seams holes inelig refused  differ`,
);
const line = (name: string, row: Row) =>
  `${name.padEnd(22)} ${String(row.requests).padStart(8)} ${String(row.n).padStart(5)} ${pct(rate(row.valid, row.n))} ${pct(rate(row.pass, row.n))} ${pct(rate(row.strict, row.n))} ${pct(rate(row.grounded, row.n))}   ${String(row.hollow).padStart(4)}   ${String(row.leaked).padStart(4)}  ${String(row.seams).padStart(4)}  ${String(row.placeholders).padStart(4)}   ${String(row.ineligible).padStart(4)}    ${String(row.refused).padStart(4)}  ${pct(rate(row.differ, row.pairs))}`;
for (const [name, row] of rows) if (name.startsWith("channel:")) console.log(line(name.slice(8), row));
console.log("-".repeat(118));
for (const [name, row] of rows) if (name.startsWith("industry:")) console.log(line(name.slice(9), row));
console.log("-".repeat(118));
const total = rows.get("all") ?? empty();
console.log(line("all", total));
console.log(
  `pass = verdict not block after up to two repairs; strict = verdict pass with no finding; seams = drafts showing a join (clashing punctuation, an empty bracket, a sentence said twice); differ = the two variants differ in frame or opening. tone changes the body (moments, private): ${toneChange.differ}/${toneChange.total}; tier changes the body: ${tierChange.differ}/${tierChange.total}. ${seconds.toFixed(1)} s, ${(total.n / seconds).toFixed(0)} drafts/s`,
);
const top = [...warnings].sort((a, b) => b[1] - a[1]).slice(0, 10);
console.log(`findings on the final drafts: ${top.map(([name, n]) => `${name} ×${n}`).join(", ")}`);
console.log(`same body for every tone: ${toneChange.same.slice(0, 8).join(", ") || "none"}`);
console.log(`same body for two tiers: ${tierChange.same.slice(0, 8).join(", ") || "none"}`);
for (const refusal of refusals.slice(0, 40)) console.log(`refused: ${refusal}`);
if (refusals.length > 40) console.log(`refused: ... and ${refusals.length - 40} more`);
for (const entry of blocked) console.log(`blocked: ${entry}`);
for (const entry of ineligibleCases) console.log(`ineligible: ${entry}`);
for (const entry of leakCases) console.log(`leaked: ${entry}`);
for (const entry of seamCases) console.log(`seam: ${entry}`);

// Three drafts per channel from different industries, for people to read.
const sampleLines = [
  "# Generation samples",
  "",
  `Written by \`npm run eval:generation\` (offline composer, day ${EVAL_DAY}): for each channel, pending-review drafts of three different industries and stages, picked in a fixed rotation (not chosen by hand). Merge fields such as {客户称呼} stay for the sending tool.`,
  "",
];
const SAMPLE_STAGES = ["interest", "decision", "icebreak"];
for (const [index, [channel, list]] of [...samples].entries()) {
  sampleLines.push(`## ${channel}`, "");
  // Three industries and three stages, a different rotation per channel: a fair look, not a chosen one.
  const industries = [...new Set(list.map((sample) => sample.industry))];
  const picked: typeof list = [];
  for (let k = 0; picked.length < 3 && k < industries.length; k++) {
    const industry = industries[(index * 5 + k * 3) % industries.length];
    const stage = SAMPLE_STAGES[picked.length % SAMPLE_STAGES.length];
    const candidates = list.filter((sample) => sample.industry === industry);
    const choice = candidates.find((sample) => sample.request.stage === stage) ?? candidates[0];
    if (choice && !picked.includes(choice)) picked.push(choice);
  }
  for (const { request, draft } of picked) {
    const what = [
      request.industry,
      request.stage,
      request.tier,
      request.message_type ?? request.scenario,
      request.persona.tone,
    ]
      .filter(Boolean)
      .join(" · ");
    sampleLines.push(`### ${what}`, "", "```text", draft.body, "```", "");
    sampleLines.push(
      `cites: ${[...new Set(draft.citations.map((citation) => citation.item_id))].join(", ")}; verdict ${draft.verdict.verdict}`,
      "",
    );
  }
}
if (only.length === 0)
  writeFileSync(new URL("./samples.md", import.meta.url), `${sampleLines.join("\n").trim()}\n`);

const perIndustry = Object.fromEntries(
  [...rows]
    .filter(([name]) => name.startsWith("industry:"))
    .map(([name, row]) => [name.slice(9), { refused: row.refused, pass: fixed(rate(row.pass, row.n)) }]),
);
await context.db.close();
console.log(
  JSON.stringify({
    n: total.n,
    requests: total.requests,
    variants: VARIANTS,
    day: EVAL_DAY,
    valid: fixed(rate(total.valid, total.n)),
    pass: fixed(rate(total.pass, total.n)),
    strict_pass: fixed(rate(total.strict, total.n)),
    grounded: fixed(rate(total.grounded, total.n)),
    hollow: total.hollow,
    leaked: total.leaked,
    seams: total.seams,
    placeholders: total.placeholders,
    ineligible: total.ineligible,
    refused: total.refused,
    variants_differ: fixed(rate(total.differ, total.pairs)),
    tone_changes_body: fixed(rate(toneChange.differ, toneChange.total)),
    tier_changes_body: fixed(rate(tierChange.differ, tierChange.total)),
    industries: perIndustry,
  }),
);
