// What round 36 missed once its first run was recorded: a treatment said to work in everyday words (针灸…很有效);
// a lender vouching for repayment as compensation (本息代偿) or a repayment guarantee; low risk sold with a steady
// return; a school's pass or job rate told with words between, or only said to be high, and its students counted
// into the schools they wanted. Round 36's false alarms: national slogans ranking a cause (第一生产力) and a cap on
// an offer (最高直降…元) read as a rank by the model. Every sentence is written for these tests; each family has
// look-alikes it must leave alone.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings } from "./fixtures.ts";

describe("claim families named after round 36", () => {
  it("a treatment said to work, in everyday words", async () => {
    await expectBlocks(
      ["推拿治疗腰肌劳损非常有效", "不管是肩周炎还是网球肘，理疗都很管用", "这款面膜对痘痘特别有效"],
      [
        "针灸对颈椎病真的有效吗？",
        "没有证据表明偏方对糖尿病很有效",
        "按摩很有效地放松了肌肉",
        "理疗的有效期以疗程卡上的日期为准",
        "推拿对腰突其实不是很有效，症状加重请及时就医",
        "针灸治疗失眠到底是不是真的很有效？听听医生怎么说",
      ],
      "medical",
      "medical_claim",
    );
  });

  it("repayment vouched for as compensation or a guarantee, and low risk sold with a steady return", async () => {
    await expectBlocks(
      [
        "借款逾期时由合作机构全额代偿本息",
        "保本和高回报不再难以兼得，尽在本平台",
        "每个项目都有足额的还款保障",
        "这款理财低风险、稳定回报，适合退休老人",
        "这只基金风险低，收益稳定",
      ],
      [
        "低风险和稳定高收益不可兼得，请理性投资",
        "担保公司代偿后依法向借款人追偿",
        "风险等级为R2，收益可能波动，以往业绩不预示未来表现",
        "申请经营贷需提供充分的还款保证，如抵押物或担保人",
        "货币基金风险较低，但收益稳定性一般",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("a pass or job rate told with words between or only called high, and students counted into schools", async () => {
    await expectBlocks(
      [
        "本校毕业生就业率连续五年保持在96%",
        "我们机构的面试通过率高，学员口碑好",
        "十二年来已帮助三万余名学员考入理想院校",
      ],
      [
        "通过率高不高，关键还得看自己是否用功",
        "选择培训机构不能只看通过率高低",
        "我们帮助孩子养成良好的阅读习惯",
        "本次考试的报名人数为两千余人",
        "相比中级，初级会计的通过率更高，适合零基础",
        "据统计，全国平均就业率为91%",
      ],
      "education",
      "education_promise",
    );
  });

  it("national slogans and caps on an offer are no rank", async () => {
    for (const [text, industry] of [
      ["人才是第一资源，创新是第一动力，我们始终重视研发投入", "manufacturing"],
      ["科技是第一生产力，工厂每年更新一批设备", "manufacturing"],
      ["厂家直销 做工扎实 最高直降3000元", "retail"],
    ] as const) {
      const flagged = flaggedFindings(await checkLine(text, industry)).map((finding) => finding.rule_id);
      expect({ text, flagged }).toEqual({ text, flagged: [] });
    }
    await expectBlocks(
      ["行业第一品牌，最高直降3000元", "学生党的第一生产力工具，就选这款平板"],
      [],
      "retail",
      "absolute",
    );
    // a cap beside a comparison with everyone else is still a rank claim
    const capAndRank = await checkLine("全场最高直降3000元，同行没得比", "retail");
    expect(flaggedFindings(capAndRank).some((finding) => finding.label === "absolute")).toBe(true);
  });
});
