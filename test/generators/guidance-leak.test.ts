// The guidance check remembers, per guidance item, whether a draft sentence repeats it: what it finds must not
// depend on what it checked before. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { guidanceLeaks } from "../../src/generators/guidance-leak.ts";

const noPromise = {
  id: "policy-no-promise",
  text: "宣传中不得暗示或宣称预防、缓解、改善任何身体状况，只可介绍配料、规格、食用方法和价格。",
};
const noPressure = {
  id: "policy-no-pressure",
  text: "回访时不得催促客户当天下单，客户说考虑一下时，约好下次联系的时间即可。",
};
const both = {
  id: "policy-both",
  text: "宣传中不得暗示或宣称预防、缓解、改善任何身体状况。回访时不得催促客户当天下单。",
};

const leaking =
  "您好～本周新品到店，欢迎来试。宣传中不得暗示或宣称预防、缓解、改善任何身体状况。回访时不得催促客户当天下单，客户说考虑一下时约好下次联系的时间即可。";
const clean = "您好～本周新品到店，欢迎周末来门店试用，顾问会现场讲解配料和食用方法。";

describe("guidance leaks, remembered per item", () => {
  it("finds each repeated sentence and names the first item of the material's order that it repeats", () => {
    const first = guidanceLeaks(leaking, [noPromise, noPressure, both]);
    expect(first.map((finding) => finding.message.match(/guidance (\S+)/)?.[1])).toEqual([
      "policy-no-promise",
      "policy-no-pressure",
    ]);
    // the same sentences against the items in another order: the answer follows the order, not the memory
    const reordered = guidanceLeaks(leaking, [both, noPressure, noPromise]);
    expect(reordered.map((finding) => finding.message.match(/guidance (\S+)/)?.[1])).toEqual([
      "policy-both",
      "policy-both",
    ]);
    expect(reordered.map(({ start, end }) => [start, end])).toEqual(
      first.map(({ start, end }) => [start, end]),
    );
  });

  it("a sentence remembered as clean of one item is still caught by another", () => {
    expect(guidanceLeaks(leaking, [noPressure])).toHaveLength(1);
    expect(guidanceLeaks(leaking, [noPressure, noPromise])).toHaveLength(2);
  });

  it("gives the same findings on a second call, and none for clean copy", () => {
    const guidance = [noPromise, noPressure];
    expect(guidanceLeaks(leaking, guidance)).toEqual(guidanceLeaks(leaking, guidance));
    expect(guidanceLeaks(clean, guidance)).toEqual([]);
    expect(guidanceLeaks(clean, guidance)).toEqual([]);
  });

  it("a writers' note marker is a finding whatever the guidance", () => {
    const findings = guidanceLeaks("应对思路：先认同客户的顾虑，再介绍产品。", []);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("应对思路");
  });
});
