import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { checkText } from "../../compliance/check-text.ts";
import { CheckRequestSchema } from "../../compliance/verdict-schema.ts";
import { loadConfig } from "../../config/config.ts";
import { createCompliance } from "../../context.ts";
import { CHANNELS, INDUSTRIES, SCENARIOS } from "../../domain/vocabulary.ts";

/** Exit codes: 0 pass, 1 block, 3 needs attention, 2 bad input. */
const EXIT = { pass: 0, block: 1, needs_attention: 3 } as const;

export function registerCheck(program: Command): void {
  program
    .command("check [file]")
    .description("check a text for compliance (same verb as POST /v1/compliance/check); file or - for stdin")
    .addOption(new Option("--industry <industry>").choices(INDUSTRIES))
    .addOption(new Option("--channel <channel>").choices(CHANNELS))
    .addOption(new Option("--scenario <scenario>").choices(SCENARIOS))
    .option("--json", "print the verdict as JSON")
    .action(async (file: string | undefined, options) => {
      const text = readFileSync(file === undefined || file === "-" ? 0 : file, "utf8");
      const parsed = CheckRequestSchema.safeParse({
        text,
        industry: options.industry,
        channel: options.channel,
        scenario: options.scenario,
      });
      if (!parsed.success) {
        console.error(
          parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"),
        );
        process.exitCode = 2;
        return;
      }
      const verdict = await checkText(parsed.data, createCompliance(loadConfig()));
      process.exitCode = EXIT[verdict.verdict];
      if (options.json) {
        console.log(JSON.stringify(verdict, null, 2));
        return;
      }
      console.log(
        `${verdict.verdict}  (rules ${verdict.rule_pack_version}, judge ${verdict.judge?.name ?? "none"})`,
      );
      for (const finding of verdict.findings) {
        const where =
          finding.start === finding.end
            ? "missing"
            : `${finding.start}-${finding.end} 「${finding.excerpt}」`;
        console.log(`  [${finding.severity}] ${finding.label} ${finding.rule_id} ${where}`);
        console.log(`      ${finding.article} → ${finding.suggestion}`);
      }
      for (const reason of verdict.reasons) console.log(`  note: ${reason}`);
    });
}
