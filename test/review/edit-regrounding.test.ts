// An edit is grounded again the way the pipeline grounded the draft (regroundDraft): the cited offer's last day
// still supports a date the editor writes, and the guidance the draft was written under must not be pasted into
// it. Both through editDraft, on drafts the composer wrote from the real content library.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import type { Draft } from "../../src/drafts/draft.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import type { Grounding } from "../../src/generators/grounding.ts";
import { editDraft } from "../../src/review/edit-draft.ts";
import { libraryContext } from "../generators/library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
let sales: Actor;

beforeAll(async () => {
  context = await libraryContext({ now: new Date("2026-12-01T08:00:00Z") });
  sales = await context.actor("sales");
});
afterAll(async () => {
  await context.close();
});

async function draftFor(request: Record<string, unknown>): Promise<Draft> {
  const [draft] = await generateDrafts(context, sales, {
    industry: "finance",
    stage: "decision",
    tier: "regular",
    ...request,
  });
  if (!draft) throw new Error("no draft");
  expect(draft.status).toBe("pending_review");
  return draft;
}

describe("editing a draft grounds it again", () => {
  it("the cited offer's last day still grounds the date an edit keeps", async () => {
    // The coupon's own text carries no date: only its approved last day (valid_until) supports "2027年3月31日".
    const draft = await draftFor({
      channel: "sms",
      scenario: "new_customer_activation",
      customer: "new",
      seed: "edit-date",
    });
    expect(draft.sources.map((source) => source.valid_until)).toContain("2027-03-31");
    expect(draft.body).toContain("2027年3月31日");
    const body = draft.body.replace("回T退订", "欢迎办理。回T退订");
    expect(body).not.toBe(draft.body);
    const edited = await editDraft(context, sales, { id: draft.id, version: draft.version, body });
    const grounding = edited.grounding as Grounding;
    expect(grounding.findings).toEqual([]);
    expect(grounding.grounded).toBe(true);
    expect(edited.status).toBe("pending_review");
  });

  it("guidance pasted into the text blocks the draft, naming it as guidance", async () => {
    const draft = await draftFor({ channel: "moments", seed: "edit-guidance" });
    const notes = (draft.grounding as Grounding).policy_notes ?? [];
    // A rule for the rep, with no number and no word the compliance rules ban: only the leak check catches it.
    const rule = "语速放慢、句子简短，避免专业术语堆砌";
    expect(notes.some((note) => note.text.includes(rule))).toBe(true);
    const body = draft.body.replace("\n", `${rule}。\n`);
    const edited = await editDraft(context, sales, { id: draft.id, version: draft.version, body });
    const grounding = edited.grounding as Grounding;
    expect(grounding.grounded).toBe(false);
    expect(grounding.findings.filter((finding) => finding.kind === "guidance")).toHaveLength(1);
    expect(edited.status).toBe("blocked");
    // The policy notes stay with the draft for the reviewer and for the next edit.
    expect(grounding.policy_notes).toEqual(notes);
  });
});
