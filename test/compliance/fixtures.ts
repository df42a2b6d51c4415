// One compiled engine shared by the compliance tests (building it reads the YAML pack and the model).
import { expect } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { createEngine, type Engine } from "../../src/compliance/default-engine.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import type { Verdict } from "../../src/compliance/types.ts";

let engine: Engine | undefined;

export function testEngine(): Engine {
  engine ??= createEngine();
  return engine;
}

/** The whole engine (rules, checks and the claim model) on one line of copy. */
export async function checkLine(text: string, industry: string, channel = "moments"): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, testEngine());
}

/** Whether a rule (not the model) blocks the line for this label. */
export function ruleBlocks(verdict: Verdict, label: string): boolean {
  return verdict.findings.some(
    (finding) => finding.source === "rule" && finding.label === label && finding.severity === "block",
  );
}

/** Whether a rule (not the model) blocks the line for this label. */
export async function ruleBlocksLine(
  text: string,
  industry: string,
  label: string,
  channel = "moments",
): Promise<boolean> {
  return ruleBlocks(await checkLine(text, industry, channel), label);
}

/** The required-element findings of one text, as `rule_id:severity`. */
export function requiredFindings(text: string, industry: string, channel: string): string[] {
  return checkRequiredElements({ text, industry: industry as never, channel: channel as never }).map(
    (finding) => `${finding.rule_id}:${finding.severity}`,
  );
}

/** The findings the evals count as a flag: a block, or anything the claim model raised (a rule's warn is advice). */
export function flaggedFindings(verdict: Verdict): Verdict["findings"] {
  return verdict.findings.filter((finding) => finding.severity === "block" || finding.source === "model");
}

/** The rule ids of a verdict's findings, in order. */
export function ruleIds(verdict: Verdict): string[] {
  return verdict.findings.map((finding) => finding.rule_id);
}

/** Whether anything the evals count as a flag (a block, or a model finding) carries this label. */
export async function flaggedAs(
  text: string,
  industry: string,
  label: string,
  channel = "moments",
): Promise<boolean> {
  return flaggedFindings(await checkLine(text, industry, channel)).some((finding) => finding.label === label);
}

/**
 * The lines a rule misjudges for this label: claims it lets through ("missed: …") and look-alikes it blocks
 * ("held: …"). An empty list is the expectation, and a failure names every line at once.
 */
export async function misjudgedLines(
  claims: readonly string[],
  lookAlikes: readonly string[],
  industry: string,
  label: string,
  channel = "moments",
): Promise<string[]> {
  const missed = await Promise.all(
    claims.map(async (text) =>
      (await ruleBlocksLine(text, industry, label, channel)) ? [] : [`missed: ${text}`],
    ),
  );
  const held = await Promise.all(
    lookAlikes.map(async (text) =>
      (await ruleBlocksLine(text, industry, label, channel)) ? [`held: ${text}`] : [],
    ),
  );
  return [...missed.flat(), ...held.flat()];
}

/** Expects no misjudged line: every claim blocked by a rule, every look-alike let through. */
export async function expectBlocks(...args: Parameters<typeof misjudgedLines>): Promise<void> {
  expect(await misjudgedLines(...args)).toEqual([]);
}

/** The look-alikes a rule blocks, each [text, industry]: an empty list is the expectation, and a failure names them all. */
export async function ruleHeldLines(lines: ReadonlyArray<readonly [string, string]>): Promise<string[]> {
  const held = await Promise.all(
    lines.map(async ([text, industry]) =>
      flaggedFindings(await checkLine(text, industry)).some((finding) => finding.source === "rule")
        ? [text]
        : [],
    ),
  );
  return held.flat();
}
