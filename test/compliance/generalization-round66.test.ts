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

// Look-alikes an independent read of c33d88e found it holding, and holes it found; every sentence is written here.
describe("notices, lessons and statistics round 66's patterns must not hold", () => {
  it("leaves denials, canteens, a visit to a university, a season, a regulator's reminder and a palace alone", async () => {
    expect(
      await ruleHeldLines([
        ["我们不能保证全程无痛，术后可能有些肿胀", "medical"],
        ["打鼾别硬扛，及时就医。推荐您试试我们的隔音耳塞来改善噪音", "retail"],
        ["恭喜三位同学12月过了六级", "education"],
        ["我们邀请了顶尖高校的教授来做讲座", "education"],
        ["今年夏天是全国有气象记录以来平均气温最高的一年", "retail"],
        ["春运是国内一年中人员流动最多的时候", "auto"],
        ["本机构是首家因违规催收被处罚的机构吗？不是", "finance"],
        ["监管提醒：即将停售、最后一天等用语属于饥饿营销", "insurance"],
        ["故宫养心殿文创上架，附赠讲解卡片", "retail"],
        ["电机散热快，能起到保护电机的作用", "manufacturing"],
        ["住院报销比例为100%", "insurance"],
      ]),
    ).toEqual([]);
    // a canteen notice is no offer: its missing opt-out is advice, not a block
    expect(requiredFindings("【某某小学】本周起食堂推出新菜品，菜单已发班级群", "education", "sms")).toEqual([
      "required.sms_opt_out:warn",
    ]);
    expect(requiredFindings("二手车一车一证，车辆无抵押，支持全款购车", "auto", "moments")).toEqual([]);
    expect(requiredFindings("首套房贷款利率很低，正是装修好时机", "retail", "moments")).toEqual([]);
    // a works notice (分三期施工) offers no credit, so nothing in it is blocked
    expect(
      requiredFindings("【某某物业】小区改造分三期施工，请业主留意", "retail", "sms").filter((finding) =>
        finding.endsWith(":block"),
      ),
    ).toEqual([]);
  });

  it("closes the holes the narrowing opened", async () => {
    await expectBlocks(["好评比例100%", "本品牌已进入顶尖行列"], [], "retail", "absolute");
    await expectBlocks(["30天通过四级，零基础也行"], [], "education", "education_promise");
    await expectBlocks(
      ["VIP群老师跟单，胜率高达85%", "跟投的客户人均赚了不少"],
      [],
      "finance",
      "finance_promise",
    );
    await expectBlocks(
      ["配合运动，我们的代餐粉对身体健康有很好的促进作用"],
      [],
      "food_beverage",
      "medical_claim",
    );
    await expectBlocks(
      ["【某某商城】您的账号安全级别已降低，点击链接升级即可领取红包，退订回T"],
      [],
      "retail",
      "harassment",
      "sms",
    );
  });
});

describe("what makes an SMS marketing, and what opts out of it", () => {
  it("reads a dish launched and a spend-and-save as an offer, and 退订T as an opt-out", () => {
    expect(requiredFindings("【某某小馆】夏季新菜上架，到店满150减20", "food_beverage", "sms")).toEqual([
      "required.sms_opt_out:block",
    ]);
    expect(requiredFindings("【某某超市】周末洗护用品满99减20。退订T", "retail", "sms")).toEqual([]);
  });
});
