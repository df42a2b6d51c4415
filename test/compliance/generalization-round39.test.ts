// What round 39 missed once its first run was recorded: a monthly yield with its base named and praised (每月可
// 获得投资额3%的高额收益), a gain told by the days it took, a franchise's minimum guaranteed by the month, a job
// arranged as a course's outcome and a school sold on fast score gains. Round 39's false alarms: a bank's
// anti-intermediary notice read as a loan offer because 办理中 ("while being processed") read as "now open", and an
// SMS whose opt-out is a link (退订请点击). Every sentence is written for these tests; each family has look-alikes.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings } from "./fixtures.ts";

describe("claim families named after round 39", () => {
  it("a monthly yield, a gain by the days it took, and a franchise's guaranteed minimum", async () => {
    await expectBlocks(
      [
        "加入合作社后每月可获得本金3%的稳定收益",
        "上周投入5天收益3.6万元，名额不多",
        "加盟本品牌，每月保底两百单外卖订单",
      ],
      [
        "本理财产品业绩比较基准为年化3%，不代表实际收益",
        "活动期间每月可获得3张优惠券",
        "投资需谨慎，收益与风险并存",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("a job arranged as a course's outcome, and fast score gains", async () => {
    await expectBlocks(
      [
        "报名我们的培训班，保证安排进大型物流公司工作",
        "学满两个月就能安排去合作医院上班",
        "名师授课，提分快",
      ],
      [
        "培训结束后，学校会推荐合作企业的招聘信息，是否录用由企业决定",
        "想提分，方法比时间更重要，欢迎来听公开课",
        "快速提问区：家长可以在评论里留言",
      ],
      "education",
      "education_promise",
    );
  });
});

describe("round 39's false alarms", () => {
  it("a notice of what a bank never charges in its loan process, and an opt-out by link, owe nothing", () => {
    expect(
      requiredFindings(
        "本行贷款办理中不收取任何中介费、代办费，谨防冒充本行员工的中介",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("【某某阅读】您收藏的专栏已更新，退订请点击链接", "retail", "sms")).toEqual([]);
    // a loan still on offer owes its disclosure
    expect(requiredFindings("【某某银行】装修贷正在火热办理中，额度最高50万", "finance", "sms")).toContain(
      "required.loan_disclosure:block",
    );
  });
});

describe("round 39's health families", () => {
  it("a treatment that lasts a lifetime from one injection, and a product that frees the user of medicine", async () => {
    await expectBlocks(
      ["一次注射，效果终身有效", "坚持喝三个月，帮您摆脱降压药"],
      ["注射后请留观30分钟", "按时服用降压药，定期复查血压", "远离药物滥用，从我做起"],
      "medical",
      "medical_claim",
    );
  });
});
