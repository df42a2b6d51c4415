// Word slots shared by the patterns of one kind of claim (compliance-rules/vocabulary.yaml): a gain verb, a
// steady return, and the seller nouns a superlative ranks. Round 32's first run missed a steady return "owned"
// and the biggest "centre" only because those words were not in one pattern's list; a slot gives every pattern of
// the kind the whole list. Every sentence is written for these tests; each slot has look-alikes it must leave alone.
import { describe, expect, it } from "vitest";
import { ruleBlocksLine } from "./fixtures.ts";

async function expectBlocks(
  claims: readonly string[],
  lookAlikes: readonly string[],
  industry: string,
  label: string,
) {
  for (const text of claims) expect(await ruleBlocksLine(text, industry, label, "moments"), text).toBe(true);
  for (const text of lookAlikes)
    expect(await ruleBlocksLine(text, industry, label, "moments"), text).toBe(false);
}

describe("word slots shared by one kind of claim", () => {
  it("any verb of coming to have a steady return", async () => {
    await expectBlocks(
      ["持有满一年，您就拥有了固定的分红", "加入计划，坐享稳健的利润", "买入即可收获保底的回报"],
      ["追求稳定的回报，需要承受相应的波动", "我们无法保证您拥有稳定的回报", "稳定的收入来自一份稳定的工作"],
      "finance",
      "finance_promise",
    );
  });

  it("a superlative ranking the seller by any seller noun", async () => {
    await expectBlocks(
      ["我们是本地最大的皮肤管理工作室", "全市规模最大的口腔门诊"],
      ["离您最近的服务中心在二楼", "小区最近新开了一家美容会所"],
      "beauty",
      "absolute",
    );
  });

  it("a defaulter's data published, with who holds it standing between", async () => {
    await expectBlocks(
      [
        "借款人逾期满60天的，本公司有权把其在注册及使用过程中填写的以及本公司通过合作渠道自行掌握的全部个人信息写入平台黑名单，并向合作方公开",
      ],
      ["用户逾期的，我们会依法将逾期记录报送征信，您的个人信息不会对外公开"],
      "finance",
      "pii",
    );
  });
});
