import { type Command, Option } from "commander";
import { CHANNELS, INDUSTRIES, STAGES, TIERS } from "../../domain/vocabulary.ts";
import { retrieve } from "../../rag/retrieve.ts";
import { withContext } from "../with-context.ts";

export function registerSearch(program: Command): void {
  program
    .command("search <query>")
    .description("search the approved library (the same retrieval the generators use)")
    .addOption(new Option("--industry <industry>").choices(INDUSTRIES).makeOptionMandatory())
    .addOption(new Option("--stage <stage>").choices(STAGES))
    .addOption(new Option("--tier <tier>").choices(TIERS))
    .addOption(new Option("--channel <channel>").choices(CHANNELS))
    .option("-k <k>", "how many", (value) => Number.parseInt(value, 10), 5)
    .option("--json", "print JSON")
    .action(async (query: string, options) => {
      const results = await withContext("search", (context) =>
        retrieve(context, { query, ...options, k: options.k }),
      );
      if (options.json) {
        console.log(JSON.stringify(results, null, 2));
        return;
      }
      for (const item of results)
        console.log(`${item.score.toFixed(4)}  ${item.id}  [${item.kind}]  ${item.title}`);
    });
}
