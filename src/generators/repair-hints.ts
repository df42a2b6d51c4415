// What a blocked attempt teaches the next one: the items whose sentences carried a blocked span are avoided.
import type { Finding } from "../compliance/types.ts";
import type { Citation } from "../drafts/draft.ts";
import type { GroundingFinding } from "./grounding.ts";

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "block");
}

export function itemsToAvoid(
  citations: readonly Citation[],
  findings: readonly Finding[],
  grounding: readonly GroundingFinding[],
): string[] {
  const excerpts = [
    ...blockingFindings(findings).map((finding) => finding.excerpt),
    ...grounding.map((finding) => finding.claim),
  ].filter((excerpt) => excerpt.length > 0);
  return [
    ...new Set(
      citations
        .filter((citation) => excerpts.some((excerpt) => citation.claim.includes(excerpt)))
        .map((citation) => citation.item_id),
    ),
  ];
}
