// Required elements owed by what a text does, not by its channel alone. An SMS that sells nothing (a recall
// notice, a clinic's holiday hours, a public reminder) blocks on neither the signature, which the gateway's
// registered signature supplies, nor the opt-out line; a commercial one blocks on both. A shop says it is
// selling in everyday words (八折, 到店就送, 清仓, 仅限三天) as often as in 优惠 and 促销, and a reply code
// (回复1办理) or 详询 asks the reader to act. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkLine, requiredFindings } from "./fixtures.ts";

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
});
