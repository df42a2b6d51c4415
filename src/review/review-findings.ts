// What stands between a draft and its approval, as one list: the compliance findings, the grounding findings
// (numbers and benefits no source backs, claims an edit cut loose from their source), each with its stable id
// and the dismissal a second reviewer may have written for it on this version. The lifecycle, the console, the
// evidence pack and the database trigger (draft_review_state in migrations/0011) all judge from this.
import type { Verdict, VerdictKind } from "../compliance/types.ts";
import { findingId } from "../domain/finding-id.ts";

export interface DismissalNote {
  reason: string;
  by: string;
  by_name: string;
  at: string;
}

export interface ReviewFinding {
  id: string;
  /** rule | pii | required | judge (the compliance engine's), or grounding. */
  source: string;
  rule_id: string;
  label: string | null;
  article: string;
  severity: "block" | "warn";
  start: number;
  end: number;
  excerpt: string;
  suggestion: string;
  dismissal: DismissalNote | null;
}

export interface ReviewState {
  /** The verdict a reviewer acts on: the engine's, with grounding and dismissals taken into account. */
  verdict: VerdictKind;
  findings: ReviewFinding[];
  /** Why the draft is blocked or needs a written reason when no open finding says so. */
  reasons: string[];
}

/** A grounding finding as stored in `drafts.grounding.findings` (src/generators/grounding.ts, or an edit). */
interface StoredGroundingFinding {
  id?: string;
  kind: string;
  claim: string;
  start: number;
  end: number;
  severity?: "block" | "warn";
  message?: string;
}

export interface ReviewedDraft {
  verdict: Pick<Verdict, "verdict" | "findings"> & Partial<Pick<Verdict, "reasons" | "judge">>;
  grounding?: unknown;
}

const GROUNDING_ARTICLE = "素材依据：数字、利益点与事实须来自引用素材";

function groundingOf(draft: ReviewedDraft): { grounded: boolean | null; findings: StoredGroundingFinding[] } {
  const grounding = (draft.grounding ?? {}) as { grounded?: unknown; findings?: unknown };
  return {
    grounded: typeof grounding.grounded === "boolean" ? grounding.grounded : null,
    findings: Array.isArray(grounding.findings) ? (grounding.findings as StoredGroundingFinding[]) : [],
  };
}

/** Every finding of the draft's current version, in text order, with its id and dismissal (if any). */
export function reviewFindings(
  draft: ReviewedDraft,
  dismissals: ReadonlyMap<string, DismissalNote> = new Map(),
): ReviewFinding[] {
  const compliance = draft.verdict.findings.map((finding) => {
    const id = findingId(finding as typeof finding & { id?: string });
    return {
      id,
      source: finding.source,
      rule_id: finding.rule_id,
      label: finding.label ?? null,
      article: finding.article,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      excerpt: finding.excerpt,
      suggestion: finding.suggestion,
      dismissal: dismissals.get(id) ?? null,
    };
  });
  const grounding = groundingOf(draft).findings.map((finding) => {
    const rule = `grounding.${finding.kind}`;
    const id = findingId({ id: finding.id, source: "grounding", rule_id: rule, ...finding });
    return {
      id,
      source: "grounding",
      rule_id: rule,
      label: null,
      article: GROUNDING_ARTICLE,
      severity: finding.severity ?? "block",
      start: finding.start,
      end: finding.end,
      excerpt: finding.claim,
      suggestion: finding.message ?? "引用的素材中没有这一内容",
      dismissal: dismissals.get(id) ?? null,
    };
  });
  return [...compliance, ...grounding].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function reviewState(
  draft: ReviewedDraft,
  dismissals: ReadonlyMap<string, DismissalNote> = new Map(),
): ReviewState {
  const findings = reviewFindings(draft, dismissals);
  const open = findings.filter((finding) => finding.dismissal === null);
  const { verdict } = draft;
  const reasons: string[] = [];
  // A block no finding explains (a generation that failed, say) cannot be dismissed away.
  if (verdict.verdict === "block" && !verdict.findings.some((finding) => finding.severity === "block")) {
    reasons.push("the check blocked this text without a finding to dismiss");
  }
  const grounding = groundingOf(draft);
  if (grounding.grounded === false && !grounding.findings.some((f) => (f.severity ?? "block") === "block")) {
    reasons.push("the grounding check failed without a finding to dismiss");
  }
  if (reasons.length > 0 || open.some((finding) => finding.severity === "block")) {
    return { verdict: "block", findings, reasons };
  }
  const engineReasons = verdict.reasons ?? [];
  if (verdict.verdict !== "pass" && (verdict.findings.length === 0 || engineReasons.length > 0)) {
    reasons.push(...(engineReasons.length > 0 ? engineReasons : [`the check said ${verdict.verdict}`]));
  }
  // Rules that block stop the engine before its model judge reads the text: once a person has dismissed what
  // the rules said, nobody else has judged the rest, so approving it takes a written reason too.
  if (findings.some((finding) => finding.dismissal !== null) && !verdict.judge) {
    reasons.push("the model judge did not read this text (rules blocked it first)");
  }
  const attention = reasons.length > 0 || open.some((finding) => finding.severity === "warn");
  return { verdict: attention ? "needs_attention" : "pass", findings, reasons };
}
