// A privacy pattern spans the data and what is done with it (客户信息…出售), so a vow not to do it sits inside
// the span, where a word before the hit cannot see it.
import { describe, expect, it } from "vitest";
import { misjudgedLines } from "./fixtures.ts";

describe("a vow not to pass data on, read by the privacy rules", () => {
  it("holds disclosure and trade, and lets promises of protection pass", async () => {
    const misjudged = await misjudgedLines(
      [
        "会员手机号和身份证信息打包出售，一条五毛",
        "借款人逾期一个月以上的，平台有权将其姓名及身份证号在官网曝光栏公开",
        // a denial of something else before the act does not clear it
        "验证码放心不会外泄，发给我就行，我帮你提额",
        "客户名单从来不缺货，全部有偿提供，量大从优",
      ],
      [
        "本店严格保护会员手机号和身份证信息，不会出售或转给他人",
        "客户资料绝不对外提供，仅用于办理本次业务",
        "您的手机号和住址我们从不出售",
      ],
      "finance",
      "pii",
      "private",
    );
    expect(misjudged).toEqual([]);
  });
});
