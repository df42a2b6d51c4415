// The verdict for one text: rules, PII and required elements first; the judge only when they did not block.
import { capFindings, MAX_FINDINGS_PER_RULE } from "./cap-findings.ts";
import type { Judge, RuleHint } from "./judge/judge.ts";
import { foldSameLength } from "./normalize/fold-table.ts";
import { normalize } from "./normalize/normalize.ts";
import { scanPii } from "./pii/scan-pii.ts";
import { checkRequiredElements } from "./required/required-elements.ts";
import type { CompiledPack } from "./rules/compile-pack.ts";
import { scanRulesCapped } from "./rules/scan-rules.ts";
import type { CheckInput, Finding, Verdict, VerdictKind } from "./types.ts";

/** Longer texts are checked up to this many UTF-16 units and flagged for a human. */
export const MAX_TEXT_UNITS = 1 << 20;

export interface CheckDependencies {
  rulePack: CompiledPack;
  judge?: Judge;
}

function verdictOf(findings: readonly Finding[], reasons: readonly string[]): VerdictKind {
  if (findings.some((finding) => finding.severity === "block" && finding.source !== "judge")) return "block";
  if (findings.some((finding) => finding.severity === "block")) return "block";
  return findings.length > 0 || reasons.length > 0 ? "needs_attention" : "pass";
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule_id.localeCompare(b.rule_id);
}

export async function checkText(input: CheckInput, dependencies: CheckDependencies): Promise<Verdict> {
  const { rulePack, judge } = dependencies;
  const reasons: string[] = [];
  const raw = typeof input.text === "string" ? input.text : "";
  if (raw.trim().length === 0) {
    return {
      verdict: "needs_attention",
      findings: [],
      findings_total: 0,
      rule_pack_version: rulePack.pack.version,
      judge: null,
      reasons: ["empty text: nothing to check"],
    };
  }
  let text = raw;
  if (raw.length > MAX_TEXT_UNITS) {
    text = raw.slice(0, MAX_TEXT_UNITS);
    reasons.push(
      `text longer than ${MAX_TEXT_UNITS} characters: only the first ${MAX_TEXT_UNITS} were checked`,
    );
  }
  const checked: CheckInput = { ...input, text };
  const folded = foldSameLength(text);
  const ruleScan = scanRulesCapped(
    rulePack,
    { original: text, folded, normalized: normalize(text), industry: input.industry, channel: input.channel },
    MAX_FINDINGS_PER_RULE,
  );
  // rule findings past the per-rule cap were counted, not built
  const unlisted = ruleScan.total - ruleScan.findings.length;
  const findings: Finding[] = [
    ...ruleScan.findings,
    ...scanPii(text, folded),
    ...checkRequiredElements(checked),
  ];
  const blocked = findings.some((finding) => finding.severity === "block");
  let judgeInfo: Verdict["judge"] = null;
  if (judge && !blocked) {
    judgeInfo = judge.model ? { name: judge.name, model: judge.model } : { name: judge.name };
    const hints: RuleHint[] = capFindings(findings).findings.map((finding) => ({
      rule_id: finding.rule_id,
      label: finding.label,
      article: finding.article,
      excerpt: finding.excerpt,
    }));
    try {
      const result = await judge.judge(checked, hints);
      if (result.status === "ok") {
        findings.push(...result.findings);
        reasons.push(...(result.notes ?? []));
      } else {
        reasons.push(`judge ${judge.name} could not answer: ${result.reason}`);
      }
    } catch (error) {
      reasons.push(`judge ${judge.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  findings.sort(byPosition);
  // the verdict is decided on every finding; only the list is capped
  const verdict = verdictOf(findings, reasons);
  const listed = capFindings(findings);
  const total = listed.total + unlisted;
  if (total > listed.findings.length) {
    reasons.push(
      `${total} findings in all: the first of every rule and at most ${listed.findings.length} are listed`,
    );
  }
  return {
    verdict,
    findings: listed.findings,
    findings_total: total,
    rule_pack_version: rulePack.pack.version,
    judge: judgeInfo,
    reasons,
  };
}
