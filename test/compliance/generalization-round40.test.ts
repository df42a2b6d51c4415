// What round 40 showed once its first run was recorded. Most of its missed disclosures were AI outbound openings
// that name the caller but never say an AI is calling, which the engine had only advised on: an outbound script
// is read by a voice model (AI外呼), so a named caller still owes the AI line. Its claim families: symptoms asked
// about with the product as the answer, toxins drawn out of the body, "no learner fails", a gadget as the road to
// a key school, a metal's future value foretold, a debtor's household threatened, and worth measured by looks. Its false alarms: a denial that evidence exists, and a victim's
// story that retells the fraudster's offer. Every sentence is written for these tests; each family has look-alikes.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings } from "./fixtures.ts";

describe("an AI outbound opening owes the AI line even when it names the caller", () => {
  it("a named brand without the AI line is blocked with its own rule; one that hides the brand keeps the old one", () => {
    expect(
      requiredFindings("您好，这里是明远口腔，请问您最近有看牙的打算吗？", "medical", "outbound"),
    ).toEqual(["required.outbound_ai_disclosure:block"]);
    expect(
      requiredFindings("您好，我是某某银行的客户经理，您有一笔预审额度可以使用", "finance", "outbound"),
    ).toContain("required.outbound_ai_disclosure:block");
    expect(requiredFindings("您好，请问您最近有看牙的打算吗？", "medical", "outbound")).toEqual([
      "required.outbound_opening:block",
    ]);
  });

  it("an opening that says an AI or an automated voice is calling owes nothing more", () => {
    for (const text of [
      "您好，我是明远口腔的AI助手，请问您最近有看牙的打算吗？",
      "您好，这里是明远口腔智能语音服务，您预约的复诊在周五上午",
      "您好，我是快还借款的智能还款提醒助理，您的账单明天到期",
    ])
      expect(requiredFindings(text, "medical", "outbound")).toEqual([]);
  });
});

describe("claim families named after round 40", () => {
  it("symptoms asked about with the product as the answer, and toxins drawn out of the body", async () => {
    await expectBlocks(
      [
        "嗓子疼？发烧？喝它！",
        "胃胀？便秘？就吃这款",
        "泡一次脚，体内的湿毒都逼出来了",
        "面膜一敷，把皮肤里的毒素吸出来",
      ],
      [
        "嗓子疼？发烧？请及时就医",
        "头疼的时候，用这个方法放松一下肩颈",
        "卸妆要彻底，把毛孔里的脏东西洗干净",
        "排队的顾客请从侧门出去",
      ],
      "health_food",
      "medical_claim",
    );
  });

  it("no learner fails, and a gadget as the road to a key school", async () => {
    await expectBlocks(
      [
        "我们驾校没有教不会的学员",
        "这里没有考不过的考生",
        "孩子用了这个平板就能考上重点",
        "报我们的班肯定能上名校",
      ],
      [
        "没有学不会的知识，只有不够耐心的练习",
        "孩子用这个平板查单词很方便",
        "想考上重点，还要靠孩子自己的努力",
        "我们的班上有学员考上了重点",
      ],
      "education",
      "education_promise",
    );
  });

  it("a metal's or a collectible's future value foretold", async () => {
    await expectBlocks(
      ["铂金资源稀缺，其未来价值必将逐步显现", "这套纪念币的价值以后还会不断上涨", "未来价格一定会持续走高"],
      [
        "金价受市场影响，未来价格可能上涨也可能下跌",
        "品牌价值将不断提升，感谢每一位顾客",
        "这套纪念币的收藏价值因人而异",
      ],
      "jewelry",
      "finance_promise",
    );
  });
});

describe("threats and looks named after round 40", () => {
  it("a debtor's household threatened", async () => {
    await expectBlocks(
      ["欠钱不还，让你家里人都别想好过", "再拖着不还款，你全家不得安宁", "逾期不处理，你父母也要跟着倒霉"],
      [
        "祝您全家安康，万事如意",
        "隔壁施工吵得一家人不得安宁？装上隔音窗就好了",
        "若不取消自动续费，每年将扣除1200元，可在设置中关闭",
      ],
      "finance",
      "harassment",
      "sms",
    );
  });

  it("worth measured by looks in a clinic's slogan", async () => {
    await expectBlocks(
      ["读得好不如长得好，来做个双眼皮吧", "女人不漂亮，老公留不住"],
      ["学得好也要睡得好，考前请保证睡眠", "漂亮不漂亮，自己喜欢最重要"],
      "medical",
      "harassment",
    );
  });
});

