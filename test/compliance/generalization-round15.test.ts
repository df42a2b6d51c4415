// Kinds of real copy the engine misread at the end of round 14 (r46, a set of published wording kept outside
// the repository): a bank's notice that a product has matured and paid out, with its realised yield, or the
// formula its yield is worked out by, blocked for the risk line an advert owes. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings } from "./fixtures.ts";

describe("generalization fixes (round 15)", () => {
  it("a report that a product matured and paid out owes no risk line", () => {
    expect(
      requiredFindings(
        "安享12号已于2026年6月30日到期，实际年化收益率2.95%，本金和收益已全额兑付到您的账户。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      requiredFindings("收益计算方式：到期收益=本金×实际年化收益率×持有天数÷365。", "finance", "group"),
    ).toEqual([]);
  });

  it("a payout report that sells the next issue still owes it", () => {
    expect(
      requiredFindings(
        "安享12号已于6月30日到期兑付，实际年化收益率2.95%，新一期起购1万元。",
        "finance",
        "moments",
      ),
    ).toEqual(["required.risk_warning:block"]);
    expect(requiredFindings("上一期实际年化收益率4.6%，本期火热认购中。", "finance", "moments")).toEqual([
      "required.risk_warning:block",
    ]);
  });

  it("an organ repaired or protected by a food is a claim of Article 17 without any disease named", async () => {
    for (const text of [
      "蛋清里的优质蛋白对肝脏组织损伤有修复作用，早餐来两个。",
      "这款富硒米可以保护胰岛细胞，家里老人都换成它了。",
      "喝了一个月酵素，肠胃问题一扫光。",
    ]) {
      const verdict = await checkLine(text, "food_beverage");
      expect(verdict.findings.map((finding) => finding.rule_id)).toContain("med.organ_repair");
    }
  });

  it("a health food's registered wording and a medicine's own copy are not held by it", async () => {
    const registered = await checkLine("本品对化学性肝损伤有辅助保护功能。本品不能代替药物。", "health_food");
    expect(registered.findings.map((finding) => finding.rule_id)).not.toContain("med.organ_repair");
    const medicine = await checkLine("本品用于保护胃黏膜，请按说明书使用。", "pharma");
    expect(medicine.findings.map((finding) => finding.rule_id)).not.toContain("med.organ_repair");
  });
});
