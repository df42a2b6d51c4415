import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/compliance/types.ts";
import { DRAFT_STATUSES } from "../../src/drafts/draft.ts";
import {
  canEdit,
  type Decision,
  decide,
  type LifecycleDraft,
  statusAfterEdit,
} from "../../src/review/lifecycle.ts";

const warn = { severity: "warn" } as Finding;
const block = { severity: "block" } as Finding;
const draft = (overrides: Partial<LifecycleDraft> & { edited_by?: string } = {}): LifecycleDraft => {
  const { edited_by, ...rest } = overrides;
  return {
    status: "pending_review",
    contributors: [
      { actor_id: "author", version: 1 },
      ...(edited_by ? [{ actor_id: edited_by, version: 2 }] : []),
    ],
    verdict: { verdict: "pass", findings: [] },
    ...rest,
  };
};
/** An actor whose key nobody minted (depth 0 only), or one minted by `minter`. */
const as = (id: string, minter?: string) => [
  { id, name: id, depth: 0 },
  ...(minter ? [{ id: minter, name: minter, depth: 1 }] : []),
];

describe("the draft state machine", () => {
  it("moves pending_review to approved, rejected or changes_requested", () => {
    const targets: Record<Decision, string> = {
      approve: "approved",
      reject: "rejected",
      request_changes: "changes_requested",
    };
    for (const [decision, to] of Object.entries(targets)) {
      expect(decide(draft(), as("reviewer"), decision as Decision)).toEqual({
        ok: true,
        from: "pending_review",
        to,
      });
    }
  });

  it("never decides a decided draft again, and never edits it", () => {
    for (const status of ["approved", "rejected"] as const) {
      for (const decision of ["approve", "reject", "request_changes"] as const) {
        expect(decide(draft({ status }), as("reviewer"), decision)).toMatchObject({
          ok: false,
          code: "conflict",
        });
      }
      expect(canEdit(status)).toBe(false);
    }
    expect(DRAFT_STATUSES.filter(canEdit)).toEqual(["pending_review", "changes_requested", "blocked"]);
  });

  it("keeps the author and the last editor from approving", () => {
    expect(decide(draft(), as("author"), "approve")).toMatchObject({ ok: false, code: "forbidden" });
    expect(decide(draft({ edited_by: "editor" }), as("editor"), "approve")).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(decide(draft({ edited_by: "editor" }), as("author"), "approve")).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    // The author may not approve, but a reviewer who authored nothing may reject the author's own draft.
    expect(decide(draft(), as("reviewer"), "reject")).toMatchObject({ ok: true });
  });

  it("never approves a block finding or an ungrounded claim; a warn needs a written reason", () => {
    const blocked = draft({ verdict: { verdict: "block", findings: [block] } });
    expect(decide(blocked, as("reviewer"), "approve", { overrideReason: "我担保" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(decide(draft({ grounding: { grounded: false } }), as("reviewer"), "approve")).toMatchObject({
      ok: false,
    });
    const warned = draft({ verdict: { verdict: "needs_attention", findings: [warn] } });
    expect(decide(warned, as("reviewer"), "approve")).toMatchObject({ ok: false, code: "unprocessable" });
    expect(decide(warned, as("reviewer"), "approve", { overrideReason: "  " })).toMatchObject({ ok: false });
    expect(decide(warned, as("reviewer"), "approve", { overrideReason: "数据已核实" })).toMatchObject({
      ok: true,
    });
  });

  it("lets a reviewer close or return a blocked draft, and judges an edit by its new verdict", () => {
    const blocked = draft({ status: "blocked", verdict: { verdict: "block", findings: [block] } });
    expect(decide(blocked, as("reviewer"), "reject")).toMatchObject({ ok: true, to: "rejected" });
    expect(decide(blocked, as("reviewer"), "request_changes")).toMatchObject({
      ok: true,
      to: "changes_requested",
    });
    expect(statusAfterEdit({ verdict: "block", findings: [block] })).toBe("blocked");
    expect(statusAfterEdit({ verdict: "needs_attention", findings: [warn] })).toBe("pending_review");
    expect(statusAfterEdit({ verdict: "pass", findings: [] }, { grounded: false })).toBe("blocked");
  });
});
