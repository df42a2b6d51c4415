// Required elements owed by what a text does, not by its channel alone. An SMS that sells nothing (a recall
// notice, a clinic's holiday hours, a public reminder) blocks on neither the signature, which the gateway's
// registered signature supplies, nor the opt-out line; a commercial one blocks on both. A shop says it is
// selling in everyday words (八折, 到店就送, 清仓, 仅限三天) as often as in 优惠 and 促销, and a reply code
// (回复1办理) or 详询 asks the reader to act. After r79-r81's first runs: a top rank claimed over a whole field a
// few words after naming it (中国第一个, 国内目前课程最多, 行业的风向标). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings, ruleIds } from "./fixtures.ts";

describe("required elements follow what a text does (round 18)", () => {
  it("an SMS that sells nothing gets reminders, not blocks, for the signature and the opt-out line", async () => {
    for (const [text, industry] of [
      ["本院春节期间门诊照常开放，急诊二十四小时接诊，如有疑问可拨打总机咨询。", "medical"],
      ["经销商将通过电话或短信联系涉及本次安全气囊更换的车主，有疑问请拨打客服热线咨询。", "auto"],
      ["请各位养犬人按时带狗狗到指定站点注射狂犬疫苗，每年一次。", "pets"],
    ] as const) {
      const found = requiredFindings(text, industry, "sms");
      expect(
        found.filter((finding) => finding.endsWith(":block")),
        text,
      ).toEqual([]);
      expect(found, text).toContain("required.sms_signature:warn");
      const verdict = await checkLine(text, industry, "sms");
      expect(verdict.verdict, text).not.toBe("block");
    }
  });

  it("a shop's offer in everyday words is commercial: signature and opt-out lines block", () => {
    for (const [text, industry] of [
      ["小面馆开张啦，凭此短信进店就送卤蛋一个", "food_beverage"],
      ["眼镜店周年庆，镜架一律七五折，仅限三天", "retail"],
      ["仓库清仓处理一批办公椅，欲购从速，详询李经理", "manufacturing"],
      ["宠物店会员充300送100，本周末截止", "pets"],
      ["您的车险下月到期，续保回复1获取报价", "auto"],
    ] as const) {
      expect(requiredFindings(text, industry, "sms"), text).toEqual([
        "required.sms_signature:block",
        "required.sms_opt_out:block",
      ]);
    }
  });

  it("words that only contain a shop's offer words stay ordinary", () => {
    for (const [text, industry] of [
      ["人生总有转折，这一段路也有曲折", "retail"],
      ["快递已送达小区门口的快递柜，请凭取件码取件", "retail"],
      ["折叠伞请晾干后再收起来", "retail"],
    ] as const) {
      expect(
        requiredFindings(text, industry, "sms").filter((finding) => finding.endsWith(":block")),
        text,
      ).toEqual([]);
    }
  });

  it("a verification code or an exam office's warning is no offer, whatever words it shares with one", () => {
    for (const [text, industry] of [
      ["【某某银行】验证码：482913，用于购买特惠商品，五分钟内有效，任何人索要验证码都是诈骗。", "finance"],
      ["市招生考试部门不会给考生发这类短信，请家长保管好孩子的信息，收到可疑短信不要相信。", "education"],
    ] as const) {
      expect(
        requiredFindings(text, industry, "sms").filter((finding) => finding.endsWith(":block")),
        text,
      ).toEqual([]);
    }
  });

  it("a top rank claimed over a whole field is absolute, a few words after the field is named", async () => {
    for (const [text, industry] of [
      ["我们是中国第一个公开全部学费的学历提升平台", "education"],
      ["本店是国内目前品类最多的宠物用品商城", "pets"],
      ["我们驾校走在了全省同类驾校的最前沿，是行业的风向标", "education"],
    ] as const) {
      expect(ruleIds(await checkLine(text, industry)), text).toContain("abs.superlative_regex");
    }
  });

  it("a field named beside when or which, or beside a superlative that ranks nothing sold, is no claim", async () => {
    for (const [text, industry] of [
      ["全市第一次办这样的宠物嘉年华，欢迎带毛孩子来玩", "pets"],
      ["全国各地的朋友第一时间收到了包裹", "retail"],
      ["国内疫情最严重的时候我们也没有停业", "retail"],
    ] as const) {
      expect((await checkLine(text, industry)).verdict, text).toBe("pass");
    }
  });
});
