// The eval's seam check finds the joins a reader would notice and leaves clean copy alone.
import { describe, expect, it } from "vitest";
import { seamOf } from "../../evals/generation/seams.ts";

describe("seamOf", () => {
  it("finds clashing punctuation, empty brackets and a sentence said twice", () => {
    expect(seamOf("满300减50，。欢迎咨询")).not.toBeNull();
    expect(seamOf("活动截至12月12日。；回T退订")).not.toBeNull();
    expect(seamOf("本周福利（）见下")).not.toBeNull();
    expect(seamOf("新品首发，欢迎到店试用。新品首发，欢迎到店试用。")).toMatch(/^twice/);
  });

  it("leaves clean copy and stylistic punctuation alone", () => {
    expect(seamOf("今晚8点直播！！记得来～真的吗？！\n有问题私信我。")).toBeNull();
    expect(seamOf("【和信银行】首次绑卡可领10元立减金，2027年3月31日截止。回T退订")).toBeNull();
  });
});
