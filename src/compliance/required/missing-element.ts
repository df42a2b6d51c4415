// The finding for an element a text lacks: it has no span, since what is wrong is what is not there.
import type { Finding, Severity } from "../types.ts";

export function missingElement(
  rule: string,
  severity: Severity,
  article: string,
  suggestion: string,
): Finding {
  return {
    source: "required",
    rule_id: rule,
    category: "required_element",
    label: "missing_disclosure",
    article,
    severity,
    start: 0,
    end: 0,
    excerpt: "",
    suggestion,
  };
}
