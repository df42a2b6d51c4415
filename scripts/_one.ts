import { createApiKey } from "../src/auth/api-keys.ts";
import { createEphemeralContext } from "../src/context.ts";
import { generateDrafts } from "../src/generators/generate-drafts.ts";
import { ingestFolder } from "../src/rag/ingest-folder.ts";
import { EVAL_NOW } from "../evals/generation/segments.ts";
const context = await createEphemeralContext({ LLM_MODEL: "" });
context.now = () => EVAL_NOW;
await ingestFolder(context, `content-library/${process.argv[2]}`);
const { actor } = await createApiKey(context.db, { role: "ops", name: "p" });
for (const raw of JSON.parse(process.argv[3]!)) {
  const [d] = await generateDrafts(context, actor, { industry: process.argv[2], ...raw }).catch((e) => { console.log("ERR", e.message); return []; });
  if (d) console.log(JSON.stringify(raw), d.status, d.citations.map((c) => c.item_id).join(","), "\n", d.body);
}
