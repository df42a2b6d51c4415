import { describe, expect, it } from "vitest";
import { checkGrounding } from "../../src/generators/grounding.ts";
import { regroundDraft } from "../../src/generators/reground.ts";

const SOURCE =
  "稳盈30天持有期理财：1元起购，业绩比较基准年化2.10%-2.80%。新开户可领10元微信支付立减金，领取后7天有效。";

describe("checkGrounding", () => {
  it("passes numbers, percentages and benefits that a cited item states", () => {
    const result = checkGrounding("1元起购，业绩比较基准2.10%-2.80%，新开户可领10元立减金。", [SOURCE]);
    expect(result).toMatchObject({ grounded: true, findings: [] });
    expect(result.checked).toBeGreaterThanOrEqual(4);
  });

  it("flags an invented number, price, percentage and benefit, with its span", () => {
    const body = "年化3.5%，今天下单立减50元，再送礼盒。";
    const result = checkGrounding(body, [SOURCE]);
    expect(result.grounded).toBe(false);
    const claims = result.findings.map((finding) => finding.claim);
    expect(claims).toEqual(expect.arrayContaining(["3.5%", "50元", "礼盒"]));
    for (const finding of result.findings) expect(body.slice(finding.start, finding.end)).toBe(finding.claim);
  });

  it("a known number with another unit is not grounded (10天 is not 10元)", () => {
    expect(checkGrounding("10天内有效", [SOURCE]).grounded).toBe(false);
  });

  it("reads full-width digits as digits", () => {
    expect(checkGrounding("１元起购", [SOURCE]).grounded).toBe(true);
    expect(checkGrounding("９元起购", [SOURCE]).grounded).toBe(false);
  });

  it("treats dates by value: 2026年12月31日 is grounded by 2026年…12月31日", () => {
    expect(checkGrounding("积分于2026年12月31日到期", ["2026年获得的积分将于12月31日到期"]).grounded).toBe(
      true,
    );
    expect(checkGrounding("积分于2027年1月1日到期", ["2026年获得的积分将于12月31日到期"]).grounded).toBe(
      false,
    );
  });

  it("Chinese-numeral discounts must be sourced too", () => {
    expect(checkGrounding("全场五折", [SOURCE]).grounded).toBe(false);
    expect(checkGrounding("会员八折", ["会员八折，以门店为准"]).grounded).toBe(true);
  });
});

describe("dotted dates", () => {
  it("a dotted date is grounded by the same date in a cited item, and not by another", () => {
    const source = ["成立以来年化2.56%（截至2026.9.30）"];
    expect(checkGrounding("截至2026.9.30，年化2.56%。", source).grounded).toBe(true);
    const other = checkGrounding("截至2026.10.31。", source);
    expect(other.grounded).toBe(false);
    expect(other.findings[0]?.claim).toBe("2026.10.31");
  });
});

describe("grounding a stored draft again (after an edit)", () => {
  const draft = {
    sources: [
      {
        title: "新客立减金",
        text: "首次开户绑卡可领10元立减金。",
        clause: "首次开户绑卡可领10元立减金",
        valid_until: "2027-03-31",
      },
    ],
    request: { benefit: "满300减50" },
    grounding: {
      policy_notes: [
        { id: "p1", version: 1, title: "规则", text: "不得把业绩比较基准说成预期收益或到手收益。" },
      ],
    },
  };

  it("a cited offer's last day is grounded; a requester's number is flagged, not grounded", () => {
    const grounding = regroundDraft(
      "首次开户绑卡可领10元立减金，2027年3月31日前有效，另有满300减50。",
      draft,
    );
    expect(grounding.grounded).toBe(true);
    expect(grounding.findings.map((finding) => `${finding.kind}:${finding.claim}`)).toEqual([
      "requester_supplied:300",
      "requester_supplied:50",
    ]);
  });

  it("guidance pasted in by an edit is a block finding; the policy notes stay with the draft", () => {
    const grounding = regroundDraft("注意：不得把业绩比较基准说成预期收益或到手收益。", draft);
    expect(grounding.grounded).toBe(false);
    expect(grounding.findings[0]).toMatchObject({ kind: "guidance", severity: "block" });
    expect(grounding.policy_notes).toHaveLength(1);
  });
});
