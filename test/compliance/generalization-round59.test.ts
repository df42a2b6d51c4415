// Round 59, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, ruleHeldLines } from "./fixtures.ts";

describe("round 59's missed claims", () => {
  it("a treatment vouched for as safe and effective, harm of any kind denied", async () => {
    await expectBlocks(
      ["这项注射疗法安全又有效", "激光治疗过程安全快速有效", "种植体不会产生任何的副作用"],
      [
        "治疗是否安全有效，要看个人情况，请面诊",
        "手术并不是绝对安全，也不保证有效",
        "会不会产生任何副作用？请先咨询医生",
      ],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["这款宝宝面霜对肌肤不会带来任何刺激"],
      ["使用后如有任何刺激感请停用", "本品经过测试，但不代表对所有人无任何刺激"],
      "beauty",
      "medical_claim",
    );
  });

  it("premiums back with a gain on top, a steadier yield, a withdrawal pressed as a reason to hurry", async () => {
    await expectBlocks(
      ["这款年金险满期还本，另有额外收益"],
      ["满期时返还所交保费，保险利益以合同约定为准"],
      "insurance",
      "finance_promise",
    );
    await expectBlocks(
      ["这只组合基金收益更稳定"],
      ["相比股票基金，债券基金波动较小，但收益并不稳定，也可能亏损"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(
      ["重疾险月底停售，下个月新品肯定涨价，赶紧上车"],
      ["该产品已于6月30日停售，已投保客户的保障不受影响"],
      "insurance",
      "harassment",
    );
  });

  it("a job or a wage promised by a training school, the setters' minds said to be read", async () => {
    await expectBlocks(
      [
        "力保每位学员都能顺利就业",
        "签订就业协议，协议里注明月薪",
        "学员毕业月薪稳定在8000以上",
        "老师精准把握出题人思路，带你冲刺",
        "吃透命题规律，考前心里有底",
      ],
      [
        "我们会尽力帮助学员对接就业机会，但不承诺就业",
        "就业协议仅约定推荐面试次数，不约定薪资",
        "课程带你梳理历年真题，分析考点分布",
        "命题规律每年都可能变化，请以考纲为准",
      ],
      "education",
      "education_promise",
    );
  });
});

describe("round 59's false alarms", () => {
  it("a lure named as bait, one ring for one life, patients' daily life", async () => {
    expect(
      await ruleHeldLines([
        ["伪私募通常许诺保本保息，吸引退休老人", "finance"],
        ["求婚钻戒一生唯一，只能赠与一人", "jewelry"],
        ["我们做慢病教育，帮助改善痛风患者的生活质量", "retail"],
      ]),
    ).toEqual([]);
    await expectBlocks(["全国唯一一家钻石源头工厂"], [], "jewelry", "absolute");
  });
});

describe("the read of round 59", () => {
  it("safety and effect vowed together, harm of any kind denied in speech; a procedure's name is no claim", async () => {
    await expectBlocks(
      [
        "这个祛斑项目安全又有效",
        "安全和效果双保障，放心交给我们",
        "这款水光仪安全有保障，疗效明显",
        "做完不会留下任何后遗症",
      ],
      [
        "溶脂注射后请按时复诊",
        "没有任何并发症的手术是不存在的",
        "安全有保障是我们对每位顾客的承诺，效果因人而异",
      ],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(
      ["这款驱虫药猫咪舔了也没副作用"],
      ["会不会有副作用？请先问问兽医"],
      "pets",
      "medical_claim",
    );
  });

  it("a wage floor, markers as the teachers, this year's questions known", async () => {
    await expectBlocks(
      ["家政培训结业后每月收入至少8000", "我们的老师都参与过中考阅卷", "老师知道今年会考哪些题型"],
      ["每月收入视接单量而定，不作承诺", "老师带大家了解阅卷的评分标准"],
      "education",
      "education_promise",
    );
  });

  it("principal and interest vowed paid, a past return on record, no second one to be found", async () => {
    await expectBlocks(
      ["这款私募产品到期本息足额兑付"],
      ["近三年年化收益4.1%，历史业绩不预示未来，投资须谨慎"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(["同价位找不到第二家有这配置的"], [], "auto", "absolute");
    await expectBlocks(["这款医疗险马上退市，之后保费上涨，速来锁定"], [], "insurance", "harassment");
    expect(await ruleHeldLines([["每件商品都有唯一溯源码，扫码可查", "retail"]])).toEqual([]);
  });
});
