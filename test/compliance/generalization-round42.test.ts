// Round 42 and what the reads of round 40 left. A product, a course or a firm whose name holds an AI word
// (扫地机器人, AI学习机, 人工智能编程营) says what is sold, not that an AI is calling. Round 42's misses: a cream sold as an
// injection or a face-lift, sexual function improved, a nation's "first", an invitation to re-invest without the
// risk line; its false alarms: a health food's registered function named beside a disclaimer, a change of a plan's
// minimum and a notice to holders. Every sentence is written for these tests; each family has look-alikes.
import { describe, expect, it } from "vitest";
import { checkLine, expectBlocks, requiredFindings } from "./fixtures.ts";

describe("an AI word inside a product's or a firm's name is no AI line", () => {
  it("a caller from a firm or product named for AI still owes the AI line", () => {
    for (const text of [
      "您好，我是童程人工智能编程营的课程顾问小李，想跟您介绍一下暑期班。",
      "您好，这里是清洁宝扫地机器人售后，您的机器保修快到期了。",
      "您好，我是星火AI学习机的顾问王老师，您家孩子今年几年级了？",
      "您好，我是智启机器人科技的销售小周，想约您看一下新品。",
    ])
      expect(requiredFindings(text, "education", "outbound")).toEqual([
        "required.outbound_ai_disclosure:block",
      ]);
  });

  it("an AI that calls for such a firm has said so", () => {
    for (const text of [
      "您好，我是星火AI学习机的AI助手，您家孩子今年几年级了？",
      "您好，我是启航教育的AI课程助理，想问一下孩子读几年级呢？",
      "您好，我是智启机器人公司的智能客服，来电回访一下。",
      "您好，我是某某银行AI客服中心的小安，来电提醒账单。",
    ])
      expect(requiredFindings(text, "education", "outbound")).toEqual([]);
  });
});

describe("claim families named after round 42", () => {
  it("a cream sold as an injection, a face-lift or an eraser of wrinkles", async () => {
    await expectBlocks(
      [
        "这支精华就是涂出来的水光针",
        "效果堪比热玛吉的紧致面霜",
        "眼霜一抹就有拉皮般的紧致",
        "细纹的橡皮擦，一抹即平",
      ],
      ["热玛吉术后建议使用温和的修护霜", "面霜不能代替医美项目", "橡皮擦造型的可爱笔袋"],
      "beauty",
      "medical_claim",
    );
  });

  it("sexual function said to be improved", async () => {
    await expectBlocks(
      ["这款胶囊能增强男性性能力", "坚持饮用改善性功能"],
      ["本品不能代替药物，请勿夸大功效", "男性健康讲座：科学认识前列腺"],
      "health_food",
      "medical_claim",
    );
  });

  it("a nation's first", async () => {
    await expectBlocks(
      ["这是名副其实的中华第一酥", "华夏第一鲜酱油"],
      ["中华传统糕点的第一步是和面", "华夏文明第一课，欢迎带孩子来听"],
      "food_beverage",
      "absolute",
    );
  });

  it("an invitation to re-invest owes the risk line", () => {
    expect(
      requiredFindings(
        "【某财富】您的理财订单即将到期，提前续投享专属服务，登录APP一键续投。退订回T",
        "finance",
        "sms",
      ),
    ).toContain("required.risk_warning:block");
    expect(
      requiredFindings(
        "【某财富】您的理财订单已到期，本金和收益已返还至您的银行卡。退订回T",
        "finance",
        "sms",
      ),
    ).toEqual([]);
  });
});

describe("round 42's false alarms", () => {
  it("a health food's registered function is what its approval lets it say, beside a disclaimer", async () => {
    for (const text of [
      "这款鱼油的作用是调节机能（比如提高免疫力、辅助降血脂）",
      "本品属于保健食品，不是药，主要用于调节身体机能，例如辅助降血压",
    ]) {
      const verdict = await checkLine(text, "health_food", "group");
      expect(verdict.findings.filter((finding) => finding.severity === "block")).toEqual([]);
    }
    await expectBlocks(
      ["喝了它降血糖效果特别好", "本品辅助降血脂，治好了我的高血压"],
      [],
      "health_food",
      "medical_claim",
    );
  });

  it("a change of a plan's minimum and a notice to holders sell nothing", () => {
    expect(
      requiredFindings("自下月1日起，本行积存金定投计划的起投金额由500元调整为800元。", "finance", "group"),
    ).toEqual([]);
    expect(
      requiredFindings("近期债市波动较大，您持有的债券基金净值可能出现回撤。", "finance", "sms"),
    ).not.toContain("required.sms_opt_out:block");
    // the same change sold with a yield and a call to buy is an advert
    expect(
      requiredFindings("本行理财起投金额由1万元下调为1000元，年化4%，欢迎选购", "finance", "group"),
    ).toContain("required.risk_warning:block");
  });
});

