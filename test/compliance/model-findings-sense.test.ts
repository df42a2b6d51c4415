// Model findings whose excerpt says the opposite of the label: an outbound opt-out branch that accepts a
// refusal read as harassment, and 治愈 in everyday praise read as a cure. Every sentence is written for the test.
import { describe, expect, it } from "vitest";
import { colloquialHealing } from "../../src/compliance/claims/colloquial-healing.ts";
import { honoursRefusal } from "../../src/compliance/claims/honours-refusal.ts";
import { checkLine } from "./fixtures.ts";

const OPT_OUT_BRANCH = [
  "【客户暂不需要】好的，不打扰您了，有需要随时联系我们。",
  "【客户要求勿扰】好的，非常抱歉打扰到您，我们会登记您的号码，今后不再致电。再见。",
  "【结束】感谢您的接听。如您不希望再接到此类来电，可以直接告诉我，我们将不再致电。",
].join("\n");

describe("a clause that accepts a refusal", () => {
  it("is not harassment, whatever words of contact it shares with pressure", async () => {
    for (const industry of ["pets", "insurance", "retail"]) {
      const verdict = await checkLine(OPT_OUT_BRANCH, industry, "outbound");
      expect(verdict.findings.filter((finding) => finding.label === "harassment")).toEqual([]);
    }
  });

  it("tells acceptance from a threat that borrows its words", () => {
    expect(honoursRefusal("非常抱歉打扰到您，我们会登记您的号码")).toBe(true);
    expect(honoursRefusal("好的，今后不再致电")).toBe(true);
    expect(honoursRefusal("抱歉打扰了，明天我们直接上门找你家人")).toBe(false);
    expect(honoursRefusal("你说不需要就不需要？我们天天打")).toBe(false);
  });

  it("leaves collectors' threats to the rules", async () => {
    const verdict = await checkLine(
      "抱歉打扰了，你再不还钱，明天我们直接上门找你家人",
      "finance",
      "outbound",
    );
    expect(verdict.verdict).toBe("block");
  });
});

describe("治愈 in everyday praise", () => {
  it("is not a health claim; beside a disease it is", async () => {
    for (const text of [
      "面膜敷完好治愈，整个人心情变好了",
      "新到的香薰蜡烛是治愈系的木质香，下班点一支很放松",
    ]) {
      const verdict = await checkLine(text, "beauty");
      expect(
        verdict.findings.filter((finding) => finding.label === "medical_claim"),
        text,
      ).toEqual([]);
    }
    expect(colloquialHealing("这款面霜用起来很治愈")).toBe(true);
    expect(colloquialHealing("用了超治愈，湿疹都好了")).toBe(false);
    const claim = await checkLine("这款药膏超治愈，用了一周湿疹就好了", "beauty");
    expect(claim.findings.some((finding) => finding.label === "medical_claim")).toBe(true);
  });
});
