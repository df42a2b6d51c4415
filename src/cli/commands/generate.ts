import type { Command } from "commander";
import { DomainError } from "../../domain/errors.ts";
import { generateDrafts, parseGenerateRequest } from "../../generators/generate-drafts.ts";
import { cliActor, listArgument, personaFrom, readJsonArgument, requireKey } from "../cli-actor.ts";
import { withContext } from "../with-context.ts";

/** Prints a problem like the API would and sets exit code 2 (bad input) or 1. */
export function reportProblem(error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  console.log(JSON.stringify({ code: error.code, detail: error.detail, errors: error.errors }, null, 2));
  process.exitCode = error.code === "invalid_request" ? 2 : 1;
}

export function registerGenerate(program: Command): void {
  program
    .command("generate")
    .description("generate drafts (same verb as POST /v1/generate); prints the stored drafts as JSON")
    .option("--request <json>", "the whole request as JSON, @file or - (stdin); flags below override it")
    .option("--channel <channel>", "moments | group | private | sms | outbound")
    .option("--industry <industry>")
    .option("--stage <stage>", "icebreak | interest | decision")
    .option("--tier <tier>", "high_value | regular | price_sensitive")
    .option("--message-type <type>", "group message type (welcome, morning, deals_roundup ...)")
    .option("--scenario <scenario>", "outbound/sms scenario (points_expiry, renewal ...)")
    .option("--product <product>")
    .option("--benefit <benefit>")
    .option("--tone <tone>", "relaxed | rigorous")
    .option("--name <name>", "the rep's name")
    .option("--interests <list>", "the rep's interests, comma separated")
    .option("--strengths <list>", "the rep's strongest categories, comma separated")
    .option("--customer-interests <list>", "comma separated")
    .option("--variants <n>", "1-10", (value) => Number.parseInt(value, 10))
    .option("--ai-label", "add the visible AI-generation label")
    .option("--seed <seed>")
    .option("--key <key>", "API key to act as (default LIANGYAN_API_KEY)")
    .action(async (options) => {
      const base = readJsonArgument(options.request);
      const request: Record<string, unknown> = { ...base };
      const flags: Record<string, unknown> = {
        channel: options.channel,
        industry: options.industry,
        stage: options.stage,
        tier: options.tier,
        message_type: options.messageType,
        scenario: options.scenario,
        product: options.product,
        benefit: options.benefit,
        customer_interests: listArgument(options.customerInterests),
        variants: options.variants,
        ai_label: options.aiLabel,
        seed: options.seed,
        persona: personaFrom(options, base.persona),
      };
      for (const [field, value] of Object.entries(flags)) if (value !== undefined) request[field] = value;
      try {
        // Bad input and a missing key fail before the database is opened.
        const parsed = parseGenerateRequest(request);
        requireKey(options.key);
        const drafts = await withContext("generate", async (context) =>
          generateDrafts(context, await cliActor(context, options.key), parsed),
        );
        console.log(JSON.stringify({ drafts }, null, 2));
      } catch (error) {
        reportProblem(error);
      }
    });
}
