// Regressions found by the holdout-4 measurement: engine behaviour, with sentences written for the tests.
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

describe("generalization fixes (round 4)", () => {
  it("lets a quoted term pass in a sentence that says it must not be said or believed", async () => {
    expect(
      blocked(
        await check("所谓“特效药”基本都不靠谱，买药请走正规渠道。", "pharma", "group"),
        "medical_claim",
      ),
    ).toBe(false);
    expect(
      blocked(
        await check("培训广告不能说“包过”，我们也不会这么说。", "education", "group"),
        "education_promise",
      ),
    ).toBe(false);
    // quoting for emphasis, with no denial, is still a claim
    expect(
      blocked(await check("我们的膏药“根治”腰痛，贴上就舒服。", "pharma", "group"), "medical_claim"),
    ).toBe(true);
  });

  it("reads negations before certainty terms and advice to see a doctor after 最好", async () => {
    expect(blocked(await check("健身没有一劳永逸的办法，贵在坚持。", "retail"), "absolute")).toBe(false);
    expect(blocked(await check("这套课不是万能的，基础薄弱要多练。", "education"), "absolute")).toBe(false);
    expect(blocked(await check("孩子发烧超过三天，最好去医院查个血常规。", "mother_baby"), "absolute")).toBe(
      false,
    );
  });

  it("finds a person's address when a province or city prefix swallowed the cue before it", () => {
    const text = "快递麻烦寄到南京市鼓楼区中山北路66号702，谢谢。";
    const [found] = findPersonalAddresses(text);
    expect(found && text.slice(found.start, found.end)).toBe("南京市鼓楼区中山北路66号702");
  });

  it("asks insurance offers without yield words for a caution, but not service notices", () => {
    const offer = checkRequiredElements({
      text: "意外险一年一百多，保额50万，私信我做方案。",
      industry: "insurance",
      channel: "group",
    });
    expect(offer.some((finding) => finding.rule_id === "required.insurance_warning")).toBe(true);
    const notice = checkRequiredElements({
      text: "【安然保险】您的保单已续期成功，电子保单已发送至预留邮箱。回T退订",
      industry: "insurance",
      channel: "sms",
    });
    expect(notice.some((finding) => finding.rule_id === "required.insurance_warning")).toBe(false);
  });

  it("catches paraphrased promises and pressure without a listed term", async () => {
    expect(
      blocked(await check("这款产品存多少就取多少，利息另算。", "finance", "private"), "finance_promise"),
    ).toBe(true);
    expect(
      blocked(await check("放心，到期本金一分都不会少。", "insurance", "private"), "finance_promise"),
    ).toBe(true);
    expect(blocked(await check("现在不下单就再也买不到这个价了。", "retail", "group"), "harassment")).toBe(
      true,
    );
    expect(
      blocked(await check("您再不还款，我们就联系您的同事和朋友。", "finance", "private"), "harassment"),
    ).toBe(true);
    expect(
      blocked(await check("学员都是一次就通过，没听说谁没考过。", "education", "group"), "education_promise"),
    ).toBe(true);
  });
});
