// The verdict for one text: rules (ambiguous hits weighed by the claim model), the claim model, PII and
// required elements first; the judge only when they did not block.
import { findingId } from "../domain/finding-id.ts";
import { capFindings, MAX_FINDINGS_PER_RULE } from "./cap-findings.ts";
import { assessClaimsCapped } from "./claims/assess-claims.ts";
import type { ClaimModel } from "./claims/model.ts";
import type { Judge, RuleHint } from "./judge/judge.ts";
import { foldSameLength } from "./normalize/fold-table.ts";
import { normalize } from "./normalize/normalize.ts";
import { scanPiiCapped } from "./pii/scan-pii.ts";
import { checkRequiredElements } from "./required/required-elements.ts";
import type { CompiledPack } from "./rules/compile-pack.ts";
import { scanRulesCapped } from "./rules/scan-rules.ts";
import type { CheckedFinding, CheckedVerdict, CheckInput, Finding, Verdict, VerdictKind } from "./types.ts";

/** Longer texts are checked up to this many UTF-16 units and flagged for a human. */
export const MAX_TEXT_UNITS = 1 << 20;

export interface CheckDependencies {
  rulePack: CompiledPack;
  /** the offline claim model; without it every rule hit stands as the rule says and no model finding is made */
  claims?: ClaimModel;
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

/** Ids and confidences on every finding; a repeated finding (the judge quoting one span twice) is kept once. */
function withIds(findings: readonly Finding[]): CheckedFinding[] {
  const seen = new Set<string>();
  const result: CheckedFinding[] = [];
  for (const finding of findings) {
    const id = findingId(finding);
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ ...finding, id, confidence: finding.confidence ?? 1 });
  }
  return result;
}

export async function checkText(input: CheckInput, dependencies: CheckDependencies): Promise<CheckedVerdict> {
  const { rulePack, judge, claims } = dependencies;
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
  // findings past the per-rule cap (rules, model labels, PII kinds) were counted, not built: the list would
  // drop them, and each finding of one rule past the cap could not change the verdict (blocks are kept first)
  const claimed = claims
    ? assessClaimsCapped(
        claims,
        rulePack,
        { text, folded, industry: input.industry, channel: input.channel, allowed: ruleScan.allowed },
        ruleScan.findings,
        MAX_FINDINGS_PER_RULE,
      )
    : { findings: ruleScan.findings, unlisted: 0 };
  const pii = scanPiiCapped(text, folded, MAX_FINDINGS_PER_RULE);
  const unlisted =
    ruleScan.total - ruleScan.findings.length + claimed.unlisted + pii.total - pii.findings.length;
  const findings: Finding[] = [...claimed.findings, ...pii.findings, ...checkRequiredElements(checked)];
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
    findings: withIds(listed.findings),
    findings_total: total,
    rule_pack_version: rulePack.pack.version,
    judge: judgeInfo,
    reasons,
  };
}
