// Round 68, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 68's missed claims", () => {
  it("holds a collectible's appreciation rate, its rise per year kept, a value that never changes", async () => {
    await expectBlocks(
      [
        "这批封坛黄酒年均增值率在12%左右",
        "普洱每多存放一年，价格就上涨10%",
        "纪念金条的价值永远不会贬值",
        "这套邮票这些年一直稳中有升",
      ],
      ["黄酒开封后请冷藏，一周内饮用", "金价受国际市场影响，可能上涨也可能下跌"],
      "food_beverage",
      "finance_promise",
    );
  });

  it("holds a franchise's income floor named as a guarantee", async () => {
    await expectBlocks(["加盟首年享受最低利润保障"], ["加盟费用明细请到店咨询"], "retail", "finance_promise");
  });

  it("holds a clinic ruling out pain and raising naked-eye sight, spots gone at once, a foot infection treated", async () => {
    await expectBlocks(
      ["来我们诊所，拔牙不再是一件痛苦的事", "视觉训练能提高孩子的裸眼视力"],
      ["拔牙后24小时内不要刷牙", "近视请到眼科做散瞳验光"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["用了一周，额头的痘痘全部消失", "这款乳膏专治脚气"],
      ["洁面后轻拍爽肤水", "脚气反复请到皮肤科就诊"],
      "beauty",
      "medical_claim",
    );
  });

  it("holds admission by agreement and the exam's markers sold as coaches", async () => {
    await expectBlocks(
      ["六大保障，协议录取梦校", "我们特聘阅卷专家来上冲刺课"],
      ["往届学员就业去向见官网", "录取结果以学校官方通知为准"],
      "education",
      "education_promise",
    );
  });
});

describe("round 68's false alarms, and look-alikes an independent read of its first pass found held", () => {
  it("leaves statistics, policies, job fairs, aftercare and innocent blemishes alone", async () => {
    expect(
      await ruleHeldLines([
        ["土地增值税按增值率分档计算，增值率未超过50%的部分税率30%", "finance"],
        ["今年全市居民存款一直稳中有升", "finance"],
        ["企业的核心价值观永远不会改变", "manufacturing"],
        ["外卖平台推出骑手最低收入保障", "retail"],
        ["公费师范生须在录取前签订协议，录取后按协议任教", "education"],
        ["春季招聘会设直通国企专场，现场可投递简历", "manufacturing"],
        ["拔牙后不再疼了就可以正常吃饭", "medical"],
        ["染发后黑头发全都不见了，变成了栗色", "beauty"],
        ["治灰指甲要找正规医院皮肤科", "retail"],
        ["黄金价格并非永远不会下跌，投资需谨慎", "jewelry"],
      ]),
    ).toEqual([]);
  });

  it("an annuity review that names its surrender loss owes no further warning", () => {
    expect(requiredFindings("第二年末已交20万，现金价值11万，退保损失约45%", "insurance", "moments")).toEqual(
      [],
    );
  });
});

// Holes an independent read of round 68's first pass found its own exceptions had opened; every sentence is written here.
describe("what the first pass of round 68's patterns let through", () => {
  it("a seller quoting its own customers or posters still promises", async () => {
    await expectBlocks(
      ["老顾客都说加盟我们当月就能回本", "宣传册上写着加盟即可获得高额回报"],
      [],
      "retail",
      "finance_promise",
    );
  });

  it("a cash value said not to fall below the premiums is a boast, not the caution", () => {
    expect(
      requiredFindings("这款年金现金价值不低于所交保费，每年返还，欢迎咨询", "insurance", "moments"),
    ).toContain("required.insurance_warning:block");
  });
});
