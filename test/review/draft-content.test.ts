// One text per draft: what the generator writes is shown as it is (its structure flattens to the body), an edit's
// content is flattened into the body it is checked as, and a structure that says something else is withheld.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { generateDrafts } from "../../src/generators/generate-drafts.ts";
import { contentMatchesBody, editedText, shownContent } from "../../src/review/draft-content.ts";
import { findDraft } from "../../src/review/draft-record.ts";
import { editDraft } from "../../src/review/edit-draft.ts";
import { libraryContext } from "../generators/library-context.ts";
import type { TestContext } from "../support/test-context.ts";

const moments = {
  channel: "moments",
  text: "稳盈30天每30天开放一次申购赎回。",
  call_to_action: "想了解可以私信我",
};

function refusal(work: () => unknown): { code: string; fields: string[] } {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.errors.map((e) => e.field) };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the text of an edit", () => {
  const draft = {
    channel: "moments",
    message_type: null,
    content: { ...moments, ai_label: "（本内容由AI辅助生成）" },
  };

  it("is the body itself when only the body is sent", () => {
    expect(editedText(draft, { body: "新的文案。" })).toEqual({
      body: "新的文案。",
      content: { channel: "moments", text: "新的文案。", edited_as_text: true },
    });
  });

  it("is flattened from structured content, keeping the visible AI label the draft carried", () => {
    const edited = editedText(draft, { content: { ...moments, text: "开放日可申购或赎回。" } });
    expect(edited.body).toBe("开放日可申购或赎回。\n想了解可以私信我\n（本内容由AI辅助生成）");
    expect(edited.content).toEqual({
      ...moments,
      text: "开放日可申购或赎回。",
      ai_label: "（本内容由AI辅助生成）",
    });
    expect(
      editedText(draft, { content: moments, body: edited.body.replace("开放日可申购或赎回。", moments.text) })
        .body,
    ).toBe(`${moments.text}\n${moments.call_to_action}\n（本内容由AI辅助生成）`);
  });

  it("refuses content that disagrees with the body, or is not this draft's channel, naming the field", () => {
    expect(refusal(() => editedText(draft, { content: moments, body: "别的文字" }))).toEqual({
      code: "invalid_request",
      fields: ["body"],
    });
    expect(
      refusal(() => editedText(draft, { content: { channel: "moments", text: "缺了行动号召" } })),
    ).toEqual({
      code: "invalid_request",
      fields: ["content.call_to_action"],
    });
    expect(
      refusal(() =>
        editedText(draft, {
          content: { channel: "sms", signature: "【某银行】", text: "x", opt_out: "回T退订" },
        }),
      ),
    ).toEqual({ code: "invalid_request", fields: ["content.channel"] });
    expect(refusal(() => editedText(draft, {}))).toEqual({ code: "invalid_request", fields: ["body"] });
  });
});

describe("what is shown as content", () => {
  it("is the stored structure only while it flattens to the body", () => {
    const body = `${moments.text}\n${moments.call_to_action}`;
    expect(contentMatchesBody(moments, "moments", body)).toBe(true);
    expect(shownContent({ content: moments, channel: "moments", body })).toBe(moments);
    expect(shownContent({ content: moments, channel: "moments", body: "另一段文字" })).toEqual({
      channel: "moments",
      text: "另一段文字",
      edited_as_text: true,
      structure_withheld: true,
    });
  });
});

describe("generated drafts of every channel", () => {
  let context: Awaited<ReturnType<typeof libraryContext>>;
  let sales: Actor;
  let reviewer: Actor;
  beforeAll(async () => {
    context = await libraryContext();
    sales = await context.actor("sales");
    reviewer = await context.actor("reviewer");
  });
  afterAll(() => (context as TestContext).close());

  const base = { industry: "finance", stage: "interest", tier: "regular", seed: "content-1" };
  const requests = [
    { ...base, channel: "moments", ai_label: true },
    { ...base, channel: "group", message_type: "seeding" },
    { ...base, channel: "private" },
    // SMS frames are written per scenario; a request naming none is refused (422) by the generator.
    { ...base, channel: "sms", scenario: "promo_notice" },
    { ...base, channel: "outbound", scenario: "promo_notice" },
  ];

  it("are shown with the structure the generator wrote, and an outbound script is edited section by section", async () => {
    for (const request of requests) {
      const [generated] = await generateDrafts(context, sales, request);
      if (!generated) throw new Error("no draft");
      const shown = await findDraft(context.db, generated.id);
      expect(shown?.content, request.channel).toEqual(generated.content);
      expect(contentMatchesBody(generated.content, generated.channel, generated.body), request.channel).toBe(
        true,
      );
      if (request.channel !== "outbound") continue;
      const content = generated.content as { opening: string; strategy: { note: string } };
      const edited = await editDraft(context, reviewer, {
        id: generated.id,
        version: 1,
        content: { ...content, closing: "感谢您的时间，祝您生活愉快，再见。" },
      });
      expect(edited.version).toBe(2);
      expect(edited.body).toContain("【结束】感谢您的时间，祝您生活愉快，再见。");
      expect(edited.body).toContain(`【开场】${content.opening}`);
      expect((edited.content as { closing: string }).closing).toBe("感谢您的时间，祝您生活愉快，再见。");
      await expect(
        editDraft(context, reviewer, {
          id: generated.id,
          version: 2,
          content: { ...content, strategy: { ...content.strategy, note: "承诺保本，放心推" } },
        }),
      ).rejects.toMatchObject({ code: "invalid_request", errors: [{ field: "content.strategy" }] });
    }
  });
});
