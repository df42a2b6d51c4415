// Grounding a stored draft's text again (after a human edit, say): the same checks the pipeline ran, from what
// the draft stored. Its cited sources support claims (text, clause, last day); what the requester typed only
// explains them (flagged, never grounded); the guidance it was written under must still not appear in it.
import { checkGrounding, type Grounding, sourceTexts } from "./grounding.ts";
import { guidanceLeaks } from "./guidance-leak.ts";

export interface StoredDraftForGrounding {
  sources: ReadonlyArray<{
    title: string;
    text: string;
    clause?: string | null;
    valid_until?: string | null;
  }>;
  request: unknown;
  grounding: unknown;
}

export function regroundDraft(body: string, draft: StoredDraftForGrounding): Grounding {
  const request = (draft.request ?? {}) as { product?: unknown; benefit?: unknown; notes?: unknown };
  const requester = [request.product, request.benefit, request.notes].filter(
    (value): value is string => typeof value === "string",
  );
  const previous = (draft.grounding ?? {}) as Partial<Grounding>;
  const policyNotes = previous.policy_notes ?? [];
  const checked = checkGrounding(body, sourceTexts(draft.sources), { requester });
  const leaks = guidanceLeaks(body, policyNotes);
  return {
    ...checked,
    ...(leaks.length
      ? { grounded: false, findings: [...checked.findings, ...leaks].sort((a, b) => a.start - b.start) }
      : {}),
    policy_notes: policyNotes,
  };
}
