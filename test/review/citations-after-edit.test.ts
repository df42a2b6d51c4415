// Which item backs which sentence after an edit: kept while the words are there, dropped when they are gone,
// flagged when a cited sentence was rewritten away from its material, added when a sentence is an item's words.
import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/drafts/draft.ts";
import { citationsAfterEdit, similarity } from "../../src/review/citations-after-edit.ts";
import { SOURCES, TEXTS } from "./support/drafts.ts";

const CITED: Citation[] = [
  { item_id: "fin-product-wenying", item_version: 2, claim: "每30天开放一次申购赎回" },
  { item_id: "fin-notice-risk", item_version: 1, claim: "理财有风险，投资需谨慎。" },
];

const edit = (body: string, citations: Citation[] = CITED, previousBody: string = TEXTS.clean) =>
  citationsAfterEdit({ previousBody, body, citations, sources: SOURCES });

describe("citations after an edit", () => {
  it("keeps every citation when the cited words are still there", () => {
    const result = edit(`${TEXTS.clean}开放日当天即可办理。`);
    expect(result.citations).toEqual(CITED);
    expect(result.lost).toEqual([]);
  });

  it("drops the citation of a rewritten sentence and flags the sentence for the reviewer", () => {
    const body = "稳盈30天是R2级（中低风险）净值型理财产品，每天都可以随时申购赎回。理财有风险，投资需谨慎。";
    const result = edit(body);
    expect(result.citations.map((c) => c.item_id)).toEqual(["fin-notice-risk"]);
    expect(result.lost).toHaveLength(1);
    const [lost] = result.lost;
    expect(lost).toMatchObject({
      kind: "source_lost",
      severity: "warn",
      item_id: "fin-product-wenying",
      previous_claim: "每30天开放一次申购赎回",
    });
    expect(body.slice(lost?.start, lost?.end)).toBe(lost?.claim);
    expect(lost?.claim).toContain("每天都可以随时申购赎回");
    expect(lost?.message).toContain("稳盈30天 产品要素");
  });

  it("drops a claim whose words were taken out without flagging anything", () => {
    const result = edit("稳盈30天是R2级（中低风险）净值型理财产品。理财有风险，投资需谨慎。");
    expect(result.citations.map((c) => c.item_id)).toEqual(["fin-notice-risk"]);
    expect(result.lost).toEqual([]);
  });

  it("cites an item whose own sentence the editor put in", () => {
    const result = edit(`${TEXTS.clean}张阿姨把一部分活期资金配置到稳盈30天，每月开放日可以灵活安排。`);
    expect(result.citations).toContainEqual({
      item_id: "fin-case-retired",
      item_version: 1,
      claim: "张阿姨把一部分活期资金配置到稳盈30天，每月开放日可以灵活安排。",
    });
    expect(result.lost).toEqual([]);
  });

  it("re-cites a rewritten sentence that now reads as its item does", () => {
    const body = "稳盈30天为R2级（中低风险）净值型理财产品，每30天开放一次申购赎回。理财有风险，投资需谨慎。";
    const previous = "稳盈30天是中低风险产品，每30天开放申购。理财有风险，投资需谨慎。";
    const paraphrase = { item_id: "fin-product-wenying", item_version: 2, claim: "稳盈30天是中低风险产品" };
    const result = edit(body, [paraphrase, CITED[1] as Citation], previous);
    expect(result.citations[0]).toEqual({
      ...paraphrase,
      claim: "稳盈30天为R2级（中低风险）净值型理财产品，每30天开放一次申购赎回。",
    });
    expect(result.lost).toEqual([]);
  });

  it("places a paraphrased claim on its sentence, keeps it while the sentence stands, flags it when rewritten", () => {
    const previous = "稳盈30天属于中低风险等级，开放期灵活。理财有风险，投资需谨慎。";
    const paraphrase = { item_id: "fin-product-wenying", item_version: 2, claim: "稳盈30天风险等级中低" };
    // The risk notice is the notice item's own words, so it is cited too once the text is edited.
    const kept = edit(`${previous}欢迎咨询。`, [paraphrase], previous);
    expect(kept.citations.map((c) => c.item_id)).toEqual(["fin-product-wenying", "fin-notice-risk"]);
    expect(kept.citations[0]).toEqual(paraphrase);
    const rewritten = edit(
      "稳盈30天属于无风险等级，开放期灵活。理财有风险，投资需谨慎。",
      [paraphrase],
      previous,
    );
    expect(rewritten.citations.map((c) => c.item_id)).toEqual(["fin-notice-risk"]);
    expect(rewritten.lost.map((l) => l.claim)).toEqual(["稳盈30天属于无风险等级，开放期灵活。"]);
  });

  it("measures likeness by shared character pairs", () => {
    expect(similarity("每30天开放一次", "每30天开放一次")).toBe(1);
    expect(similarity("每30天开放一次", "理财有风险")).toBe(0);
    expect(similarity("", "")).toBe(0);
  });
});
