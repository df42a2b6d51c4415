import { describe, expect, it } from "vitest";
import { checkText } from "../../src/compliance/check-text.ts";
import type { Judge } from "../../src/compliance/judge/judge.ts";
import { testEngine } from "./fixtures.ts";

const { rulePack } = testEngine();

function countingJudge(): Judge & { calls: number } {
  const judge = {
    name: "counting",
    calls: 0,
    async judge() {
      judge.calls++;
      return { status: "ok" as const, findings: [] };
    },
  };
  return judge;
}

describe("checkText", () => {
  it("passes compliant copy and puts the pack version on the verdict", async () => {
    const verdict = await checkText(
      { text: "周末上新了一批亚麻衬衫，欢迎到店试穿。", industry: "retail", channel: "moments" },
      { rulePack },
    );
    expect(verdict.verdict).toBe("pass");
    expect(verdict.rule_pack_version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it("blocks listed terms with article, label and exact span, and skips the judge", async () => {
    const judge = countingJudge();
    const text = "这款理财稳 赚不赔，放心买。";
    const verdict = await checkText({ text, industry: "finance", channel: "private" }, { rulePack, judge });
    expect(verdict.verdict).toBe("block");
    const finding = verdict.findings.find((item) => item.rule_id === "fin.guarantee");
    expect(finding?.label).toBe("finance_promise");
    expect(finding?.article).toContain("第二十五条");
    expect(text.slice(finding?.start, finding?.end)).toBe("稳 赚不赔");
    expect(judge.calls).toBe(0);
  });

  it("catches pinyin and homophone forms", async () => {
    const pinyin = await checkText({ text: "这个项目wenzhuan，快来", industry: "finance" }, { rulePack });
    expect(pinyin.findings.some((item) => item.excerpt === "wenzhuan")).toBe(true);
    const mixed = await checkText({ text: "保ben保息的好产品", industry: "finance" }, { rulePack });
    expect(mixed.verdict).toBe("block");
    const homophone = await checkText({ text: "这款是宝本的", industry: "finance" }, { rulePack });
    expect(homophone.findings.some((item) => item.excerpt === "宝本")).toBe(true);
  });

  it("leaves innocent uses alone", async () => {
    for (const text of [
      "最近天气转凉，注意保暖。",
      "这是我第一次来这家店。",
      "本产品不保本，理财有风险，投资需谨慎。",
      "清仓按保本价处理。",
      "请遵医嘱治疗，按时复诊。",
      "开封后最佳食用期为三天。",
      "万能胶到货了。",
    ]) {
      const verdict = await checkText({ text }, { rulePack });
      expect(
        verdict.findings.filter((item) => item.severity === "block"),
        text,
      ).toEqual([]);
    }
  });

  it("asks for attention when the judge cannot answer or throws", async () => {
    const unavailable: Judge = {
      name: "down",
      judge: async () => ({ status: "unavailable", reason: "timed out" }),
    };
    const verdict = await checkText({ text: "欢迎到店。" }, { rulePack, judge: unavailable });
    expect(verdict.verdict).toBe("needs_attention");
    expect(verdict.reasons.join()).toContain("timed out");
    const throwing: Judge = {
      name: "broken",
      judge: async () => {
        throw new Error("boom");
      },
    };
    expect((await checkText({ text: "欢迎到店。" }, { rulePack, judge: throwing })).verdict).toBe(
      "needs_attention",
    );
  });

  it("has defined behavior for empty, huge and malformed text", async () => {
    expect((await checkText({ text: "" }, { rulePack })).verdict).toBe("needs_attention");
    expect((await checkText({ text: "  \n " }, { rulePack })).verdict).toBe("needs_attention");
    const megabyte = `${"今天天气不错，欢迎到店看看。".repeat(74_000)}稳赚不赔`;
    const started = performance.now();
    const verdict = await checkText({ text: megabyte, industry: "finance" }, { rulePack });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(verdict.verdict).toBe("block");
    expect(verdict.findings.some((item) => item.excerpt === "稳赚不赔")).toBe(true);
    const tooLong = await checkText({ text: "欢迎到店。".repeat(300_000) }, { rulePack });
    expect(tooLong.verdict).toBe("needs_attention");
    expect(tooLong.reasons.join()).toContain("only the first");
    const broken = await checkText({ text: "稳\ud800赚\udc00不赔" }, { rulePack });
    expect(broken.verdict).toBe("block");
    expect(() => JSON.stringify(broken)).not.toThrow();
  });

  it("lets the offline claim model flag pressure no listed term covers", async () => {
    const verdict = await checkText(
      {
        text: "你再不给孩子报班，以后他只能去工地搬砖，别怪我没提醒你。",
        industry: "education",
        channel: "group",
      },
      testEngine(),
    );
    expect(verdict.findings.some((item) => item.label === "harassment")).toBe(true);
  });
});
