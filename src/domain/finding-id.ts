// A finding's stable id: what a dismissal names, so "this finding, on this version" means one thing to the API,
// the audit trail and the database. The compliance engine may stamp its own `id` on a finding; until it does,
// the id is derived here from what makes a finding itself (who raised it, which rule, where in the text).
// migrations/0011_review_integrity.sql computes the same id in SQL (finding_id); a test keeps the two equal.
import { createHash } from "node:crypto";

export interface FindingIdentity {
  id?: string | undefined;
  source: string;
  rule_id: string;
  start: number;
  end: number;
}

export function findingId(finding: FindingIdentity): string {
  if (typeof finding.id === "string" && finding.id.length > 0) return finding.id;
  const key = [finding.source, finding.rule_id, String(finding.start), String(finding.end)].join("\u001f");
  return `fnd_${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}