// Vulgar and sexual adverts, a sex or a disability run down, and job ads asking for looks: written after published
// penalty cases (a helper's 205 lines in its own words; the rules were written on half of them and measured on the
// other half, see evals/compliance/real-heldout/README.md, round 42).
describe("vulgar adverts, denigration and looks in job ads", () => {
  it("a bedroom joke, an oath or a body part as the selling line", async () => {
    await expectBlocks(
      [
        "新款烤肠又粗又硬，姐妹们今晚试试",
        "周五来店里白嫖一杯柠檬茶",
        "新开的烤吧包你今晚下不了床",
        "买二送一，他妈的太划算了",
        "B杯九折、D杯半价，女士专享",
        "车展模特今天穿得特别少，快来养养眼",
      ],
      [
        "新款烤肠又香又脆，宵夜就它了",
        "老面馒头又大又硬，泡汤最香",
        "机场接送服务，准时到飞机场等您",
        "无犯罪记录证明（俗称良民证）怎么开",
        "宝宝大腿根容易红，洗完要擦干",
        "腰突疼起来让人下不了床，请尽早就医",
        "想上哪位老师的课就选谁，试听免费",
        "孕妇内衣从B到D都能穿，胸围变化也不勒",
        "月饼又大又圆，一家人分着吃",
        "术后三天下不了床属正常，请遵医嘱",
        "孕妇内衣按罩杯尺码选购，详见尺码表",
        "某品牌因低俗广告语“今晚别让她下床”被责令整改",
      ],
      "food_beverage",
      "harassment",
    );
  });

  it("a sex, a disability or a daughter run down to sell", async () => {
    await expectBlocks(
      [
        "女人天生理不了财，交给我们就对了",
        "女儿终归是泼出去的水，养老还得靠这份年金",
        "聋子都听得见的低价，快来抢",
        "爱一个男人不如买个包",
      ],
      [
        "女性理财沙龙周六开讲，欢迎报名",
        "打破“女人理不了财”的刻板印象，从记账开始",
        "助听器验配服务，听力师一对一调试",
      ],
      "finance",
      "harassment",
    );
  });

  it("a job ad that asks for looks, a blood type or no marriage", async () => {
    await expectBlocks(
      ["诚聘前台，颜值高、身材好，结过婚的不要", "招出纳一名，限A型血，属相不冲"],
      ["诚聘前台，男女不限，能熟练使用办公软件", "招仓管，需能搬运25公斤货物"],
      "manufacturing",
      "harassment",
    );
  });
});

// Round 42 missed a pharmacy's post for a prescription medicine. Such medicines may be advertised only in medical
// journals, so one put on sale in a post, a group or an SMS is an advert the law forbids, whatever it claims.
describe("a prescription medicine put on sale to the public", () => {
  it("a price, a stock notice or a way to buy is an advert; advice on taking it is not", async () => {
    await expectBlocks(
      [
        "西地那非片今日到货，4片装128元，私信下单",
        "限时秒杀：阿莫西林胶囊两盒包邮",
        "减肥针司美格鲁肽现货，扫码咨询购买",
      ],
      [
        "阿莫西林需凭医师处方购买，请遵医嘱服用",
        "提醒：服用二甲双胍期间请定期监测血糖",
        "某药店在群里发布西地那非特价广告被罚款",
      ],
      "pharma",
      "medical_claim",
      "group",
    );
  });
});

describe("education results no course gives", () => {
  it("a certificate sold on the rent a firm pays for it, and powers sold as a course's result", async () => {
    await expectBlocks(
      [
        "考个二级建造师，挂靠到企业，一年躺赚6万",
        "专注力课程：孩子学完能蒙眼认字",
        "速读营：一分钟读完三万字",
      ],
      [
        "建造师证书严禁挂靠，一经查实吊销注册",
        "量子速读是伪科学，家长别信",
        "阅读提速课：从每分钟300字练到500字",
      ],
      "education",
      "education_promise",
    );
  });
});

