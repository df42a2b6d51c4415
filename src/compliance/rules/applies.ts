// Whether a rule applies to a text's industry and channel (an empty list means every one).
import type { Rule } from "./rule-pack.ts";

export function ruleApplies(rule: Rule, industry: string | undefined, channel: string | undefined): boolean {
  if (industry !== undefined) {
    if (rule.industries.length > 0 && !rule.industries.includes(industry)) return false;
    if (rule.not_industries.includes(industry)) return false;
  } else if (rule.industries.length > 0) {
    return false;
  }
  if (rule.channels.length > 0 && (channel === undefined || !rule.channels.includes(channel))) return false;
  return true;
}
