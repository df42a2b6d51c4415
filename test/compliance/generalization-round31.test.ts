// Claim families round 31's first run showed the rules did not reach: a steady return obtained for the
// investor, money said to come to no harm, the stake back fast, interest every day, the most profit made for a
// partner, a job the moment school ends, an effect or a pass secured by a verb or an agreement, exam setters among
// the teachers' past duties, a refund with the whole fee named, a lipid lowered in a list, an ailment ending in 病
// removed, the borrower's family or employer called to press for the money; and a purpose clause read as a vouch.
// Every sentence is written for these tests; each family has the look-alikes it must leave alone.
import { describe, it } from "vitest";
import { expectBlocks } from "./fixtures.ts";

describe("claim families named after round 31", () => {
  it("a steady return obtained for the investor, or money said to come to no harm", async () => {
    await expectBlocks(
      [
        "平台致力于帮出借人取得稳定的回报",
        "让会员的本金免受任何损失",
        "全力确保投资有保障",
        "钱放进来天天生息",
      ],
      [
        "不能保证本金不受损失，请谨慎投资",
        "为了保证投资安全，首次出借前请完成实名认证",
        "出借前务必看清条款，让自身利益不受损失",
        "我们无法承诺您取得稳定的回报",
        "每天的净值以基金公司公布为准",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("the stake back fast or in a stated time", async () => {
    await expectBlocks(
      ["加盟门店半年就能收回成本", "最快当年收回全部投资"],
      ["项目能否收回成本取决于经营情况，存在亏损风险", "收回投资的周期因门店而异，请理性评估"],
      "finance",
      "finance_promise",
    );
  });

  it("the most profit made for the buyer or partner", async () => {
    await expectBlocks(
      ["总部扶持到位，帮加盟商赚取最高的回报", "为客户创造最大的收益"],
      ["我们力争为客户创造最大的收益", "单笔最高收益不超过5%，以实际为准", "最大回撤为8%"],
      "finance",
      "absolute",
    );
  });

  it("a job the moment school ends", async () => {
    await expectBlocks(
      ["学员一毕业马上就能上岗", "还没结业就被企业签走了"],
      ["毕业后是否就业取决于个人努力和市场情况", "结业后可参加招聘会，我们不承诺就业"],
      "education",
      "education_promise",
    );
  });

  it("an effect or a pass secured by a verb or an agreement", async () => {
    await expectBlocks(
      ["全程督学，确保学习效果", "签订协议保障过关"],
      ["如何保证学习效果？坚持每天复习", "我们无法保证学习效果，效果因人而异", "签协议前请仔细阅读退费条款"],
      "education",
      "education_promise",
    );
  });

  it("exam setters among the teachers' past duties", async () => {
    await expectBlocks(
      ["授课老师曾经做过招聘面试官、参与过考试命题"],
      ["本校老师均未参与过任何考试命题工作", "考试命题由省考试院负责，与培训机构无关"],
      "education",
      "education_promise",
    );
  });

  it("a refund when the exam is failed, the whole fee named", async () => {
    await expectBlocks(
      ["报名本班，考不过就退还所有费用", "一次不过全额退学费"],
      ["课程已开课的，不过退费需扣除已上课时的费用", "不过退学费要按合同约定办理"],
      "education",
      "education_promise",
    );
  });

  it("a lipid lowered in a list, an ailment ending in 病 removed", async () => {
    await expectBlocks(
      ["这款茶能降低体脂、血脂和胆固醇", "泡脚包可以祛除多年的老寒病"],
      ["胆固醇偏高的人群请遵医嘱用药", "本品不能代替药物，不具有降低血脂的作用"],
      "food_beverage",
      "medical_claim",
    );
  });

  it("the borrower's family or employer called to press for the money", async () => {
    await expectBlocks(
      [
        "借款到期未还的，平台会联系借款人的直系亲属及单位督促其还款",
        "到期未还款的，我们将通知该用户的紧急联系人协助催其还钱",
      ],
      ["平台只会通过短信提醒您本人按时还款", "如需变更紧急联系人，请联系客服"],
      "finance",
      "harassment",
      "outbound",
    );
  });
});
