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

describe("the read of round 60", () => {
  it("a pass vowed with no one named, markers and graders as the teachers, pay as the course's result", async () => {
    await expectBlocks(
      [
        "这期集训营保证学员底子再薄也能通过",
        "交费即保证通过笔试",
        "科目二一把过",
        "考不过算我们的",
        "两位讲师参与过申论阅卷",
        "主讲曾在省考评卷组工作",
        "结业学员最低起薪8000",
        "今年有56名学员拿到年薪30万的录用",
        "学员入职率100%",
      ],
      ["我们无法保证通过考试，但提供模拟测试", "老师会讲解阅卷的评分标准"],
      "education",
      "education_promise",
    );
  });

  it("principal backed by a guarantor, harm of any kind denied to a pet or a baby; a warning off 稳赚 is none", async () => {
    await expectBlocks(
      ["本金由第三方机构兜底"],
      ["本平台项目不提供本金担保，投资有风险"],
      "finance",
      "finance_promise",
    );
    await expectBlocks(["这款驱虫喷雾对猫狗毫无风险"], ["使用前请确认对宠物是否有风险"], "pets", "absolute");
    await expectBlocks(["这款爽身粉对宝宝皮肤零伤害"], [], "mother_baby", "absolute");
    expect(
      await ruleHeldLines([
        ["开店有赚有亏，千万别被所谓稳赚的说法骗了", "retail"],
        ["号称3天就好的膏药宣传不要信，颈椎病要规范治疗", "medical"],
      ]),
    ).toEqual([]);
  });
});
