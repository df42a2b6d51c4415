// A text can hold tens of thousands of hits (80,000 x 保本): a reviewer needs to see what is wrong, not every
// repetition of it. The verdict is decided on all findings; the list keeps the most telling ones.
import type { Finding } from "./types.ts";

/** At most this many findings of one rule are listed. */
export const MAX_FINDINGS_PER_RULE = 20;
/** At most this many findings are listed in all. */
export const MAX_FINDINGS = 200;

export interface CappedFindings {
  findings: Finding[];
  /** how many there were before the cap */
  total: number;
}

/** Blocks before warnings, then by position: a capped list never hides the reason a text is blocked. */
function byWeight(a: Finding, b: Finding): number {
  const severity = (a.severity === "block" ? 0 : 1) - (b.severity === "block" ? 0 : 1);
  return severity || a.start - b.start || a.end - b.end;
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule_id.localeCompare(b.rule_id);
}

export function capFindings(
  findings: readonly Finding[],
  perRule = MAX_FINDINGS_PER_RULE,
  inAll = MAX_FINDINGS,
): CappedFindings {
  if (findings.length <= Math.min(perRule, inAll)) return { findings: [...findings], total: findings.length };
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule_id) ?? [];
    list.push(finding);
    byRule.set(finding.rule_id, list);
  }
  const lists = [...byRule.values()].map((list) => list.sort(byWeight).slice(0, perRule));
  // every rule keeps its first finding before any rule keeps a second: the list names every problem
  const firsts = lists.map((list) => list[0] as Finding);
  const rest = lists.flatMap((list) => list.slice(1));
  const listed = [...firsts.sort(byWeight), ...rest.sort(byWeight)].slice(0, inAll);
  return { findings: listed.sort(byPosition), total: findings.length };
}
