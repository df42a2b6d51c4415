// A clause that denies the implication it names (不意味着稳赚, 不等于保本) makes no promise, whether a rule or the claim
// model reads it; a contrast after the denial (不代表…，但我们保证…) starts a promise of its own.
import { describe, expect, it } from "vitest";
import { flaggedAs } from "./fixtures.ts";

describe("a denied implication", () => {
  it("is no promise, unless a contrast makes one after it", async () => {
    const lines = [
      ["稳健型产品不意味着年年都有稳定的收益", false],
      ["买了它并不意味着你就能稳赚不赔，请按自己的风险承受能力选择", false],
      ["不代表未来每年都能赚到8%，但我们保证今年一定能赚8%", true],
      ["这款年金不等于理财，但保证收益8%", true],
    ] as const;
    const judged = await Promise.all(
      lines.map(async ([text]) => [text, await flaggedAs(text, "finance", "finance_promise")] as const),
    );
    expect(judged).toEqual(lines);
  });
});

// Our own corpus's look-alikes held until these scopes: a seller who cannot vouch (没办法跟您保证), a service or a
// clause not offered (不提供押题服务, 不设…条款, 不构成…保证), a slogan not to be believed (不信“…”), a story of who
// believed it (听了“…”), a group to leave (…的群一律退出), and a loss the investor bears (亏了都由您自己承担).
describe("a guarantee the sentence withholds", () => {
  it("is no promise, while the same words in the seller's voice still are", async () => {
    const lines = [
      ["finance", "这个我真没办法跟您保证收益翻倍，要看市场", false],
      ["finance", "放心，我可以跟您保证收益翻倍", true],
      ["finance", "本产品说明书不构成对本金和收益的保证", false],
      ["finance", "防骗口诀：不信“包赚不赔”，不点陌生链接", false],
      ["finance", "我们家包赚不赔，不点开看看吗", true],
      ["finance", "那位阿姨听了“保本高息”就把积蓄全投了进去", false],
      ["finance", "宣称保本保息的理财群一律退出", false],
      ["finance", "赚了亏了都由您自己承担，请想清楚", false],
      ["finance", "亏了我们承担，您放心投", true],
      ["education", "本课程不提供押题服务，以系统复习为主", false],
      ["education", "报名协议不设“不过退费”条款", false],
      ["education", "现金报名不提供发票，考试包过", true],
    ] as const;
    const judged = await Promise.all(
      lines.map(
        async ([industry, text]) =>
          [
            industry,
            text,
            await flaggedAs(text, industry, industry === "finance" ? "finance_promise" : "education_promise"),
          ] as const,
      ),
    );
    expect(judged).toEqual(lines);
  });
});
