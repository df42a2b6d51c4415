// Read 66 (own-words lines, first run recorded on 84dcf5b), each judged by what the words do. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, ruleHeldLines } from "./fixtures.ts";

describe("read 66's missed claims", () => {
  it("holds a brand as the originator of its category, and every rival as its follower", async () => {
    await expectBlocks(
      [
        "我们是冷萃咖啡液的开创者",
        "说起手工酸奶，我家才是真正的鼻祖",
        "是我们定义了整个露营车赛道",
        "扫码点单这套玩法是本公司首创的",
        "市面上其他品牌都是模仿者",
      ],
      ["公司2012年成立，2015年推出冷萃系列", "本标准由全国食品工业标准化技术委员会归口"],
      "food_beverage",
      "absolute",
    );
  });

  it("holds purity vowed as safety: zero chemicals, harmless, safety scored full", async () => {
    await expectBlocks(
      ["这款猫砂零化学剂添加", "宝宝餐具无毒无害，放心啃咬", "驱虫项圈安全系数满分"],
      ["配料：鸡肉、鸭肉、豌豆、维生素E", "检测报告由第三方实验室出具，编号见包装"],
      "pets",
      "absolute",
    );
  });

  it("holds an orthodontic result guaranteed and a course's salary floor", async () => {
    await expectBlocks(
      ["牙齿正畸包成功，不满意全额退", "戴满一年半牙齿肯定整齐"],
      ["矫正期间请每月复诊一次", "正畸效果因个人牙槽骨条件而异"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["嵌入式开发班学员保底月薪9千"],
      ["往届学员去向以就业质量报告为准"],
      "education",
      "education_promise",
    );
  });

  it("holds a collector sent to the in-laws and a liquor's price said to keep climbing", async () => {
    await expectBlocks(
      ["逾期第三天了，催收专员已经出发去您岳父母家"],
      ["您的账单已逾期，请尽快通过官方渠道还款"],
      "finance",
      "harassment",
    );
    await expectBlocks(
      ["这批老黄酒越陈越贵，早买早赚"],
      ["黄酒请避光常温存放"],
      "food_beverage",
      "finance_promise",
    );
  });
});

describe("read 66's false alarms", () => {
  it("leaves a firm's own history, an ingredient share and a critique quoting a lure alone", async () => {
    expect(
      await ruleHeldLines([
        ["2014年我们在城南开了第一家面包工坊，如今有十二家", "food_beverage"],
        ["这是我们的第一款联名香氛", "beauty"],
        ["本品配料为三文鱼100%，开袋即食", "pets"],
        ["当初业务员说“半年回本”，结果一年都没回本，加盟前请多算账", "retail"],
        ["有人在群里推荐“月赚3万”的项目，最后都是让人转账，千万小心", "finance"],
        ["展会上“投10万年赚40万”的说法听听就好", "retail"],
      ]),
    ).toEqual([]);
  });

  it("still holds the same words when the seller says them", async () => {
    await expectBlocks(["我们是全国第一家做冻干零食的品牌"], ["这是我们的第一家分店"], "retail", "absolute");
    await expectBlocks(
      ["我们当初就说“半年回本”，现在加盟商都做到了"],
      ["加盟有风险，回本周期因选址而异"],
      "retail",
      "finance_promise",
    );
  });
});

describe("read 66's first pass, as an independent read found it", () => {
  it("leaves histories of people, aims, tips, leaks, standards, packets and lawful mentions of family alone", async () => {
    expect(
      await ruleHeldLines([
        ["药王孙思邈被后人尊为中医养生的鼻祖", "health_food"],
        ["我们的愿景是成为国潮彩妆的开创者", "beauty"],
        ["我们可不敢自称什么品类鼻祖，只管把面包做好", "food_beverage"],
        ["这个叠毛巾的小窍门是我们发明的，分享给大家", "retail"],
        ["厂区连续三年零化学品安全事故", "manufacturing"],
        ["按国家标准，儿童餐具材料应无毒无害，请认准检测报告", "mother_baby"],
        ["药膳调理包有效期12个月，开封后冷藏", "food_beverage"],
        ["快过年了，年货越放越贵，建议提前采购", "food_beverage"],
        ["您的分期已逾期，若回岳父母家过年也可在手机银行还款", "finance"],
        ["牙套戴满半年就摘的话，牙齿肯定恢复不了原位", "medical"],
        ["这款唯一编号的纪念币是我们推出的第一款生肖币", "jewelry"],
      ]),
    ).toEqual([]);
  });

  it("still holds the seller's own rank, a vow after a possessive, and a warning word said in earnest", async () => {
    await expectBlocks(
      ["我们的独一无二配方，别家学不来", "2019年推出的唯一一款零糖奶茶"],
      [],
      "food_beverage",
      "absolute",
    );
    await expectBlocks(
      ["“吃了三天降血糖”可不是听听就好，我们的果蔬粉真能做到"],
      [],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(["我们公司当初就说“保本保息”，一分没少大家"], [], "finance", "finance_promise");
    await expectBlocks(["逾期三个月了，外访人员已经出发去你丈母娘家了"], [], "finance", "harassment");
    await expectBlocks(["植发包您满意，密度不够免费补种"], [], "medical", "medical_claim");
  });
});
