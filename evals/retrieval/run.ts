// eval:retrieval: recall@5 and MRR of vector-only, keyword-only and hybrid retrieval over labeled queries.
// Usage: npm run eval:retrieval [-- FILE.jsonl ...]   (default: every queries*.jsonl beside this file)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { createEphemeralContext } from "../../src/context.ts";
import { CHANNELS, INDUSTRIES, SCENARIOS, STAGES, TIERS } from "../../src/domain/vocabulary.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { ITEM_KINDS } from "../../src/rag/library-item.ts";
import { type RetrievalMode, retrieve } from "../../src/rag/retrieve.ts";

const HERE = new URL(".", import.meta.url).pathname;
const LIBRARY = new URL("../../content-library/", import.meta.url).pathname;
const K = 5;
const AT = "2026-11-29";

const QuerySchema = z.object({
  id: z.string(),
  query: z.string().min(1),
  industry: z.enum(INDUSTRIES),
  stage: z.enum(STAGES).optional(),
  tier: z.enum(TIERS).optional(),
  channel: z.enum(CHANNELS).optional(),
  scenario: z.enum(SCENARIOS).optional(),
  kinds: z.array(z.enum(ITEM_KINDS)).optional(),
  expected: z.array(z.string()).min(1),
});

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(HERE)
      .filter((f) => /^queries.*\.jsonl$/.test(f))
      .map((f) => join(HERE, f));
const queries = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = QuerySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    }),
);

const context = await createEphemeralContext();
context.now = () => new Date(`${AT}T08:00:00Z`);
const report = await ingestFolder(context, LIBRARY);
const known = new Set(
  (await context.db.query<{ id: string }>("SELECT id FROM library_items WHERE status = 'active'")).rows.map(
    (r) => r.id,
  ),
);
const unknown = queries.flatMap((q) =>
  q.expected.filter((id) => !known.has(id)).map((id) => `${q.id}: ${id}`),
);
if (unknown.length > 0) console.warn(`warning: expected ids not in the library: ${unknown.join(", ")}`);

const modes: RetrievalMode[] = ["vector", "keyword", "hybrid"];
const figures: Record<string, { recall_at_5: number; mrr: number }> = {};
for (const mode of modes) {
  let recallSum = 0;
  let reciprocalSum = 0;
  for (const q of queries) {
    const { expected, id: _id, ...filter } = q;
    const ids = (await retrieve(context, { ...filter, k: K, at: AT, mode })).map((r) => r.id);
    recallSum += expected.filter((id) => ids.includes(id)).length / expected.length;
    const firstHit = ids.findIndex((id) => expected.includes(id));
    reciprocalSum += firstHit >= 0 ? 1 / (firstHit + 1) : 0;
  }
  figures[mode] = { recall_at_5: recallSum / queries.length, mrr: reciprocalSum / queries.length };
}
await context.db.close();

console.log(
  `library: ${known.size} active items (${report.rejected} rejected); ${queries.length} queries; embedder ${report.embedder}`,
);
console.log("mode      recall@5   MRR");
for (const mode of modes) {
  const f = figures[mode];
  if (f) console.log(`${mode.padEnd(9)} ${f.recall_at_5.toFixed(3).padStart(8)}   ${f.mrr.toFixed(3)}`);
}
const hybrid = figures.hybrid;
const best = Math.max(figures.vector?.recall_at_5 ?? 0, figures.keyword?.recall_at_5 ?? 0);
console.log(
  JSON.stringify({
    queries: queries.length,
    items: known.size,
    k: K,
    ...Object.fromEntries(modes.map((m) => [m, figures[m]])),
    hybrid_not_worse: (hybrid?.recall_at_5 ?? 0) >= best,
  }),
);
