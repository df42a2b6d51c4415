import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/rag/split-text.ts";

const withoutWhitespace = (text: string) => text.replace(/\s/g, "");

describe("splitSentences", () => {
  it("ends Chinese sentences at 。！？；… and keeps closing quotes with their sentence", () => {
    expect(
      splitSentences("您好！本周会员日有礼。他说：“理财有风险，投资需谨慎。”真的吗？！稍等……好的；谢谢"),
    ).toEqual([
      "您好！",
      "本周会员日有礼。",
      "他说：“理财有风险，投资需谨慎。”",
      "真的吗？！",
      "稍等……",
      "好的；",
      "谢谢",
    ]);
  });

  it("never cuts inside numbers, prices, percentages or addresses", () => {
    expect(
      splitSentences("年化收益率为3.5%，现价¥1,299.00元。详见www.example.com/a?id=1页面。版本v2.1已上线!"),
    ).toEqual(["年化收益率为3.5%，现价¥1,299.00元。", "详见www.example.com/a?id=1页面。", "版本v2.1已上线!"]);
    expect(splitSentences("收益率３．５％．下期见")).toEqual(["收益率３．５％．", "下期见"]);
  });

  it("ends half-width sentences only where the next character shows it", () => {
    expect(splitSentences("Hello world. 欢迎光临!请稍候? (好的) Done.")).toEqual([
      "Hello world.",
      "欢迎光临!",
      "请稍候?",
      "(好的) Done.",
    ]);
  });

  it("treats line breaks as boundaries and list numbers as part of their line", () => {
    expect(splitSentences("办理步骤\n1. 开户\r\n2.入金\n\n  3) 购买  \n")).toEqual([
      "办理步骤",
      "1. 开户",
      "2.入金",
      "3) 购买",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences(" \n\t ")).toEqual([]);
  });

  it("loses nothing but whitespace, and returns trimmed non-empty sentences", () => {
    const piece = fc.constantFrom(
      "理财",
      "收益",
      "3.5%",
      "¥1,299.00",
      "。",
      "！",
      "？",
      "；",
      "…",
      ".",
      "!",
      "”",
      "\n",
      " ",
      "a",
      "1",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const sentences = splitSentences(text);
        expect(withoutWhitespace(sentences.join(""))).toBe(withoutWhitespace(text));
        for (const sentence of sentences) expect(sentence).toBe(sentence.trim());
        for (const sentence of sentences) expect(sentence).not.toBe("");
      }),
    );
  });
});
