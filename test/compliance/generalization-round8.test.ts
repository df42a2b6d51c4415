// Kinds of real copy the engine let through (round 8): loan offers that promise approval or hide the rate,
// appreciation and track records sold as returns, intelligence and slimming claims for ordinary food, and the
// compliant side of each (a warning that quotes the claim, an honest loan offer). Every sentence is written
// for these tests.
import { describe, expect, it } from "vitest";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import { checkLine as check, ruleBlocks } from "./fixtures.ts";

const required = (text: string, channel = "moments") =>
  checkRequiredElements({ text, industry: "finance", channel: channel as never }).map((f) => f.rule_id);

describe("generalization fixes (round 8)", () => {
  it("a loan that promises approval whatever the credit record is a finance promise", async () => {
    expect(
      ruleBlocks(await check("征信花了也没关系，我们不查征信，身份证就能办。", "finance"), "finance_promise"),
    ).toBe(true);
    expect(ruleBlocks(await check("白户秒批，最快十分钟到账。", "finance", "group"), "finance_promise")).toBe(
      true,
    );
    // a warning that names the same words is not an offer
    expect(
      ruleBlocks(
        await check("提醒各位：声称不查征信、包下款的都是骗局，请通过正规渠道申请贷款。", "finance"),
        "finance_promise",
      ),
    ).toBe(false);
  });

  it("a loan offer owes its annual rate and an approval caution, not an investment risk line", () => {
    expect(required("新客借款享7天免息，额度最高10万，手机申请当天放款。")).toEqual([
      "required.loan_disclosure",
    ]);
    expect(
      required("新客借款享7天免息，年化利率（单利）7.2%起，额度和利率以审批结果为准，请理性借贷。"),
    ).toEqual([]);
    // an investment that mentions a quota keeps the investment warning
    expect(required("本期理财额度有限，业绩比较基准3.1%，欢迎预约。")).toEqual(["required.risk_warning"]);
  });

  it("appreciation records and forecasts sold with collectibles are return promises", async () => {
    expect(
      ruleBlocks(await check("这版纪念钞十年升值了300多倍，错过真的可惜。", "jewelry"), "finance_promise"),
    ).toBe(true);
    expect(
      ruleBlocks(await check("老普洱越陈越值钱，买来放着就是理财。", "food_beverage"), "finance_promise"),
    ).toBe(true);
    expect(ruleBlocks(await check("我们的产品年年正收益，从未亏损过。", "finance"), "finance_promise")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("收藏看个人喜好，我们不承诺升值空间巨大之类的说法。", "jewelry"),
        "finance_promise",
      ),
    ).toBe(false);
  });

  it("an investor-education post that quotes a guarantee to warn against it is not a guarantee", async () => {
    expect(
      ruleBlocks(
        await check("投资者教育｜有人承诺“保本保息”让您转账到个人账户？请立即停止并核实。", "finance"),
        "finance_promise",
      ),
    ).toBe(false);
    expect(
      ruleBlocks(await check("这款产品保本保息，年底到期一次结清。", "finance"), "finance_promise"),
    ).toBe(true);
  });

  it("ordinary food and formula may not claim intelligence, memory or slimming", async () => {
    expect(ruleBlocks(await check("孩子每天一杯，上课记性变好了。", "mother_baby"), "medical_claim")).toBe(
      true,
    );
    expect(
      ruleBlocks(
        await check("代餐奶昔不节食不运动，半个月掉8斤。", "food_beverage", "group"),
        "medical_claim",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("代餐不能替代运动，别信一周瘦十斤的说法，均衡饮食最重要。", "food_beverage"),
        "medical_claim",
      ),
    ).toBe(false);
  });

  it("no claim at all in an anti-fraud notice that describes the promises it warns against, model included", async () => {
    for (const text of [
      "风险提示：凡是承诺每月固定分红、到期保本付息的养老项目，多为非法集资，请勿轻信。",
      "防非提醒：许诺投资林场每年回报20%、到期全额返还本金的，都是非法集资套路。",
      "以案说险：有人拉老人投资养老公寓，承诺每月返利息、三年还本，最后血本无归。",
    ]) {
      const notice = await check(text, "finance");
      expect(notice.verdict, text).not.toBe("block");
      expect(
        notice.findings.filter((f) => f.source === "model" || f.source === "required"),
        text,
      ).toEqual([]);
    }
    // the same promise offered, not warned against, is still a claim
    const offer = await check("养生基地床位认购，按季分红，到期还本，欢迎咨询。", "finance");
    expect(offer.verdict).not.toBe("pass");
  });

  it("reads 回复TD即可退订 as an opt-out and 审慎 or 不提供…承诺 as a caution", () => {
    const sms = checkRequiredElements({
      text: "【青禾生活】会员日全场八折，详情见小程序。回复TD即可退订",
      channel: "sms" as never,
    }).map((f) => f.rule_id);
    expect(sms).toEqual([]);
    expect(required("商铺已竣工交付，不提供售后返租或固定回报承诺，投资请审慎评估。")).toEqual([]);
  });

  it("offering to look up, buy or sell people's data, or asking for their code, is a personal-data violation", async () => {
    for (const text of [
      "要查谁的征信我这边都能查，名字发我，一份两百。",
      "长期收新注册用户的手机号，每条8毛，量大从优。",
      "叔，您手机上刚来了个验证码，念给我一下我帮您办好。",
    ]) {
      expect(ruleBlocks(await check(text, "finance", "private"), "pii"), text).toBe(true);
    }
    expect(
      ruleBlocks(
        await check(
          "合规提醒：严禁向任何人出售或转发客户名单，有人索要客户信息请报告合规部。",
          "finance",
          "group",
        ),
        "pii",
      ),
    ).toBe(false);
  });

  it("a loan post that names investment only to forbid it is judged as a loan", () => {
    expect(
      required(
        "【城南银行】消费贷年化利率（单利）3.9%起，额度与利率以审批为准，贷款不得用于投资理财，请理性借贷。",
      ),
    ).toEqual([]);
  });

  it("medical grade is a medical claim outside medicine, and a refund if the exam is failed is a promise", async () => {
    expect(ruleBlocks(await check("医学级修护面膜，敏感肌也能用。", "beauty"), "medical_claim")).toBe(true);
    expect(
      ruleBlocks(await check("协议班未进复试退一半学费。", "education", "private"), "education_promise"),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("本班不设“包过”或“不过退费”条款，课程以协议为准。", "education"),
        "education_promise",
      ),
    ).toBe(false);
  });

  it("counting out the calls, or calling back after a refusal, is harassment; a course's third lesson is not", async () => {
    for (const text of [
      "您好，还是美居家装的小王，今天第三次给您打了，活动您再考虑下？",
      "（家长：不用了，没兴趣）好的好的，那我明天再给您打哈。",
      "亲你不回我就一直发哦，这是今天第4条啦",
    ]) {
      expect(ruleBlocks(await check(text, "retail", "outbound"), "harassment"), text).toBe(true);
    }
    expect(
      ruleBlocks(
        await check("第三次课讲函数，第四次课讲几何，请家长提醒孩子预习。", "education", "group"),
        "harassment",
      ),
    ).toBe(false);
  });

  it("telling a customer what only someone else's data could show is a personal-data violation", async () => {
    expect(
      ruleBlocks(
        await check("李哥，我这边查到你名下有辆车还有公积金，给你批二十万没问题。", "finance", "private"),
        "pii",
      ),
    ).toBe(true);
    expect(
      ruleBlocks(
        await check("提醒：冒充客服说“查到您征信有问题”的都是诈骗，请勿相信。", "finance", "group"),
        "pii",
      ),
    ).toBe(false);
  });
});
