// The draft lifecycle as one pure state machine: every verb asks it first, and the database trigger of
// migrations/0004_review.sql enforces the same rules again underneath.
import type { Verdict } from "../compliance/types.ts";
import type { DraftStatus } from "../drafts/draft.ts";

export const REASON_CODES = [
  "absolute_term",
  "unsupported_claim",
  "missing_disclosure",
  "pii",
  "tone",
  "factual_error",
  "other",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type Decision = "approve" | "reject" | "request_changes";

/** What the machine needs to know about a draft; nothing else influences a transition. */
export interface LifecycleDraft {
  status: DraftStatus;
  author_id: string;
  /** The actor who made the current version by editing it; null while it is the author's original. */
  edited_by: string | null;
  verdict: Pick<Verdict, "verdict" | "findings">;
  /** The grounding check of the generator: a number or benefit no cited item backs is a block finding too. */
  grounding?: { grounded?: boolean } | null;
}

export type Refusal = { ok: false; code: "conflict" | "forbidden" | "unprocessable"; reason: string };
export type Transition = { ok: true; from: DraftStatus; to: DraftStatus } | Refusal;

const DECISION_TARGET: Record<Decision, DraftStatus> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "changes_requested",
};

/**
 * Which statuses a decision may start from. A blocked draft never reaches a customer, but a reviewer may still
 * close it (reject) or send it back (request changes) rather than leave it in limbo.
 */
export const DECIDABLE_FROM: Record<Decision, readonly DraftStatus[]> = {
  approve: ["pending_review"],
  reject: ["pending_review", "blocked"],
  request_changes: ["pending_review", "blocked"],
};

/** Decided drafts are final; anything still open can be edited, and the edit is checked again. */
export const EDITABLE_FROM: readonly DraftStatus[] = ["pending_review", "blocked", "changes_requested"];

export function decide(
  draft: LifecycleDraft,
  actorId: string,
  decision: Decision,
  input: { overrideReason?: string | undefined } = {},
): Transition {
  const allowed = DECIDABLE_FROM[decision];
  if (!allowed.includes(draft.status)) {
    return {
      ok: false,
      code: "conflict",
      reason: `the draft is ${draft.status}; ${decision} needs ${allowed.join(" or ")}`,
    };
  }
  if (decision === "approve") {
    // Four eyes: whoever wrote the current text (author, or last editor) is not the one to approve it.
    if (actorId === draft.author_id) {
      return { ok: false, code: "forbidden", reason: "the author cannot approve their own draft" };
    }
    if (draft.edited_by !== null && actorId === draft.edited_by) {
      return { ok: false, code: "forbidden", reason: "the last editor cannot approve the text they wrote" };
    }
    if (hasBlockFinding(draft)) {
      return {
        ok: false,
        code: "conflict",
        reason: "the draft has a block finding: edit it until the check passes, or reject it",
      };
    }
    if (needsOverride(draft.verdict) && (input.overrideReason ?? "").trim().length === 0) {
      return {
        ok: false,
        code: "unprocessable",
        reason: "the draft has warn findings: approving it needs a written override_reason",
      };
    }
  }
  return { ok: true, from: draft.status, to: DECISION_TARGET[decision] };
}

export function hasBlockFinding(draft: Pick<LifecycleDraft, "verdict" | "grounding">): boolean {
  return (
    draft.verdict.verdict === "block" ||
    draft.verdict.findings.some((finding) => finding.severity === "block") ||
    draft.grounding?.grounded === false
  );
}

/** Anything short of a clean pass (warn findings, or a judge that could not answer) needs a written reason. */
export function needsOverride(verdict: Pick<Verdict, "verdict" | "findings">): boolean {
  return verdict.verdict !== "pass" || verdict.findings.length > 0;
}

export function canEdit(status: DraftStatus): boolean {
  return EDITABLE_FROM.includes(status);
}

/**
 * After an edit the new text is judged afresh: a block finding (or an ungrounded number or benefit) blocks it,
 * anything else waits for a human.
 */
export function statusAfterEdit(
  verdict: Pick<Verdict, "verdict" | "findings">,
  grounding?: { grounded?: boolean } | null,
): DraftStatus {
  return hasBlockFinding({ verdict, grounding: grounding ?? null }) ? "blocked" : "pending_review";
}