// An independent read of round 42's changes wrote 122 sentences against them: 84 were right before the mends below,
// 118 after (the read's own sentences, so tuned on). These are the kinds it found misjudged, each mended.
describe("what an independent read of round 42's changes found", () => {
  it("a sex's prejudice quoted to refute it, a symptom, a salon's work and a blood bank's appeal are no denigration", async () => {
    await expectBlocks(
      ["女生学不会数学，报我们班也没用", "招收银员，要求颜值高，已婚的不要"],
      [
        "谁说女生学不会编程？我们偏不信，女生班开课了",
        "女性不行经超过三个月请就医",
        "理发店招学徒，学成能给顾客剪出颜值高的发型",
        "血站招募志愿者：O型血库存告急，欢迎献血",
      ],
      "education",
      "harassment",
    );
  });

  it("a drug's pickup notice, an idiom and a food-safety note are no prescription advert", async () => {
    // one drug list for both word orders: a promotion before any listed drug is an advert too
    await expectBlocks(
      ["罗红霉素胶囊今天特价9.9元，私信下单", "限时特惠：阿托伐他汀钙片", "秒杀：瑞舒伐他汀两盒"],
      [
        "您预约的西地那非已到货，请携带处方到店取药",
        "金戈铁马系列男士手镯限时优惠",
        "通报：某药店在群里推销司美格鲁肽，标价999元，已立案查处",
      ],
      "pharma",
      "medical_claim",
      "group",
    );
  });

  it("rehabilitation, a doctor's advice and a denial are no sexual or cosmetic claim", async () => {
    await expectBlocks(
      ["喝这款酒能增强性功能"],
      ["恢复性功能训练改到周三下午", "改善性功能要先查明病因，别乱买药"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["这款精华是涂出来的水光针"],
      ["面霜不等于手术，也替代不了医美", "本店不宣传替代手术的效果", "洗脸别用毛巾擦拉皮肤"],
      "beauty",
      "medical_claim",
    );
  });

  it("a place's byname is no rank of the seller's", async () => {
    await expectBlocks(
      ["本店烤鸭是华夏第一鸭"],
      ["研学团参观被誉为华夏第一都城的遗址"],
      "education",
      "absolute",
    );
  });

  it("a notice that it will not re-invest sells nothing; a lowered minimum sold on its return still sells", () => {
    expect(
      requiredFindings(
        "【某银行】您的理财将于6月30日到期，到期不自动续投，本金和收益次日返还。回T退订",
        "finance",
        "sms",
      ),
    ).toEqual([]);
    expect(
      requiredFindings("我们的定投起投金额由100元下调至10元，每月坚持投，收益慢慢来", "finance", "moments"),
    ).toContain("required.risk_warning:block");
  });

  it("a robot that calls itself one, an AI teaching assistant, a caller acting for a brand and a plain question", () => {
    for (const text of [
      "您好，我是陪伴机器人小乐，代表乐伴科技给您来电，想问问宝宝用得怎么样？",
      "您好，我是AI编程课的智能助教小码，提醒孩子今晚有直播课",
      "您好，这是一通AI拨打的电话，我代表安宁保险想跟您核对保单信息",
      "您好，我是人工智能助理小安，受安宁保险委托来电，想确认您的续保意向，方便吗？",
    ])
      expect(requiredFindings(text, "insurance", "outbound")).toEqual([]);
    expect(requiredFindings("您好，我代表客户想跟您聊聊", "insurance", "outbound")).toEqual([
      "required.outbound_opening:block",
    ]);
  });
});

// Round 43's misses once its first run was recorded: training sold on the income it brings, a product said to be the
// only one that works or to have no rival, and the principal promised back at term by a seller of something else.
describe("claim families named after round 43", () => {
  it("a course or a certificate sold on the income it brings", async () => {
    await expectBlocks(
      [
        "剪辑课零基础包就业，学完月入过万",
        "考个营养师证，拿到证书就能兼职赚钱",
        "直播带货培训：学会即可接单变现，结业即成单",
      ],
      ["毕业生就业去向以学校年度报告为准", "学完可参加招聘会，我们不承诺就业", "课程讲授剪辑软件的基本操作"],
      "education",
      "education_promise",
    );
  });

  it("the only product that works, or one without a rival", async () => {
    await expectBlocks(
      ["这款滤芯，只有它能做到十年不换", "目前没有任何一款同类产品能达到我们的净化效果"],
      ["只有会员才能参加周末活动", "目前没有任何药物能根治糖尿病，请遵医嘱", "谁说只有它能做到？我们也可以"],
      "retail",
      "absolute",
    );
  });

  it("the principal promised back at term by a seller of something else", async () => {
    await expectBlocks(
      ["预交五万元锁定养老床位，合同到期全额退还本金"],
      [
        "定期存款到期归还本金和利息",
        "您的理财已到期，本金和收益已返还至银行卡",
        "谨防所谓期满退还本金的养老骗局",
      ],
      "retail",
      "finance_promise",
    );
  });
});

// A read of round 43's rules (90 sentences): 59 right before them and after, three won and three lost. The three
// lost are mended: a pet that alone opens a door, and a borrower told to repay the principal at term.
describe("what a read of round 43's rules found", () => {
  it("a cat's trick and a repayment reminder are no claims; the principal named first is still promised", async () => {
    await expectBlocks(["只有本店能做到当天送达"], ["家里两只狗，只有它能听懂口令"], "pets", "absolute");
    await expectBlocks(
      ["会员卡三年期满本金全额退还"],
      ["您的借款下月到期，请按时归还本金及利息", "提醒您贷款到期需归还本金3000元"],
      "finance",
      "finance_promise",
      "sms",
    );
    await expectBlocks(["烘焙培训先学习后就业，月薪五千起"], [], "education", "education_promise");
  });
});
