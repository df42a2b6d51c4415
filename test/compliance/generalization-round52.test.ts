// Round 52's misses: an effect promised by tomorrow, a drink that "blocks" oil and sugar, a food sold as a sunscreen
// or as medicine, a bowel "felt", graduates sent into jobs and fluency vowed by a time, a pass-or-compensation offer,
// parents shamed over a cheap class, an industry's first to advocate something, a yield "as high as" a figure and a
// record of every deal repaid. A site calling itself the only official one ranks nothing. Every sentence is written
// for these tests; each family has look-alikes (a delivery by tomorrow, a label's caution, career guidance, "first of
// all", a money-market fund's seven-day yield).
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings } from "./fixtures.ts";

describe("round 52's missed claims", () => {
  it("an effect by tomorrow, oil and sugar blocked, a food as a sunscreen or a medicine, a bowel felt", async () => {
    await expectBlocks(
      [
        "今晚喝一袋，第二天就能看到变化",
        "这款魔芋果冻阻糖阻脂，放心吃",
        "口服美白丸，一天两粒",
        "这道药膳汤可以当药喝",
        "膳食纤维粉，早上一杯，通畅超有感",
      ],
      [
        "今天下单，明天就能收到",
        "保健食品不能当药吃，请遵医嘱",
        "夏天出门记得防晒，吃的要清淡",
        "本品不能代替药物",
      ],
      "health_food",
      "medical_claim",
    );
  });

  it("graduates sent into jobs, fluency by a time, a pass or compensation", async () => {
    await expectBlocks(
      ["学校每年输送毕业学员到合作酒店就业", "报名后半年内就能流利地用英语对话", "科目二不过包赔3000元"],
      [
        "我们不承诺安排学员就业，只提供就业指导",
        "坚持练习两年，口语能流利一些的同学不少",
        "课程因故取消的，未上课时全额退款",
      ],
      "education",
      "education_promise",
    );
  });

  it("parents shamed over a cheap class", async () => {
    await expectBlocks(
      ["您家孩子只配上免费试听课吗？"],
      ["孩子的兴趣需要家长陪伴", "试听课免费，欢迎带孩子来体验"],
      "education",
      "harassment",
    );
  });

  it("the industry's first to do it, and a site naming itself the official one", async () => {
    await expectBlocks(
      ["本厂在业内首先推出无醛板材"],
      ["装修首先要考虑通风，业内首先要做的是规范报价"],
      "manufacturing",
      "absolute",
    );
    const site = await checkLine("学员报名请认准本校唯一官方网站", "education");
    expect(flaggedFindings(site).filter((finding) => finding.source === "rule")).toEqual([]);
  });

  it("a yield as high as a figure, every past deal repaid", async () => {
    await expectBlocks(
      ["新手标年化收益率高达12%，理财有风险，投资需谨慎", "平台历史项目全部按时兑付，理财有风险，投资需谨慎"],
      [
        "七日年化收益率为2.1%，过往业绩不代表未来表现。理财有风险，投资需谨慎",
        "收益率高达多少？请以产品说明书为准，理财有风险，投资需谨慎",
      ],
      "finance",
      "finance_promise",
    );
  });
});

describe("the read after round 52", () => {
  it("an effect overnight, fat kept out, a food as an injection, a bowel emptied", async () => {
    await expectBlocks(
      [
        "睡前冲一杯，第二天起床小肚子就平了",
        "这款面膜隔夜见效",
        "饭前两粒，脂肪被吸附直接排走",
        "这瓶胶原蛋白饮就是喝的水光针",
        "益生菌一盒，攒了几天的宿便全清空",
      ],
      [
        "今天不买，明天就恢复原价",
        "油烟机阻油滤网到货，拆洗方便",
        "术后饮食清淡，保持排便通畅",
        "嗯嗯，顺便说一下发货时间",
      ],
      "health_food",
      "medical_claim",
    );
  });

  it("jobs arranged, a failed exam paid for, an outcome vouched for", async () => {
    await expectBlocks(
      ["结业后直接输送到合作公司上班", "挂科了我们按双倍赔学费", "一年后口语流利，我们打包票"],
      ["我们会安排好工作日的课表", "请安排工作人员接待家长", "成绩这件事谁也不敢打包票，我们只能尽力"],
      "education",
      "education_promise",
    );
  });

  it("parents shamed, the first to launch, every past product repaid", async () => {
    await expectBlocks(
      ["这么便宜的辅食您也舍得给宝宝吃？", "当妈的自己掂量一下吧"],
      ["宝宝辅食要循序渐进，请妈妈们放心选购"],
      "mother_baby",
      "harassment",
    );
    await expectBlocks(
      ["我们是行业里率先推出十年质保的厂家"],
      ["首先感谢大家一直以来的支持"],
      "manufacturing",
      "absolute",
    );
    await expectBlocks(
      [
        "公司成立以来发行的产品都按时足额兑付，理财有风险，投资需谨慎",
        "年化收益高至7.5%，理财有风险，投资需谨慎",
      ],
      ["您持有的产品已到期兑付，请查收。理财有风险，投资需谨慎"],
      "finance",
      "finance_promise",
    );
  });
});

// Four of round 52's remaining misses, each read as a claim: a cream said to suit every skin, a credit line without
// a ceiling, a regulator held out as watching over a sale, a jewel sold as keeping its value.
describe("round 52's remaining claims", () => {
  it("a product said to suit every skin or every body", async () => {
    await expectBlocks(
      ["这瓶精华适用于任何肤质，放心用", "本品适合一切体质"],
      [
        "经测试适合中性及混合性肌肤",
        "不是适合所有肤质的，敏感肌请先在耳后试用",
        "干皮油皮都能找到适合自己的款",
      ],
      "beauty",
      "absolute",
    );
  });

  it("a credit line or a payout without a ceiling, a regulator as the product's watchman", async () => {
    await expectBlocks(
      ["按时还款，额度一路提升上不封顶", "本产品由中国人民银行全程监管，请放心", "证监会背书的好产品"],
      [
        "本公司受中国证监会监管，持牌经营",
        "我们不承诺额度上不封顶，以审批结果为准",
        "额度最高5万元，以实际审批为准",
      ],
      "finance",
      "absolute",
    );
  });

  it("a jewel or gold sold as keeping its value", async () => {
    await expectBlocks(
      ["翡翠手镯既能戴又能保值", "足金吊坠保值性强，送人自用都合适", "买金条拿来保值最实在"],
      ["我们不做保值承诺，工费明码标价", "金价会波动，黄金能保值吗？请理性看待", "保值回收的说法请勿轻信"],
      "jewelry",
      "finance_promise",
    );
  });
});
