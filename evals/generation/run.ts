// Generation eval: with no provider configured (the offline composer), every combination of 8 industries x 3
// stages x 3 tiers x 5 channels, on an in-memory database with content-library/ ingested. Prints a table, then
// one JSON line: n (drafts), valid, pass (verdict not block after repair), grounded, diversity (0..1).
import { createApiKey } from "../../src/auth/api-keys.ts";
import { createEphemeralContext } from "../../src/context.ts";
import type { Channel, GroupMessageType, Scenario, Stage } from "../../src/domain/vocabulary.ts";
import type { Draft } from "../../src/drafts/draft.ts";
import { ChannelContentSchema } from "../../src/generators/channel-content.ts";
import { diversity } from "../../src/generators/diversity.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { GENERATION_INDUSTRIES, STAGES, TIERS } from "./segments.ts";

const INDUSTRIES = GENERATION_INDUSTRIES;
const CHANNELS: Channel[] = ["moments", "group", "private", "sms", "outbound"];
const VARIANTS = 3;
// The group type and outbound scenario each stage typically asks for, rotated over tiers for coverage.
const GROUP_TYPES: Record<Stage, GroupMessageType[]> = {
  icebreak: ["welcome", "morning", "good_night"],
  interest: ["seeding", "knowledge", "live_notice"],
  decision: ["deals_roundup", "group_price", "new_product"],
};
const SCENARIOS: Record<Stage, Scenario[]> = {
  icebreak: ["add_friend", "welcome", "new_customer_activation"],
  interest: ["dormant_reactivation", "birthday", "after_sale_callback"],
  decision: ["promo_notice", "renewal", "repurchase"],
};

const context = await createEphemeralContext({ LLM_MODEL: "", LLM_BASE_URL: "", LLM_API_KEY: "" });
const report = await ingestFolder(context, context.config.LIANGYAN_CONTENT_DIR);
const { actor } = await createApiKey(context.db, { role: "ops", name: "generation eval" });

interface Row {
  n: number;
  valid: number;
  pass: number;
  strict: number;
  grounded: number;
  repaired: number;
  diversity: number[];
}
const empty = (): Row => ({ n: 0, valid: 0, pass: 0, strict: 0, grounded: 0, repaired: 0, diversity: [] });
const byChannel = new Map<string, Row>();
const byIndustry = new Map<string, Row>();
const total = empty();
const failures: string[] = [];
const warnings = new Map<string, number>();

function count(row: Row, drafts: Draft[], spread: number | null): void {
  for (const draft of drafts) {
    row.n++;
    if (ChannelContentSchema.safeParse(draft.content).success) row.valid++;
    if (draft.verdict.verdict !== "block") row.pass++;
    if (draft.verdict.verdict === "pass") row.strict++;
    if ((draft.grounding as { grounded?: boolean }).grounded) row.grounded++;
    if (draft.steps.some((step) => step.step === "repair")) row.repaired++;
  }
  if (spread !== null) row.diversity.push(spread);
}

const started = performance.now();
let index = 0;
for (const industry of INDUSTRIES) {
  for (const stage of STAGES) {
    for (const [tierIndex, tier] of TIERS.entries()) {
      for (const channel of CHANNELS) {
        const request = {
          channel,
          industry,
          stage,
          tier,
          ...(channel === "group" ? { message_type: GROUP_TYPES[stage][tierIndex] } : {}),
          ...(channel === "outbound" ? { scenario: SCENARIOS[stage][tierIndex] } : {}),
          persona: { tone: index % 2 === 0 ? "relaxed" : "rigorous", interests: ["羽毛球"], strengths: [] },
          variants: VARIANTS,
          seed: `eval-${index++}`,
        };
        const drafts = await generateDrafts(context, actor, request);
        const spread = diversity(drafts.map((draft) => draft.body));
        for (const row of [total, byChannel.get(channel) ?? empty(), byIndustry.get(industry) ?? empty()]) {
          count(row, drafts, spread);
        }
        if (!byChannel.has(channel))
          count(byChannel.set(channel, empty()).get(channel) as Row, drafts, spread);
        if (!byIndustry.has(industry))
          count(byIndustry.set(industry, empty()).get(industry) as Row, drafts, spread);
        for (const draft of drafts) {
          for (const finding of draft.verdict.findings) {
            const name = `${finding.rule_id} (${finding.severity})`;
            warnings.set(name, (warnings.get(name) ?? 0) + 1);
          }
          if (draft.status !== "pending_review" && failures.length < 12) {
            const findings = draft.verdict.findings
              .filter((f) => f.severity === "block")
              .map((f) => `${f.rule_id}“${f.excerpt}”`);
            const grounding = (draft.grounding as { findings?: Array<{ claim: string }> }).findings ?? [];
            failures.push(
              `${industry}/${stage}/${tier}/${channel}: ${[...findings, ...grounding.map((g) => `ungrounded“${g.claim}”`), ...draft.verdict.reasons].join(", ")}`,
            );
          }
        }
      }
    }
  }
}
const seconds = (performance.now() - started) / 1000;

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const line = (name: string, row: Row) =>
  `${name.padEnd(14)} ${String(row.n).padStart(5)} ${pct(rate(row.valid, row.n))} ${pct(rate(row.pass, row.n))} ${pct(rate(row.strict, row.n))} ${pct(rate(row.grounded, row.n))} ${pct(rate(row.repaired, row.n))} ${mean(row.diversity).toFixed(3).padStart(9)}`;

console.log(
  `library: ${report.added + report.unchanged + report.updated} items ingested (${report.rejected} rejected); generator: ${context.generator.kind} ${context.generator.promptVersion}`,
);
console.log(`${"".padEnd(14)}     n   valid    pass  strict grounded repaired diversity`);
for (const [name, row] of byChannel) console.log(line(name, row));
console.log("-".repeat(70));
for (const [name, row] of byIndustry) console.log(line(name, row));
console.log("-".repeat(70));
console.log(line("all", total));
console.log(
  `pass = verdict not block after up to two repairs; strict = verdict pass with no finding at all. ${seconds.toFixed(1)} s, ${(total.n / seconds).toFixed(0)} drafts/s`,
);
const top = [...warnings].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(
  `findings on the final drafts (warn = for the reviewer): ${top.map(([name, n]) => `${name} ×${n}`).join(", ")}`,
);
for (const failure of failures) console.log(`blocked: ${failure}`);
await context.db.close();
console.log(
  JSON.stringify({
    n: total.n,
    valid: Number(rate(total.valid, total.n).toFixed(4)),
    pass: Number(rate(total.pass, total.n).toFixed(4)),
    grounded: Number(rate(total.grounded, total.n).toFixed(4)),
    diversity: Number(mean(total.diversity).toFixed(4)),
    strict_pass: Number(rate(total.strict, total.n).toFixed(4)),
    requests: total.diversity.length,
    variants: VARIANTS,
  }),
);
