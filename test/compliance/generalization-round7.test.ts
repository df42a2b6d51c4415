// False alarms found on our own round-4 training lines (corpus/f-*.jsonl) on their first run, fixed generally.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import type { Verdict } from "../../src/compliance/types.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

async function check(text: string, industry: string, channel: string): Promise<Verdict> {
  return checkText({ text, industry: industry as never, channel: channel as never }, { rulePack });
}

const blocked = (verdict: Verdict, label: string) =>
  verdict.findings.some((finding) => finding.label === label && finding.severity === "block");

describe("generalization fixes (round 7)", () => {
  it("reads 宝宝，过敏 as an allergy, not an evasive 包过; a real pass promise still blocks", async () => {
    expect(
      blocked(
        await check("辅食适合八个月以上的宝宝，过敏体质请先少量尝试。", "mother_baby", "moments"),
        "education_promise",
      ),
    ).toBe(false);
    expect(blocked(await check("报我们的班，宝，过！", "education", "moments"), "education_promise")).toBe(
      true,
    );
    expect(
      blocked(await check("驾照培训包过，不过退款。", "education", "moments"), "education_promise"),
    ).toBe(true);
  });
});
