// What round 29's compliant finance text was asked to carry although it sells nothing: a fund placed on the
// risk-and-return scale, a contract's disclaimer of its expected yield, a notice of money received. Every
// sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { requiredFindings } from "./fixtures.ts";

const riskLine = (text: string, channel = "moments") =>
  requiredFindings(text, "finance", channel).some((finding) => finding.startsWith("required.risk_warning:"));

describe("finance text that discloses or reports is owed no risk line (round 29)", () => {
  it("a fund placed between others on risk, a yield said not to be the investor's final one", () => {
    for (const text of [
      "本产品属于混合型基金，预期风险低于股票型基金、高于债券型基金和货币市场基金。",
      "本基金的预期收益与预期风险介于货币基金与股票基金之间。",
      "合同所载业绩比较基准不代表投资者的最终收益，也不代表一定能获得收益。",
    ])
      expect(riskLine(text), text).toBe(false);
  });

  it("money received on what the customer holds, with a link to view it", () => {
    for (const text of [
      "【某某理财】您刚刚收到一笔回款收益35.20元，点击查看明细",
      "【某某理财】您已收到本月利息128元，请点击查询",
    ])
      expect(riskLine(text, "outbound"), text).toBe(false);
  });

  it("an offer keeps its debt: a yield to buy, a sale beside the notice, a link to a product", () => {
    for (const [text, channel] of [
      ["新发一只债券基金，预期收益高于货币基金，年化4%，欢迎认购", "moments"],
      ["【某某理财】您刚收到回款，新品年化6%限时抢购，点击查看", "outbound"],
      ["稳盈宝年化7%，稳健之选，点击查看详情", "group"],
      // a risk said to be lower than a deposit's is a boast, not the fund's place among funds
      ["本产品预期风险低于银行存款，年化8%，欢迎认购", "moments"],
    ] as const)
      expect(riskLine(text, channel), text).toBe(true);
  });
});
