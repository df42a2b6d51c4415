import { describe, expect, it } from "vitest";
import { keywordTokens } from "../../src/rag/keyword-tokens.ts";

describe("keywordTokens", () => {
  it("keeps Chinese words of two or more characters, with the sub-words of compounds", () => {
    const tokens = keywordTokens("这款理财产品的收益率");
    expect(tokens).toEqual(expect.arrayContaining(["理财", "产品", "理财产品", "收益率"]));
    expect(tokens.every((token) => [...token].length >= 2)).toBe(true);
  });

  it("drops stop words, single Chinese characters and punctuation", () => {
    const tokens = keywordTokens("我们的产品是您的好选择！");
    for (const dropped of ["我们", "的", "是", "您", "好", "！"]) expect(tokens).not.toContain(dropped);
    expect(tokens).toContain("产品");
  });

  it("keeps latin and number words, normalized by NFKC and lowercase", () => {
    const tokens = keywordTokens("ＶＩＰ会员 iPhone15 年化3.5%");
    expect(tokens).toEqual(expect.arrayContaining(["vip", "iphone15", "3.5%", "会员", "年化"]));
  });

  it("returns each token once, in order of first appearance", () => {
    expect(keywordTokens("会员积分，会员积分，积分兑换")).toEqual(["会员", "积分", "兑换"]);
  });

  it("returns nothing for text without words", () => {
    expect(keywordTokens("！？…… ")).toEqual([]);
  });
});
