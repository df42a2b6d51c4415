// Regressions found by the holdout-3 measurement: engine behaviour, not particular sentences.
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import { findPersonalAddresses } from "../../src/compliance/pii/address.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

async function check(text: string, industry = "retail", channel = "moments"): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, { rulePack });
}

const blocked = (verdict: Verdict, label: string) =>
  verdict.findings.some((finding) => finding.label === label && finding.severity === "block");

describe("generalization fixes", () => {
  it("keeps the blocking finding when a warn rule of the same label hits the same span", async () => {
    const verdict = await check("全网最低，周五晚上开抢。");
    expect(verdict.verdict).toBe("block");
    expect(blocked(verdict, "absolute")).toBe(true);
  });

  it("folds numerals in regex patterns the way the text is folded (一 written in a pattern matches)", async () => {
    expect(blocked(await check("不接电话的话我们会一直打到你接。", "retail", "private"), "harassment")).toBe(
      true,
    );
    expect(
      blocked(await check("您放心，保证一分钱都不会亏。", "finance", "private"), "finance_promise"),
    ).toBe(true);
  });

  it("reads a traditional-character risk warning as the warning", () => {
    const findings = checkRequiredElements({
      text: "定投計劃本週開放申購。理財有風險，投資需謹慎。",
      industry: "finance",
      channel: "group",
    });
    expect(findings).toEqual([]);
  });

  it("treats an address followed by a person's name as personal, not a shop address", () => {
    const folded = "请把礼盒送到南京市鼓楼区中山路66号的孙女士，谢谢。";
    expect(findPersonalAddresses(folded)).toHaveLength(1);
    expect(findPersonalAddresses("本店地址：南京市鼓楼区中山路66号，欢迎光临。")).toHaveLength(0);
  });

  it("downgrades an absolute term inside a quoted shop or series name to a warning", async () => {
    const verdict = await check("“天下第一”面馆分店下周开业，欢迎来尝。");
    expect(blocked(verdict, "absolute")).toBe(true); // 面馆 is not a listed name suffix: still a claim
    const named = await check("「第一香」系列今年新增了两个口味。");
    expect(blocked(named, "absolute")).toBe(false);
    expect(named.findings.some((finding) => finding.label === "absolute")).toBe(true);
  });

  it("does not treat a negated education promise or a scam warning as a promise", async () => {
    expect(
      blocked(await check("我们不承诺提分，只负责把知识讲透。", "education", "group"), "education_promise"),
    ).toBe(false);
    expect(
      blocked(await check("凡是说保本保息的，十有八九是骗子。", "finance", "private"), "finance_promise"),
    ).toBe(false);
  });

  it("blocks regional exclusion and guaranteed cures written without a listed term", async () => {
    expect(blocked(await check("店员招聘：东北人免谈。", "retail", "moments"), "harassment")).toBe(true);
    expect(blocked(await check("这个疗法保准能治好。", "medical", "private"), "medical_claim")).toBe(true);
  });
});
