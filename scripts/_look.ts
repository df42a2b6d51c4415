import { createApiKey } from "../src/auth/api-keys.ts";
import { createEphemeralContext } from "../src/context.ts";
import { generateDrafts } from "../src/generators/generate-drafts.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { EVAL_NOW, matrixOf } from "../evals/generation/segments.ts";
import { seededRandom } from "../src/shared/seeded-random.ts";
const context = await createEphemeralContext({ LLM_MODEL: "" });
context.now = () => EVAL_NOW;
const industry = process.argv[2] ?? "finance";
await ingestFolder(context, `content-library/${industry}`);
const { actor } = await createApiKey(context.db, { role: "ops", name: "p" });
const m = seededRandom(process.argv[3] ?? "look").shuffle(matrixOf(industry as never));
const per = new Map<string, number>();
for (const r of m) {
  const c = r.channel as string;
  if ((per.get(c) ?? 0) >= Number(process.argv[4] ?? 3)) continue;
  try {
    const [d] = await generateDrafts(context, actor, { ...r, seed: "look" });
    per.set(c, (per.get(c) ?? 0) + 1);
    console.log(`### ${c} ${r.stage} ${r.tier} ${r.message_type ?? r.scenario ?? ""} ${(r.persona as any)?.tone} -> ${d!.status} ${d!.verdict.verdict}`);
    console.log(d!.body);
  } catch (e) { console.log("ERR", (e as Error).message.slice(0, 200)); }
}
