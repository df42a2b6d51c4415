// Round 66, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 66's missed claims", () => {
  it("painless all the way, a disorder then our product to improve it, an organ function for a food", async () => {
    await expectBlocks(
      ["本院洗牙全程无痛，请放心预约"],
      ["拔牙后两小时内请勿进食"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["很多人长期失眠，是气血不足导致的。推荐您试试我们的酸枣仁茶来调理"],
      ["失眠请及时就医，遵医嘱用药"],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["这款小米粥有养胃护肝的功效"],
      ["小米粥熬煮40分钟口感更佳"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("the first company of its kind, the most in the country after a long measure", async () => {
    await expectBlocks(
      ["我们是全国首家专做有机母婴用品的企业", "张主任是国内角膜移植年手术量最多的医生之一"],
      ["品牌首家门店下月开业", "我们在杭州的首家体验店已开放预约", "上海是全国常住人口最多的城市之一"],
      "mother_baby",
      "absolute",
    );
  });

  it("a court's step claimed by the lender", async () => {
    await expectBlocks(
      ["您的借款逾期多日，已进入立案程序，请立即处理"],
      ["您的借款已逾期，请尽快还款，如有困难可联系客服协商"],
      "finance",
      "harassment",
      "sms",
    );
  });

  it("a new dish announced by SMS owes its opt-out", () => {
    expect(requiredFindings("【某某小馆】本店上线了新菜，欢迎品尝", "food_beverage", "sms")).toEqual([
      "required.sms_opt_out:block",
    ]);
  });
});

describe("round 66's false alarms", () => {
  it("a chatbot's self-mockery, a reimbursement ratio, a baby's good life", async () => {
    expect(
      await ruleHeldLines([
        ["我是人工智障小助手，有问题随时问我", "education"],
        ["住院费用报销比例为100%，门诊报销比例为50%", "insurance"],
        ["周年庆，让宝宝过得更舒服", "mother_baby"],
      ]),
    ).toEqual([]);
  });
});
