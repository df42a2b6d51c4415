// The printed evidence pack speaks the console's words: channel, industry, stage, tier, status, verdict,
// severity and audit actions from src/domain/labels.ts, and every time in China time, never a slug or a UTC stamp.
import { describe, expect, it } from "vitest";
import { authenticate } from "../../src/auth/api-keys.ts";
import { decideDraft } from "../../src/review/decide-draft.ts";
import { renderEvidenceHtml } from "../../src/review/evidence-html.ts";
import { buildEvidencePack } from "../../src/review/evidence-pack.ts";
import { actorFor, storeDraft } from "../review/support/drafts.ts";
import { createTestContext } from "../support/test-context.ts";

describe("the evidence page", () => {
  it("names slugs in Chinese and times in China time", async () => {
    const context = await createTestContext();
    try {
      const sales = await actorFor(context, "sales", "销售 小周");
      const reviewer = await actorFor(context, "reviewer", "审核 陈静");
      const id = await storeDraft(context, { author: sales });
      const actor = await authenticate(context.db, reviewer.key);
      if (!actor) throw new Error("no reviewer");
      await decideDraft(context, actor, { id, decision: "approve", version: 1 });
      const html = renderEvidenceHtml(await buildEvidencePack(context, actor, id));
      expect(html).toContain("朋友圈 / 银行理财 · 兴趣期 · 普通客户");
      expect(html).toContain("已通过");
      expect(html).toContain("机检结论：机检通过");
      expect(html).toMatch(/<td>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d<\/td><td>创建 → 待审核<\/td>/);
      expect(html).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）/);
      expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
      expect(html).not.toMatch(/>(moments|finance|interest|regular|pending_review|approved|created)</);
    } finally {
      await context.close();
    }
  });
});
