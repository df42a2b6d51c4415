import { describe, expect, it } from "vitest";
import { createHashingEmbedder } from "../../src/rag/hashing-embedder.ts";

const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
const norm = (a: number[]) => Math.sqrt(dot(a, a));

describe("createHashingEmbedder", () => {
  const embedder = createHashingEmbedder();

  it("names itself by version and dimension", () => {
    expect(embedder.id).toBe("hashing-v1:256");
    expect(embedder.dimensions).toBe(256);
    expect(createHashingEmbedder({ dimensions: 512 }).id).toBe("hashing-v1:512");
  });

  it("is deterministic across calls and instances", async () => {
    const texts = ["理财有风险，投资需谨慎。", "布偶猫换粮七天过渡"];
    const first = await embedder.embed(texts);
    expect(await createHashingEmbedder().embed(texts)).toEqual(first);
    expect(first.map((vector) => vector.length)).toEqual([256, 256]);
  });

  it("returns unit vectors, and the zero vector for text with no letters or digits", async () => {
    const [words, punctuation] = await embedder.embed(["会员日满199减30", "！？。……"]);
    expect(norm(words ?? [])).toBeCloseTo(1, 10);
    expect(punctuation?.every((value) => value === 0)).toBe(true);
  });

  it("puts texts that share words closer than unrelated ones", async () => {
    const [query, related, unrelated] = await embedder.embed([
      "稳健型理财产品的年化收益率是多少",
      "这款稳健理财产品的业绩比较基准为年化3%",
      "布偶猫换粮请按七天逐步过渡",
    ]);
    expect(dot(query ?? [], related ?? [])).toBeGreaterThan(dot(query ?? [], unrelated ?? []) + 0.2);
  });

  it("ignores width and case (NFKC, lowercase)", async () => {
    const [fullWidth, ascii] = await embedder.embed(["ＩＰＨＯＮＥ１５ 以旧换新", "iphone15 以旧换新"]);
    expect(fullWidth).toEqual(ascii);
  });

  it("rejects a dimension out of range", () => {
    expect(() => createHashingEmbedder({ dimensions: 4 })).toThrow(RangeError);
    expect(() => createHashingEmbedder({ dimensions: 100.5 })).toThrow(RangeError);
  });

  // Its speed is measured by bench:retrieval (rows embedded and inserted a second), not asserted here: a timed
  // unit test fails on a loaded machine and proves nothing about the code.
  it("embeds a batch of thousands as it embeds each text alone", async () => {
    const texts = Array.from(
      { length: 2000 },
      (_, i) => `第${i}位会员：本周会员日满199减30，积分可抵现，详询专属顾问。`,
    );
    const batch = await embedder.embed(texts);
    expect(batch).toHaveLength(2000);
    for (const i of [0, 1, 999, 1999]) {
      expect(batch[i]).toEqual((await embedder.embed([texts[i] ?? ""]))[0]);
      expect(norm(batch[i] ?? [])).toBeCloseTo(1, 6);
    }
    expect(batch[0]).not.toEqual(batch[1]);
  });
});
