// The draft lifecycle as one pure state machine: every verb asks it first, and the database trigger of
// migrations/0004_review.sql and 0011_review_integrity.sql enforce the same rules again underneath.
import type { DraftStatus } from "../drafts/draft.ts";
import { type Contributor, fourEyesRefusal, type LineageLink } from "./four-eyes.ts";
import { type DismissalNote, type ReviewedDraft, reviewState } from "./review-findings.ts";

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
export interface LifecycleDraft extends ReviewedDraft {
  status: DraftStatus;
  /** Everyone who wrote a version of the text: the author (version 1) and every editor. */
  contributors: readonly Contributor[];
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
  /** The deciding actor and the chain of actors who minted its key (four-eyes.ts). */
  decider: readonly LineageLink[],
  decision: Decision,
  input: {
    overrideReason?: string | undefined;
    dismissals?: ReadonlyMap<string, DismissalNote> | undefined;
  } = {},
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
    // Four eyes: nobody who wrote any version of the text (or whose key they minted) approves it.
    const refusal = fourEyesRefusal(decider, draft.contributors, "approve");
    if (refusal) return { ok: false, code: "forbidden", reason: refusal };
    const state = reviewState(draft, input.dismissals);
    if (state.verdict === "block") {
      return {
        ok: false,
        code: "conflict",
        reason:
          "the draft has an open block finding: edit it until the check passes, have a second reviewer dismiss the finding, or reject it",
      };
    }
    if (state.verdict === "needs_attention" && (input.overrideReason ?? "").trim().length === 0) {
      return {
        ok: false,
        code: "unprocessable",
        reason: "the draft has warn findings: approving it needs a written override_reason",
      };
    }
  }
  return { ok: true, from: draft.status, to: DECISION_TARGET[decision] };
}

export function canEdit(status: DraftStatus): boolean {
  return EDITABLE_FROM.includes(status);
}

/**
 * After an edit the new text is judged afresh (no dismissal carries over to a new version): a block finding (or
 * an ungrounded number or benefit) blocks it, anything else waits for a human.
 */
export function statusAfterEdit(verdict: ReviewedDraft["verdict"], grounding?: unknown): DraftStatus {
  return reviewState({ verdict, grounding }).verdict === "block" ? "blocked" : "pending_review";
}
