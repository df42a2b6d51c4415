// A finding's stable id: the same finding of the same text always gets the same id (a reviewer's
// dismissal names it), two findings of one text never share one.
import { createHash } from "node:crypto";
import type { Finding } from "./types.ts";

export function findingId(finding: Pick<Finding, "source" | "rule_id" | "start" | "end">): string {
  return createHash("sha256")
    .update(`${finding.source}\u0000${finding.rule_id}\u0000${finding.start}\u0000${finding.end}`)
    .digest("hex")
    .slice(0, 16);
}
