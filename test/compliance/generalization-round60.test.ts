// Round 60, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, ruleHeldLines } from "./fixtures.ts";

describe("round 60's missed claims", () => {
  it("a pass vowed to the students, the exam set or marked by the team, a placement board", async () => {
    await expectBlocks(
      [
        "我们保证学员零基础也能顺利通过考试",
        "授课团队均有省考命题经验",
        "主讲老师多次参与成人高考的阅卷",
        "上月又有300人高薪就业",
        "学员就业平均月薪12000",
      ],
      [
        "我们不保证学员通过考试，但会全程辅导",
        "老师熟悉考试大纲，带大家练习历年真题",
        "就业情况因人而异，详见就业服务说明",
      ],
      "education",
      "education_promise",
    );
  });

  it("never surpassed, beyond compare, beyond reproach, completely safe, an authority over a region", async () => {
    await expectBlocks(
      [
        "这种工艺常被同行效仿，却从未被超越",
        "别家任何一款产品都难以企及",
        "做工无可挑剔",
        "湖北省最大的钢材供应商",
      ],
      ["经国家权威机构检测，各项指标合格"],
      "manufacturing",
      "absolute",
    );
    await expectBlocks(["这款湿巾对宝宝完全安全"], [], "mother_baby", "absolute");
    await expectBlocks(["我们是业内权威的雅思培训品牌"], [], "education", "absolute");
  });

  it("principal guaranteed by a third party, a range of yields, a sure way to earn", async () => {
    await expectBlocks(
      ["担保公司对投资人本金全额担保", "平台项目由保险公司做本息担保", "轻松就可获得8%-12%的年化收益"],
      ["本平台不对投资本金和收益作出任何形式的保证", "平台不提供本金担保，投资有风险"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(["加盟我们就是一个稳当的赚钱机会"], [], "retail", "finance_promise");
  });
});

describe("round 60's false alarms", () => {
  it("a pitch quoted to warn readers off, a cure called hard, a hospital's ordinal name", async () => {
    expect(
      await ruleHeldLines([
        ["别轻信网上传言里的“无效退款”，减肥没有捷径", "medical"],
        ["这种病很难治愈，请坚持规范治疗", "medical"],
        ["宁川市第一人民医院春节门诊安排", "medical"],
      ]),
    ).toEqual([]);
  });
});
