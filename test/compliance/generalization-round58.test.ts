// Round 58, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, ruleHeldLines } from "./fixtures.ts";

describe("round 58's missed claims", () => {
  it("a procedure said to carry hardly any risk, an effect said to be permanent", async () => {
    await expectBlocks(
      ["这个小手术基本没有风险，放心做", "这次填充的效果是永久性的"],
      ["任何手术都有风险，术前请做风险评估", "玻尿酸填充的效果是非永久性的，一般维持半年左右"],
      "medical",
      "medical_claim",
    );
  });

  it("a material vowed never to age", async () => {
    await expectBlocks(
      ["这款银镯戴多久都绝对不会变色"],
      ["日常佩戴注意防潮，以免首饰变色"],
      "jewelry",
      "absolute",
    );
  });

  it("the exam's interviewers as the teachers, a question-tipping teacher, a certificate from nothing in months", async () => {
    await expectBlocks(
      ["押题老师带你冲刺最后一周", "我们的辅导老师均为现任面试官", "零基础两个月考取会计证"],
      ["面试官最看重什么？老师带你分析", "零基础也能报名，课程共三个月"],
      "education",
      "education_promise",
    );
  });

  it("a tea's or a liquor's rise in value foretold as high", async () => {
    await expectBlocks(
      ["这批老白茶具备极高的升值空间"],
      ["老白茶适合存放，口感会随年份变化"],
      "food_beverage",
      "finance_promise",
    );
    expect(await ruleHeldLines([["老酒的升值空间存在不确定性，请理性收藏", "food_beverage"]])).toEqual([]);
  });
});

describe("the read of round 58", () => {
  it("a material vowed to last a lifetime, a procedure vowed to go without a hitch", async () => {
    await expectBlocks(
      ["这条银手链保证一辈子不发黑", "这件毛衣怎么洗都不会起球"],
      ["银饰久戴会氧化发黑，可用擦银布清洁", "这件外套会缩水吗？建议冷水手洗"],
      "retail",
      "absolute",
    );
    await expectBlocks(
      ["这个术式不会出任何问题，您放心"],
      ["术后如出现任何问题请及时复诊"],
      "medical",
      "medical_claim",
    );
  });

  it("a marker as the teacher; a teaching award and a way of learning are no boast", async () => {
    await expectBlocks(
      ["带课老师就是去年的阅卷老师"],
      ["带课老师擅长讲解阅卷标准"],
      "education",
      "education_promise",
    );
    expect(
      await ruleHeldLines([
        ["王老师，国家级教学名师，教龄二十年", "education"],
        ["朗读是积累语感最好的方法之一", "education"],
      ]),
    ).toEqual([]);
  });

  it("a vet's deworming or vaccine advice, the purpose said right after it", async () => {
    expect(
      await ruleHeldLines([
        ["宠物医院提醒：按时驱虫预防寄生虫感染", "pets"],
        ["狗狗的疫苗下周到期，请按时接种，以降低犬瘟感染风险", "pets"],
      ]),
    ).toEqual([]);
    await expectBlocks(["喂这款狗粮能预防肾病"], [], "pets", "medical_claim");
  });
});
