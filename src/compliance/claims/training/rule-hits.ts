// The rule findings of a training line, exactly as checkText's rule stage makes them, split into candidate
// hits (ambiguous terms, for the candidate head) and plain hits (for each rule's measured precision).
import { foldSameLength } from "../../normalize/fold-table.ts";
import { normalize } from "../../normalize/normalize.ts";
import type { CompiledPack } from "../../rules/compile-pack.ts";
import { scanRules } from "../../rules/scan-rules.ts";
import type { Finding } from "../../types.ts";
import { candidatePolicy } from "../candidate-policy.ts";
import type { CorpusLine } from "./corpus.ts";

export interface LabelledHit {
  finding: Finding;
  candidate: boolean;
  /** does the gold say this hit is a claim of its label? null: it cannot tell */
  target: 0 | 1 | null;
}

export function ruleHits(pack: CompiledPack, line: CorpusLine): LabelledHit[] {
  const folded = foldSameLength(line.text);
  const findings = scanRules(pack, {
    original: line.text,
    folded,
    normalized: normalize(line.text),
    industry: line.industry,
    channel: line.channel,
  });
  const policy = candidatePolicy(pack);
  return findings.map((finding) => {
    const goldSpans = line.spans.filter((span) => span.label === finding.label);
    // a hit of one label in a line labelled only with others (本金绝对安全 is a finance promise) may well be
    // a claim of its own label too that the gold did not list: it teaches nothing either way
    let target: 0 | 1 | null = line.labels.includes(finding.label) ? 1 : line.labels.length === 0 ? 0 : null;
    // with spans for its label, a hit outside all of them may be a word in passing or a claim the spans
    // left out: it teaches nothing either way
    if (target === 1 && goldSpans.length > 0)
      target = goldSpans.some((span) => span.start < finding.end && finding.start < span.end) ? 1 : null;
    return { finding, candidate: policy.isCandidate(finding.rule_id, finding.excerpt), target };
  });
}