describe("round 40's false alarms", () => {
  it("a denial that evidence exists clears the claim it denies", async () => {
    const verdict = await checkLine(
      "鱼油或许对视力有些帮助，不过现在还没有确切的证据显示孩子吃鱼油能预防或控制近视",
      "mother_baby",
    );
    expect(flaggedFindings(verdict)).toEqual([]);
    // a claim made after the denial, past a turn, is still found (a reviewer sees it)
    const claim = await checkLine("没有证据证明别家的有用，但我们的护眼贴能预防近视", "mother_baby");
    expect(claim.findings.some((finding) => finding.label === "medical_claim")).toBe(true);
  });

  it("a victim's story retells the fraudster's offer without making one", () => {
    expect(
      requiredFindings(
        "一名受害人收到冒充银行的短信，称可提升信用额度5万元，详情点击链接申请，随后其信用卡被盗刷8000元",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(requiredFindings("您的信用额度可提升至5万元，详情点击链接申请", "finance", "moments")).toContain(
      "required.loan_disclosure:block",
    );
  });
});

// An independent read of these changes wrote about a hundred sentences against them; these are the kinds it found
// misjudged, each fixed (a charge threatened unless the reader cancels was dropped: a lawful renewal reminder has
// the same shape).
describe("what an independent read of round 40's changes found", () => {
  it("an opening that says the caller is virtual, automated or recorded has said it is no person", () => {
    for (const text of [
      "您好，我是和信银行的虚拟坐席小和，您的账单已出",
      "您好，这里是优选商城，本次来电由系统自动拨打，想确认您的收货地址",
      "您好，我是启明教育的A.I.助教，想问下孩子有补课打算吗？",
      "您好，这是一通来自安和保险的预录语音通知，您的保单下月到期",
    ])
      expect(requiredFindings(text, "retail", "outbound")).toEqual([]);
    // a brand whose name holds the letters ai, or a smart-home help desk, says no such thing
    for (const text of [
      "您好，我是Haier海尔专卖店的客服小王，想问下空调需要清洗吗？",
      "您好，我是某某智能家居客服小赵，您的门锁用着还顺手吗？",
    ])
      expect(requiredFindings(text, "retail", "outbound")).toEqual(["required.outbound_ai_disclosure:block"]);
  });

  it("figures of speech, first aid and leaching tests are no health claims", async () => {
    await expectBlocks(
      ["熬夜上火？嗓子疼？喝这款就对了", "咳嗽老不好？试试这款枇杷膏"],
      [
        "今晚想吃红烧？选这款！",
        "打游戏手痒？选这款手柄！",
        "辅导作业头疼？用这个计划表！",
        "被蛇咬伤千万不要用嘴吸出毒素，尽快送医",
        "本款瓷碗铅汞析出量经检测合格",
      ],
      "health_food",
      "medical_claim",
    );
  });

  it("a saying disowned, a class attended and a value that is no price are no promises", async () => {
    await expectBlocks(
      [],
      ["常有人说“没有教不会的学生”，我们只敢说尽力教好每一位", "用这款App可以上北大的公开课"],
      "education",
      "education_promise",
    );
    await expectBlocks(
      [],
      ["未来金价还会上涨吗？没人能预测，请理性购买", "这枚戒指的价值会慢慢体现在每一次佩戴里"],
      "jewelry",
      "finance_promise",
    );
    await expectBlocks([], ["谁说女孩不漂亮就没人爱？做自己就好"], "beauty", "harassment");
  });

  it("a denial of evidence that boasts over rivals is the seller's claim; one that names 暂无 or 证实 is a denial", async () => {
    await expectBlocks(
      ["没有数据显示别的机构能像我们一样保证一次通过"],
      ["目前暂无证据表明补充DHA能让孩子考上重点", "科学界至今拿不出证据说明这类课程能保证一次通过"],
      "education",
      "education_promise",
    );
  });

  it("a product sold against fraud names no victim, so it still owes its disclosure", () => {
    expect(
      requiredFindings("防盗刷信用卡新上线，额度最高5万，点击链接立即申请", "finance", "moments"),
    ).toContain("required.loan_disclosure:block");
    expect(
      requiredFindings("市民小刘收到短信称可提升额度至10万元，点击链接后损失了8000元", "finance", "moments"),
    ).toEqual([]);
  });
});
