import { describe, expect, it } from "vitest";
import {
  BREAK,
  normalize,
  normalizedString,
  normalizeTerm,
  originalRange,
} from "../../src/compliance/normalize/normalize.ts";
import { foldNumerals } from "../../src/compliance/normalize/numerals.ts";

function find(text: string, term: string) {
  const normalized = normalize(text);
  const at = normalizedString(normalized).indexOf(normalizeTerm(term));
  if (at < 0) return null;
  const { start, end } = originalRange(normalized, at, at + normalizeTerm(term).length);
  return text.slice(start, end);
}

describe("normalize", () => {
  it("folds full-width, case and traditional characters", () => {
    expect(normalizeTerm("ＡＢＣ穩賺")).toBe("abc稳赚");
  });

  it("folds 麼 and 麽 to 么 and keeps 么, which OpenCC converts only inside words", () => {
    expect(normalizeTerm("什麼")).toBe("什么");
    expect(normalizeTerm("什麽")).toBe("什么");
    expect(normalizeTerm("怎么")).toBe("怎么");
    expect(find("你算什 麼 东西", "你算什么东西")).toBe("你算什 麼 东西");
  });

  it("skips zero-width, variation selectors, separators and emoji between characters", () => {
    expect(find("这个稳\u200b赚的", "稳赚")).toBe("稳\u200b赚");
    expect(find("保 * 本", "保本")).toBe("保 * 本");
    expect(find("稳💰赚", "稳赚")).toBe("稳💰赚");
    expect(find("稳\ufe0f·赚", "稳赚")).toBe("稳\ufe0f·赚");
  });

  it("collapses repeated characters but not digits", () => {
    expect(normalizeTerm("稳稳稳赚")).toBe("稳赚");
    expect(find("稳稳稳赚", "稳赚")).toBe("稳稳稳赚");
    expect(normalizeTerm("100%")).toBe("100%");
  });

  it("does not match across sentence ends or long runs of symbols", () => {
    const normalized = normalize("保。本");
    expect([...normalized.codes.subarray(0, normalized.length)]).toContain(BREAK);
    expect(find("保**********本", "保本")).toBeNull();
  });

  it("maps every output unit back to the original", () => {
    const text = "Ａ穩 賺😀X";
    const normalized = normalize(text);
    for (let i = 0; i < normalized.length; i++) {
      expect(normalized.starts[i]).toBeGreaterThanOrEqual(0);
      expect(normalized.ends[i]).toBeLessThanOrEqual(text.length);
      expect(normalized.starts[i]).toBeLessThan(normalized.ends[i] as number);
    }
  });

  it("survives lone surrogates and empty text", () => {
    expect(normalize("").length).toBe(0);
    expect(normalizeTerm("稳\ud800赚\udc00")).toBe("稳赚");
  });

  it("folds spoken and circled numerals only in the numeral pass", () => {
    expect(foldNumerals("一三八①②")).toBe("13812");
    expect(normalizeTerm("第一")).toBe("第一");
  });
});
