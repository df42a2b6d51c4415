// Round 51's misses: a clinic vouching for a treatment's safety and its side effects, an effect promised to last
// without another session, a patch sold for burns, a stone that sets the organs right, a camp's weight before and
// after, a collectible's valuation floor, a sale vowed at a price and a buyer's offer held out, a "first" guide of an
// industry, and better marks promised with the pupil named after the verb. Every sentence is written for these tests;
// each family has look-alikes (a procedure's care, a doctor's caution, a warning on the label, a bakery's freshness).
// The read written after the round follows: the same claims in looser words (safety "fully assured", complications at
// nil odds, side effects "in hand", an effect kept two years without sagging, a mask put on after a burn, organs
// "warmed" or "balanced", a weight before and the weight reached, a sale at three times the price or bought back, a
// buyer's bid named).
import { describe, it } from "vitest";
import { expectBlocks } from "./fixtures.ts";

describe("round 51's missed claims", () => {
  it("a clinic vouches for safety, keeps every side effect in hand, promises months without another session", async () => {
    await expectBlocks(
      [
        "这个项目我们院长自己都做过，肯定是安全的",
        "热玛吉百分之百安全，放心预约",
        "所有的并发症我们都能避免，您只管放心",
        "做一次可以保持两年不用再打",
      ],
      [
        "为确保安全，术前请如实告知过敏史",
        "这个项目不一定适合每个人，请先面诊",
        "做光子嫩肤安全吗？一定安全吗？请听医生讲",
        "效果因人而异，请遵医嘱复诊",
      ],
      "medical",
      "medical_claim",
    );
  });

  it("a cream or patch for burns; a stone or a tea that sets the organs right", async () => {
    await expectBlocks(
      ["这款修复贴适用于轻微烫伤和激光术后", "损伤肌、轻度烫伤都可以敷"],
      ["本品不适用于烫伤创面", "禁止用于烧伤皮肤", "使用卷发棒时小心烫伤"],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(
      ["这串黑曜石手串可以调理五脏六腑", "常戴玉镯能疏通经络"],
      ["和田玉温润细腻，适合日常佩戴", "手串尺寸可调，附赠鉴定证书"],
      "jewelry",
      "medical_claim",
    );
  });

  it("a weight before and the loss after", async () => {
    await expectBlocks(
      ["学员原来280斤，在营里减了90斤"],
      ["报名前请告知体重和既往病史", "训练营每天安排两小时有氧运动"],
      "education",
      "medical_claim",
    );
  });

  it("a collectible valued at a floor, a sale vowed at a price, a buyer's offer held out", async () => {
    await expectBlocks(
      [
        "您这幅画市场估值至少80万",
        "交了服务费，保证帮您以上百万高价拍出",
        "有位藏家愿意出50万收购您这枚铜钱",
      ],
      ["藏品估值仅供参考，不保证成交", "每日现烤的面包，保证当天卖出", "本店回收旧金，按当日金价结算"],
      "jewelry",
      "finance_promise",
    );
  });

  it("a first of the industry, and marks promised with the pupil after the verb", async () => {
    await expectBlocks(
      ["我们出版了行业首本收纳指南", "国内首部装修验收手册由本公司编写"],
      ["本书第一章讲收纳的基本原则", "装修验收手册可在门店免费领取", "全国首套房贷款利率有所下调"],
      "retail",
      "absolute",
    );
    await expectBlocks(
      ["报名集训营，包提高孩子的数学成绩", "我们承诺提升学员的考试分数"],
      ["如何提高孩子的学习成绩？先培养兴趣", "我们不保证提高学生成绩，只保证认真授课"],
      "education",
      "education_promise",
    );
  });
});

describe("the read after round 51", () => {
  it("safety and lasting effects in looser words", async () => {
    await expectBlocks(
      [
        "我们这儿做隆鼻，安全性完全有保障",
        "术后感染的几率是零，您放心",
        "所有不良反应都在医生的控制范围内",
        "埋线一次能维持三年都不松弛",
        "瘦脸针打一次管半年，中间不用补",
      ],
      [
        "术后感染的几率是零吗？医生会如实告诉您",
        "本院去年的术后感染率为0.3%，低于行业平均",
        "复诊时间请遵医嘱，一般半年后复查",
      ],
      "medical",
      "medical_claim",
    );
  });

  it("a mask after a burn, organs warmed, a weight reached", async () => {
    await expectBlocks(
      ["手被开水烫伤后敷上这片面膜"],
      ["烫伤后请先用冷水冲洗并及时就医"],
      "beauty",
      "medical_claim",
    );
    await expectBlocks(["这款枕头能温养经络、调和脏腑"], ["枕芯可拆洗，高度可调"], "retail", "medical_claim");
    await expectBlocks(
      ["会员原来160斤，吃了一个月代餐减到132"],
      ["原来的会员卡可以继续使用", "入营时请称重并记录"],
      "health_food",
      "medical_claim",
    );
  });

  it("a sale at a multiple or bought back, a buyer's bid named", async () => {
    await expectBlocks(
      ["这套纪念钞我们帮您按两倍价格卖出，卖不掉原价回购", "已经有藏家开价六十万想收您这块表"],
      ["旧金回收按当日金价计算，当面称重", "警惕自称藏家高价收购、先收鉴定费的骗局"],
      "jewelry",
      "finance_promise",
    );
  });
});

describe("a claim asked about is not made", () => {
  it("a yes-or-no question ending the claim's clause lets it through; a rhetorical, a why-question or a yes does not", async () => {
    await expectBlocks(
      ["难道这不是包拿证的好机会吗？", "为什么我们敢说包拿证？因为有内部渠道"],
      ["交了钱是不是就能包拿证？答案是不行", "不参加考试也能包拿证吗？请勿轻信"],
      "education",
      "education_promise",
    );
    await expectBlocks(
      ["为什么说这款纳豆粉能溶解血栓？每天一勺就够了", "纳豆粉能溶解血栓吗？当然能，每天一勺"],
      ["纳豆粉能溶解血栓吗？目前没有可靠证据"],
      "health_food",
      "medical_claim",
    );
  });
});
