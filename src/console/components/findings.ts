// A draft's findings as a reviewer reads them, and the text with each finding marked in place. The text is cut
// at every finding boundary (findings may overlap); each covered piece becomes a <mark> naming its findings.
import { h } from "../core/dom.ts";
import { label } from "../core/labels.ts";
import type { Draft, GroundingFinding, ReviewFinding } from "../core/types.ts";

const GROUNDING_ARTICLE = "素材依据：数字、利益点与事实须来自引用的素材";

/** Grounding findings in words a reviewer reads (the kind and the claim), whatever language the server used. */
export function groundingSuggestion(finding: Pick<GroundingFinding, "kind" | "claim" | "message">): string {
  if (finding.message && /[\u4e00-\u9fff]/.test(finding.message)) return finding.message;
  if (finding.kind === "number") return `「${finding.claim}」这个数字在引用的素材中找不到出处`;
  if (finding.kind === "benefit") return `「${finding.claim}」这项利益点在引用的素材中找不到出处`;
  return `「${finding.claim}」缺少素材依据`;
}

/**
 * Every finding of the version on screen: the review API's list when the server sends one (ids, dismissals),
 * else the engine's and the grounding check's findings as stored.
 */
export function findingsOf(draft: Draft): ReviewFinding[] {
  if (draft.review) {
    return draft.review.findings.map((finding) =>
      finding.source === "grounding" && !/[\u4e00-\u9fff]/.test(finding.suggestion)
        ? {
            ...finding,
            suggestion: groundingSuggestion({
              kind: finding.rule_id.replace(/^grounding\./, ""),
              claim: finding.excerpt,
            }),
          }
        : finding,
    );
  }
  const engine = (draft.verdict.findings ?? []).map((finding) => ({
    id: finding.id ?? null,
    source: finding.source ?? "rule",
    rule_id: finding.rule_id,
    article: finding.article,
    severity: finding.severity,
    start: finding.start,
    end: finding.end,
    excerpt: finding.excerpt,
    suggestion: finding.suggestion,
    dismissal: null,
  }));
  const grounding = (draft.grounding?.findings ?? []).map((finding) => ({
    id: finding.id ?? null,
    source: "grounding",
    rule_id: `grounding.${finding.kind}`,
    article: GROUNDING_ARTICLE,
    severity: finding.severity ?? ("block" as const),
    start: finding.start,
    end: finding.end,
    excerpt: finding.claim,
    suggestion: groundingSuggestion(finding),
    dismissal: null,
  }));
  return [...engine, ...grounding].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function openFindings(draft: Draft): ReviewFinding[] {
  return findingsOf(draft).filter((finding) => finding.dismissal === null);
}

/** The verdict a reviewer acts on: the review API's (dismissals counted) or the engine's. */
export function reviewVerdict(draft: Draft): string {
  return draft.review?.verdict ?? (draft.grounding?.grounded === false ? "block" : draft.verdict.verdict);
}

export interface Segment {
  text: string;
  /** Indexes into the findings list of the findings covering this piece. */
  findings: number[];
}

export function segments(text: string, findings: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    cuts.add(Math.max(0, Math.min(text.length, finding.start)));
    cuts.add(Math.max(0, Math.min(text.length, finding.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering: number[] = [];
    findings.forEach((finding, index) => {
      if (finding.end > finding.start && finding.start <= start && finding.end >= end) covering.push(index);
    });
    out.push({ text: text.slice(start, end), findings: covering });
  }
  return out;
}

/** The text with marks; each mark says which findings (numbered as in the list) cover it. */
export function highlighted(text: string, findings: readonly ReviewFinding[]): HTMLElement {
  const box = h("div", { class: "draft-text" });
  for (const piece of segments(text, findings)) {
    if (piece.findings.length === 0) {
      box.append(piece.text);
      continue;
    }
    const block = piece.findings.some((index) => findings[index]?.severity === "block");
    const numbers = piece.findings.map((index) => index + 1).join(",");
    box.append(
      h(
        "mark",
        {
          class: block ? "sev-block" : "sev-warn",
          title: piece.findings
            .map(
              (index) =>
                `#${index + 1} ${findings[index]?.article ?? ""}：${findings[index]?.suggestion ?? ""}`,
            )
            .join("\n"),
          dataset: { findings: numbers },
        },
        piece.text,
      ),
      h("sup", { class: "finding-ref", "aria-label": `标注 ${numbers}` }, numbers),
    );
  }
  return box;
}

/** The numbered list of findings: severity, who raised it, the span, the article and the suggested wording. */
export function findingList(
  findings: readonly ReviewFinding[],
  action?: (finding: ReviewFinding, index: number) => HTMLElement | null,
): HTMLElement {
  if (findings.length === 0) return h("p", { class: "muted" }, "机检没有标注。");
  return h(
    "ol",
    { class: "findings" },
    findings.map((finding, index) =>
      h(
        "li",
        { class: `finding sev-${finding.severity}${finding.dismissal ? " dismissed" : ""}` },
        h(
          "div",
          { class: "finding-head" },
          h("span", { class: `badge sev-${finding.severity}` }, label("severity", finding.severity)),
          h("span", { class: "finding-source" }, label("finding_source", finding.source)),
          h("q", {}, finding.excerpt),
        ),
        h("div", { class: "finding-article" }, finding.article),
        h("div", {}, finding.suggestion),
        finding.dismissal
          ? h(
              "div",
              { class: "dismissal" },
              `已由 ${finding.dismissal.by_name} 驳回：${finding.dismissal.reason}`,
            )
          : null,
        action ? action(finding, index) : null,
      ),
    ),
  );
}
