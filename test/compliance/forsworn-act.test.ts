// A collector's vow not to act is no threat: 不会联系您的亲友 promises restraint. The threat keeps its force after
// 不得不 (no choice but to), after 不会不 (will not fail to), when the act is the consequence of not paying, after a
// turn (不会再打电话了，直接…) and as a taunt (你以为我们不会…吗).
import { describe, expect, it } from "vitest";
import { misjudgedLines } from "./fixtures.ts";

describe("a vow not to act, read by the harassment rules", () => {
  it("holds threats and lets vows of restraint pass", async () => {
    const misjudged = await misjudgedLines(
      [
        "再不还我们不得不联系你家人催收",
        "你不还就通知你家人",
        "我们不会不通知你家人的，你自己看着办",
        "逾期超过三天，催收员就去你单位催收",
        "你以为我们不会去你家催收吗",
        "我们不会再打电话催你了直接上门找你家人催收",
      ],
      [
        "本公司不会联系您的亲友催收，请放心",
        "我们承诺绝不上门找你家人催收",
        "催收人员不得私自联系借款人的单位催收",
      ],
      "finance",
      "harassment",
      "outbound",
    );
    expect(misjudged).toEqual([]);
  });
});
