// What round 38 missed once its first run was recorded: a gain called certain (百分百获利), a stake and the sum it
// comes back as, followers of a tipster all said to profit, efficacy said to be obtained (获得疗效), a remedy for a
// whole list of diseases, a course sold on the job and the pay after it, a licence promised for a fee, and a coin's past rise as a multiple. Round 38's false alarms: a claim quoted
// to criticise whoever shouts it (喊着“稳赚不赔”), and a policy's disability grade (第一级残疾). Every sentence is
// written for these tests; each family has look-alikes it must leave alone.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings } from "./fixtures.ts";

describe("claim families named after round 38", () => {
  it("a certain gain, a stake returned as a bigger sum, and followers who all profit", async () => {
    await expectBlocks(
      [
        "加入会员就能百分百获利",
        "投入5000元，一个月后拿回5800元",
        "存入2万元，半年到手2.3万元",
        "跟着王老师买基金的朋友都能赚到钱",
      ],
      [
        "任何投资都不可能百分百获利",
        "投入5000元购买设备，一个月后回收包装材料",
        "跟着老师学习基金知识，了解风险再决定",
        "过去一年投入10万元用于研发",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("efficacy said to be obtained, and a remedy for a list of diseases", async () => {
    await expectBlocks(
      ["用小剂量也能获得和原方一样的疗效", "这款胶囊可治疗高血压、痛风等八大类疾病"],
      [
        "疗效因人而异，请遵医嘱",
        "本院开展高血压、糖尿病等多种慢性病的健康管理讲座",
        "获得患者好评的是我们的服务态度",
      ],
      "health_food",
      "medical_claim",
    );
  });

  it("a course sold on the job and pay after it, and a licence promised for a fee", async () => {
    await expectBlocks(
      ["学员结业后直接安排就业，月薪6000元起", "只需3500元就能拿到驾照，名额有限"],
      [
        "结业后可参加招聘会，薪资以用人单位为准",
        "学车费用3500元，考试需本人参加并通过",
        "毕业后就业方向包括会计、审计等岗位",
      ],
      "education",
      "education_promise",
    );
  });

  it("a coin's or a collectible's past rise as a multiple", async () => {
    await expectBlocks(
      ["这套生肖纪念币三年上涨了约5倍", "老邮票近年升值了10多倍"],
      ["今年门店销量上涨了约5倍，感谢支持", "纪念币价格受市场影响，可能上涨也可能下跌"],
      "jewelry",
      "finance_promise",
    );
  });
});

describe("round 38's false alarms", () => {
  it("a claim quoted to criticise whoever shouts it, and a policy's disability grade, are no claim", async () => {
    for (const [text, industry] of [
      ["某些荐股群天天喊着“保本高收益”，对亏损却只字不提", "finance"],
      ["被保险人因意外伤害导致第一级伤残的，按合同约定给付保险金", "insurance"],
    ] as const) {
      const flagged = flaggedFindings(await checkLine(text, industry)).map((finding) => finding.rule_id);
      expect({ text, flagged }).toEqual({ text, flagged: [] });
    }
    // a drug's own indication is its label, but a whole list of diseases is no drug's
    expect(
      flaggedFindings(await checkLine("本品可治疗糖尿病、痛风等八大类疾病", "pharma")).some(
        (finding) => finding.label === "medical_claim",
      ),
    ).toBe(true);
    // the same words said in the seller's own voice still count
    expect(
      flaggedFindings(await checkLine("我们的产品保本高收益，放心买", "finance")).length,
    ).toBeGreaterThan(0);
    expect(flaggedFindings(await checkLine("全国第一的理财团队", "finance")).length).toBeGreaterThan(0);
  });
});
