// What a window must hold before the claim model may call it a claim: ideographs enough to state something.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { hanCount, MIN_CLAIM_HAN, mayClaim } from "../../src/compliance/claims/claim-evidence.ts";
import { checkLine } from "./fixtures.ts";

const clause = (text: string) => ({ clean: text });

describe("whether a window could be a claim", () => {
  it("counts ideographs, not digits, units in latin letters or placeholders", () => {
    expect(hanCount("12,800")).toBe(0);
    expect(hanCount("2.5 小時")).toBe(2);
    expect(hanCount("{name}您好%s")).toBe(2);
    expect(hanCount("学费每期4980元")).toBe(5);
  });

  it("takes no figure, unit or placeholder for a claim", () => {
    expect(mayClaim([clause("6,600")])).toBe(false);
    expect(mayClaim([clause("20 小時"), clause("3,200")])).toBe(false);
    expect(mayClaim([clause("%s 被取消")])).toBe(false);
  });

  it("lets a short statement through: four ideographs are enough, in one clause or two", () => {
    expect(MIN_CLAIM_HAN).toBe(4);
    expect(mayClaim([clause("包拿驾证")])).toBe(true);
    expect(mayClaim([clause("年化"), clause("稳拿12%")])).toBe(true);
  });

  it("reads a phrase spaced out letter by letter as letters of a claim", () => {
    expect(mayClaim([clause("包"), clause("过")])).toBe(true);
    expect(mayClaim([clause("退"), clause("2,000")])).toBe(false);
  });
});

describe("the claim model on price lists and schedules", () => {
  // before the gate the education head read each figure of these lists as a promise ("3,600" at 0.79)
  const LISTS = [
    "春季班 12 次课，每次 2 小时，费用 3,600",
    "课时：24 小时，学费：5,800，教材：360 元",
    "报名费 200，住宿 1,500，餐费另计",
    "体检套餐 A：398 元，套餐 B：688 元，周日 8:00-11:30",
  ];

  it("raises no finding on a window that states nothing but figures", async () => {
    for (const text of LISTS) {
      for (const industry of ["education", "medical", "finance"]) {
        const verdict = await checkLine(text, industry);
        for (const finding of verdict.findings.filter((found) => found.source === "model"))
          expect(hanCount(finding.excerpt), `${industry}: ${finding.excerpt}`).toBeGreaterThanOrEqual(
            MIN_CLAIM_HAN,
          );
      }
    }
  });

  it("leaves a schedule of classes and a price without a model finding", async () => {
    const verdict = await checkLine(LISTS[0] as string, "education");
    expect(verdict.findings.filter((finding) => finding.source === "model")).toEqual([]);
  });
});
