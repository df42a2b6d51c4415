import type { Command } from "commander";
import { createPlan, parsePlanRequest } from "../../plans/create-plan.ts";
import { cliActor, listArgument, personaFrom, readJsonArgument, requireKey } from "../cli-actor.ts";
import { withContext } from "../with-context.ts";
import { reportProblem } from "./generate.ts";

export function registerPlan(program: Command): void {
  program
    .command("plan")
    .description(
      "a 7 or 15 day plan (same verb as POST /v1/plans); prints the plan with every draft id as JSON",
    )
    .option("--request <json>", "the whole plan request as JSON, @file or - (stdin); flags below override it")
    .option("--industry <industry>")
    .option("--products <list>", "comma separated")
    .option("--tier <tier>")
    .option("--stage <stage>")
    .option("--purpose <purpose>", "break_ice | reactivate | convert")
    .option("--period <days>", "7 or 15", (value) => Number.parseInt(value, 10))
    .option("--tone <tone>")
    .option("--name <name>")
    .option("--interests <list>")
    .option("--strengths <list>")
    .option("--customer-interests <list>")
    .option("--ai-label")
    .option("--seed <seed>")
    .option("--key <key>", "API key to act as (default LIANGYAN_API_KEY)")
    .action(async (options) => {
      const base = readJsonArgument(options.request);
      const segment = { ...((base.segment as Record<string, unknown> | undefined) ?? {}) };
      if (options.tier) segment.tier = options.tier;
      if (options.stage) segment.stage = options.stage;
      if (options.purpose) segment.purpose = options.purpose;
      const request: Record<string, unknown> = { ...base, segment };
      const flags: Record<string, unknown> = {
        industry: options.industry,
        products: listArgument(options.products),
        period: options.period,
        customer_interests: listArgument(options.customerInterests),
        ai_label: options.aiLabel,
        seed: options.seed,
        persona: personaFrom(options, base.persona),
      };
      for (const [field, value] of Object.entries(flags)) if (value !== undefined) request[field] = value;
      try {
        const parsed = parsePlanRequest(request);
        requireKey(options.key);
        const plan = await withContext("plan", async (context) =>
          createPlan(context, await cliActor(context, options.key), parsed),
        );
        console.log(JSON.stringify(plan, null, 2));
      } catch (error) {
        reportProblem(error);
      }
    });
}
