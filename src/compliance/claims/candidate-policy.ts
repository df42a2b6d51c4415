// Which rule hits are candidates: hits of a rule marked `ambiguous`, or of one of its `ambiguous_terms`
// as written (an evasive spelling of an ambiguous term, 弟一 or di yi, is intent, not an ordinal).
import { normalizeTerm } from "../normalize/normalize.ts";
import type { CompiledPack } from "../rules/compile-pack.ts";
import type { Rule } from "../rules/rule-pack.ts";

export interface CandidatePolicy {
  rule(id: string): Rule | undefined;
  isCandidate(ruleId: string, excerpt: string): boolean;
}

const policies = new WeakMap<CompiledPack, CandidatePolicy>();

export function candidatePolicy(pack: CompiledPack): CandidatePolicy {
  let policy = policies.get(pack);
  if (policy) return policy;
  const rules = new Map<string, Rule>();
  const terms = new Map<string, Set<string>>();
  for (const rule of pack.rules) {
    rules.set(rule.id, rule);
    if (rule.ambiguous_terms) terms.set(rule.id, new Set(rule.ambiguous_terms.map(normalizeTerm)));
  }
  policy = {
    rule: (id) => rules.get(id),
    isCandidate(ruleId, excerpt) {
      const rule = rules.get(ruleId);
      if (!rule) return false;
      if (rule.ambiguous) return true;
      return terms.get(ruleId)?.has(normalizeTerm(excerpt)) ?? false;
    },
  };
  policies.set(pack, policy);
  return policy;
}
