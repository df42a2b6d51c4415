import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkText } from "../../src/rag/split-text.ts";

const withoutWhitespace = (text: string) => text.replace(/\s/g, "");
const SENTENCES = [
  "稳盈90天为R2级理财产品，起购金额1万元。",
  "业绩比较基准2.6%-3.2%（年化），不代表实际收益。",
  "理财非存款，产品有风险，投资须谨慎！",
  "到期后本金与收益一般在T+1个工作日内到账。",
  "如需退订，回复“TD”即可。",
];

describe("chunkText", () => {
  it("returns short text as one trimmed chunk, and blank text as none", async () => {
    expect(await chunkText("  您好，欢迎加入会员群。\n")).toEqual(["您好，欢迎加入会员群。"]);
    expect(await chunkText("   ")).toEqual([]);
  });

  it("packs whole sentences into chunks of at most maxChars", async () => {
    const text = SENTENCES.join("");
    const chunks = await chunkText(text, { maxChars: 50 });
    // Sentence lengths are 22, 28, 18, 22 and 14.
    expect(chunks).toEqual([
      "稳盈90天为R2级理财产品，起购金额1万元。业绩比较基准2.6%-3.2%（年化），不代表实际收益。",
      "理财非存款，产品有风险，投资须谨慎！到期后本金与收益一般在T+1个工作日内到账。",
      "如需退订，回复“TD”即可。",
    ]);
    expect(chunks.join("")).toBe(text);
  });

  it("keeps line breaks inside a chunk", async () => {
    const chunks = await chunkText(`${SENTENCES[0]}\n${SENTENCES[1]}\n${SENTENCES[2]}`, { maxChars: 60 });
    expect(chunks[0]).toBe(`${SENTENCES[0]}\n${SENTENCES[1]}`);
  });

  it("cuts an over-long sentence between clauses, the comma staying with its clause", async () => {
    const sentence = `${"会员专享价格仅限本周，".repeat(6)}活动解释权见店内公告。`;
    const chunks = await chunkText(sentence, { maxChars: 25 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(25);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith("，")).toBe(true);
    expect(chunks.join("")).toBe(sentence);
  });

  it("repeats trailing sentences when asked to overlap", async () => {
    const chunks = await chunkText(SENTENCES.join(""), { maxChars: 50, overlapSentences: 1 });
    expect(chunks[0]?.endsWith(SENTENCES[1] ?? "")).toBe(true);
    expect(chunks[1]?.startsWith(SENTENCES[1] ?? "")).toBe(true);
    for (const sentence of SENTENCES) expect(chunks.some((chunk) => chunk.includes(sentence))).toBe(true);
  });

  it("rejects nonsense options", async () => {
    await expect(chunkText("好", { maxChars: 1 })).rejects.toThrow(RangeError);
    await expect(chunkText("好", { overlapSentences: -1 })).rejects.toThrow(RangeError);
  });

  it("always holds all the text, in chunks no longer than maxChars", async () => {
    const piece = fc.constantFrom(
      ...SENTENCES,
      "这是一个没有句号的很长很长的分句，",
      "、",
      " ",
      "\n",
      "3.5%",
      "😀",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 2, max: 80 }),
        async (pieces, maxChars) => {
          const text = pieces.join("");
          const chunks = await chunkText(text, { maxChars });
          expect(withoutWhitespace(chunks.join(""))).toBe(withoutWhitespace(text));
          for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(maxChars);
          for (const chunk of chunks) expect(chunk.isWellFormed()).toBe(true);
        },
      ),
    );
  });
});
