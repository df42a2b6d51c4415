// Regressions found on the lead's first dev sets (heldout-dev a1/b1): general false alarms of rules and
// required elements. Every sentence is written for these tests, none is copied from a dev set.
import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../evals/compliance/metrics.ts";
import { checkText } from "../../src/compliance/check-text.ts";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

async function check(text: string, industry: string, channel: string): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, { rulePack });
}

const blocked = (verdict: Verdict, label: string) =>
  verdict.findings.some((finding) => finding.label === label && finding.severity === "block");

const required = (text: string, industry: string, channel: string) =>
  checkRequiredElements({ text, industry: industry as never, channel: channel as never }).map(
    (finding) => finding.rule_id,
  );

describe("generalization fixes (round 6)", () => {
  it("asks a service notice sms for no opt-out, a marketing sms still for one", () => {
    expect(required("【悦己美甲】您明天下午的美甲预约已取消，如需改约请联系门店。", "beauty", "sms")).toEqual(
      [],
    );
    expect(required("【长青人寿】您的年度分红通知书已寄出，请注意查收。", "insurance", "sms")).toEqual([]);
    expect(required("【悦己美甲】周末美甲全场八折，欢迎到店。", "beauty", "sms")).toEqual([
      "required.sms_opt_out",
    ]);
  });

  it("takes 不代表以后 as a caution, and asks a promise of 本金翻倍 for the insurance warning", () => {
    expect(required("今年的分红水平与公司经营有关，不代表以后年度。", "insurance", "moments")).toEqual([]);
    expect(required("这款两全险交满十年，本金翻倍拿回来。", "insurance", "moments")).toEqual([
      "required.insurance_warning",
    ]);
  });

  it("treats a call that opens by addressing the person as an opening", () => {
    expect(required("王阿姨，今天店里有活动，您来看看吗？", "retail", "outbound")).toEqual([
      "required.outbound_opening",
    ]);
    expect(required("王阿姨，我是康源健康的AI智能助手，今天店里有活动。", "retail", "outbound")).toEqual([]);
  });

  it("lets a promise not to contact third parties pass; the threat stays blocked", async () => {
    const promise = "您的账单已逾期，我们不会联系您的家人或单位，如有困难可申请协商。";
    expect(blocked(await check(promise, "finance", "private"), "harassment")).toBe(false);
    const threat = "账单再逾期，我们就通知你单位和家人。";
    expect(blocked(await check(threat, "finance", "private"), "harassment")).toBe(true);
  });

  it("reads a bank's warning that calls scam slogans 噱头 as a warning, not a promise", async () => {
    const warning = "近期有人拿保本保息、稳赚不赔当噱头卖虚假理财，大家请远离。";
    expect(blocked(await check(warning, "finance", "moments"), "finance_promise")).toBe(false);
    expect(
      blocked(await check("这款理财保本保息，稳赚不赔。", "finance", "private"), "finance_promise"),
    ).toBe(true);
  });

  it("lets 没有任何产品能保证不亏 pass; 保证不亏 alone stays blocked", async () => {
    expect(
      blocked(await check("说实话，没有任何产品能保证不亏。", "finance", "private"), "finance_promise"),
    ).toBe(false);
    expect(blocked(await check("跟我买，保证不亏。", "finance", "private"), "finance_promise")).toBe(true);
  });
});

describe("eval figures with nothing to measure", () => {
  it("gives null (printed n/a) instead of 100% for a label or a set with no lines", () => {
    const pass: Verdict = {
      verdict: "pass",
      findings: [],
      findings_total: 0,
      rule_pack_version: "test",
      judge: null,
      reasons: [],
    } as unknown as Verdict;
    const report = computeMetrics([{ id: "1", text: "你好", labels: ["ok"], spans: [] }], [pass]);
    expect(report.recall).toBeNull();
    expect(report.per_label.finance_promise?.recall).toBeNull();
    expect(report.per_label.finance_promise?.precision).toBeNull();
    expect(report.fp_rate_ok).toBe(0);
  });
});
