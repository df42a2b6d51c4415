// Two kinds of promise the issue names, in wordings the rules missed: a pass guaranteed or the fee back when the
// exam is not passed (通关, 拿证 as well as 通过), and an investor's principal or interest said to be underwritten
// by a guarantor. Their look-alikes are what schools and lenders really write: an application turned down and
// its fee returned, a refund refused, a borrower's repayment terms. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, ruleIds } from "./fixtures.ts";

describe("promises the issue names, in other words (round 20)", () => {
  it("a refund or a free repeat for failing the exam is an education promise", async () => {
    for (const text of [
      "售后保障：学员没有通关可免费重学，或申请全额退款",
      "本期驾培班承诺：没拿证全额退还学费",
      "二建冲刺班，一次没过关，学费原数退还",
      "期末考核未通过的学员，可免费重修该模块",
      "若一次没考过，下一期集训营免费再学",
    ]) {
      const verdict = await checkLine(text, "education");
      expect(
        verdict.findings.some(
          (finding) => finding.label === "education_promise" && finding.severity === "block",
        ),
        text,
      ).toBe(true);
    }
  });

  it("an application turned down, a refund refused and a course not started are no such promise", async () => {
    for (const text of [
      "报名未通过资格审核的，报名费全额退还",
      "考试没通过也不退费，请谨慎报名",
      "笔试没通过的学员概不退款，可参加下期补考",
      "考试未通过也不可免费重修，请认真备考",
      "没通过资格审核的报名者，可免费参加下一期宣讲会",
    ]) {
      expect(ruleIds(await checkLine(text, "education")), text).not.toContain("edu.score_promise");
      expect(ruleIds(await checkLine(text, "education")), text).not.toContain("edu.score_gain");
    }
  });

  it("an investor's principal or interest underwritten by a guarantor is a finance promise", async () => {
    for (const text of [
      "平台产品的投资本息由合作的融资担保公司提供全额担保",
      "出借人本金如有损失，由风险准备金先行赔付",
      "理财本金由集团出具担保函，到期足额兑付",
      "出借人本金和收益均由合作融资担保公司承担连带担保责任",
      "投资者本金由担保机构提供足额本息担保",
    ]) {
      expect(ruleIds(await checkLine(text, "finance")), text).toContain("fin.yield_promise");
    }
  });

  it("a disclaimer of any guarantee and a borrower's repayment terms are not", async () => {
    for (const text of [
      "本产品不保证投资本金安全，也不提供担保",
      "请按时归还借款本息，逾期由担保人承担连带责任担保",
      "理财非存款，投资本金无任何机构兜底，产品有风险，投资须谨慎",
      "本公司不对投资本金提供任何担保，投资需谨慎",
    ]) {
      expect(ruleIds(await checkLine(text, "finance")), text).not.toContain("fin.yield_promise");
    }
  });
});
