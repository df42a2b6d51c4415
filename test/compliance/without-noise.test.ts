// withoutNoise strips by table what NOISE strips by regex: the clean text is what jieba reads and the clause
// cache keys hold, so one character kept or dropped differently would change features.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOISE, withoutNoise } from "../../src/compliance/claims/clean-text.ts";

describe("withoutNoise", () => {
  it("drops what NOISE drops, for every unit of the Basic Multilingual Plane", () => {
    const every = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join("");
    expect(withoutNoise(every)).toBe(every.replace(NOISE, ""));
  });

  it("reads surrogate pairs as one character and lone surrogates as noise", () => {
    const samples = ["𠀀好😊，", "\ud83d", "a\udc00b", "𝟘𝟙%", "𠮷野家\ud840"];
    for (const text of samples) expect(withoutNoise(text)).toBe(text.replace(NOISE, ""));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(withoutNoise(text)).toBe(text.replace(NOISE, ""));
      }),
    );
  });
});
