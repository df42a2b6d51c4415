// Kinds of real copy the engine let through (round 10, from the first runs of sets of published wording kept
// outside the repository): loans approved on an ID card or announced to people who never applied, pay per
// minutes of work, collectors announcing visits, lookup services and data-trade slang, clinics claiming cures,
// years taken off a face, new face shapes, symptoms that vanish, slimming from a pill or while asleep, products
// named for the organ they heal, a guarantee joined to a gain, income sold with a course or a certificate, food
// sold on bowel, sleep or cough effects, refunds for a failed exam, scope superlatives; and the compliant side
// of each. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { checkRequiredElements } from "../../src/compliance/required/required-elements.ts";
import { checkLine, requiredFindings, ruleBlocks } from "./fixtures.ts";

type Case = [text: string, industry: string, channel: string];

const violations: Record<string, Case[]> = {
  finance_promise: [
    ["跟着我们操作，保证你能赚钱", "finance", "private"],
    ["这只票一个月赚20%没问题", "finance", "private"],
    ["不用抵押，凭身份证就能贷款，当天到账", "finance", "moments"],
    ["无征信也能办，最快一小时下款", "finance", "moments"],
    ["不看职业不面审，额度最高30万", "finance", "moments"],
    ["【某某普惠】尊敬的用户，您的资质已审核通过，可借额度8万元，点此领取", "finance", "sms"],
    ["【某某】您的预授信额度将于本月底失效，请尽快激活", "finance", "sms"],
    ["急用钱找我们，最快10分钟到账", "finance", "moments"],
    ["宝妈在家兼职，一部手机20分钟赚300元", "retail", "moments"],
    ["加入我们团队，躺着也能赚钱，月入过万", "retail", "moments"],
    ["宝妈足不出户做兼职，日赚三百元", "retail", "moments"],
    ["在家动动手指就能赚钱，提成日结", "retail", "group"],
    ["临街商铺，买下只等坐收租金", "retail", "moments"],
    ["新项目上线，年息18%，即投即计息", "finance", "moments"],
  ],
  harassment: [
    ["你不还我就不可能不给你打，天天打", "finance", "outbound"],
    ["我们会在你公司群里@你领导，问问这钱什么时候还", "finance", "private"],
    ["【某某资产】你的欠款已逾期90天，我司已安排外访专员明日到你户籍地走访核实", "finance", "sms"],
    ["张某某，你拖欠的债务仍未处理，催收组今日出发前往你家中，届时联合当地居委陪同清收", "finance", "sms"],
    ["你的逾期款项仍未处理，已派专员上门，请在家等候", "finance", "sms"],
    ["外访人员明天上门，请做好准备", "finance", "sms"],
  ],
  pii: [
    ["帮我弄点客户资料，有姓名和电话就行", "retail", "private"],
    ["只要提供对方手机号，就可以查出他的住址和身份证号，200一次", "finance", "private"],
    ["专业查询，能查到机主的户籍和通话记录，保密", "finance", "group"],
    ["出各地宝妈料、车主料，量大从优", "retail", "private"],
    ["学生家长电话五毛一条，打包更便宜", "retail", "private"],
    ["手上有两万条业主信息，需要的私", "retail", "private"],
    ["提供手机定位行踪服务，保密", "retail", "private"],
  ],
  medical_claim: [
    ["纤体软糖，一颗闪电瘦，睡着也能瘦", "health_food", "moments"],
    ["塑身衣穿上，当场小两个尺码，腰围减3厘米", "beauty", "moments"],
    ["7到10天见效，打造易瘦体质", "health_food", "moments"],
    ["店里新到养胃茶、护肝酒，送长辈正合适", "food_beverage", "moments"],
    ["热玛吉做完，下颌线有效提升，双下巴直接变小", "medical", "moments"],
    ["吃满两个月血脂没有明显变化，我们全额退款", "health_food", "group"],
    ["小V脸仪器，每天十分钟，方脸也能变成瓜子脸", "beauty", "moments"],
    ["本诊所专治各类疑难杂症，祖传方子能治疗三十多种皮肤病", "medical", "moments"],
    ["我们的老中医看好了上千例患者，可治肿瘤", "medical", "moments"],
    ["寒是万病之源，来我们馆做艾灸排寒", "medical", "moments"],
    ["微创手术，创伤小恢复快，当天出院", "medical", "moments"],
    ["全口种植牙，上午做完当天就能正常吃饭", "medical", "moments"],
    ["热玛吉做一次，至少年轻五岁，把青春定格在二十八", "medical", "moments"],
    ["这瓶眼霜用完，眼周年轻10岁，细纹全不见", "beauty", "moments"],
    ["艾草护膝专治老寒腿，戴上膝盖不再冷痛", "retail", "moments"],
    ["西梅汁每天一瓶，促进肠道蠕动，早上轻松排便", "food_beverage", "moments"],
    ["这款乳胶枕促进睡眠，一觉醒来精神倍增", "retail", "moments"],
    ["我们的黑茶在好多地方都被用来治病", "food_beverage", "moments"],
    ["山楂糕常吃远离胆囊病，老人小孩都爱", "food_beverage", "moments"],
    ["这款红枣姜茶能缓解宫寒痛经，调理肩周炎", "food_beverage", "moments"],
    ["李大爷吃了三个月，血压稳定在正常范围了", "health_food", "moments"],
    ["秋梨膏天天喝，止咳化痰嗓子舒服", "food_beverage", "moments"],
    ["贴上膏药，半个月腰腿疼痛随之消失", "pharma", "moments"],
  ],
  education_promise: [
    ["学完就能接单，月入过万不是梦", "education", "moments"],
    ["考下这个证书，挂靠费一年多赚两万", "education", "moments"],
    ["成人本科，免考渠道，半年拿学历", "education", "private"],
    ["交钱保证能进重点初中", "education", "private"],
    ["名校保底录取计划，本科申请无条件录取", "education", "moments"],
    ["北京顶级权威考研专家亲自授课", "education", "moments"],
    ["喜报！我校学员包揽2025年全省联考音乐类状元、榜眼", "education", "moments"],
    ["交了定金，英国前50的学校随便挑", "education", "private"],
    ["面试班：面试没通过全额退学费", "education", "moments"],
    ["考编有内部资源，名额紧张", "education", "moments"],
  ],
  absolute: [
    ["本店是全市规模最大的家电卖场", "retail", "moments"],
    ["同城实力最强的装修公司，欢迎比较", "retail", "moments"],
    ["国内最大的职业技能实训基地，等你来", "education", "moments"],
    ["签约世界顶尖院校，名额有限", "education", "moments"],
    ["全国首家24小时无人书店", "retail", "moments"],
    ["城市最核心地段，稀缺房源", "retail", "moments"],
  ],
};

// Look-alikes: the same words in a prospectus, a referral, a warning, a service notice or plain description.
const compliant: Case[] = [
  ["我们不保证你能赚钱，投资前请做好风险测评。", "finance", "moments"],
  ["理财要警惕“保证赚钱”的说法，天上不会掉馅饼，谨防上当受骗。", "finance", "moments"],
  ["减重没有捷径，均衡饮食加规律运动，一个月瘦二三斤就很好了。", "health_food", "moments"],
  ["这件连衣裙收腰设计，显瘦又遮肉，尺码标准。", "beauty", "moments"],
  ["这款大麦茶焙炒香浓，餐后来一杯很解腻。", "food_beverage", "moments"],
  ["面部提升项目需医生面诊评估，效果因人而异，术后注意防晒。", "medical", "moments"],
  ["本课程结业后颁发结业证书，就业情况因人而异，我们不承诺就业。", "education", "moments"],
  ["学完这门课，你可以自己做简单的视频剪辑。", "education", "moments"],
  ["本店开业三周年，全场家电满3000减300。", "retail", "moments"],
  ["好的，既然您不需要，我们不会再给您打电话了，祝您生活愉快。", "finance", "outbound"],
  ["您好，请核对一下收件人姓名和电话是否正确，我们明天发货。", "retail", "private"],
  ["洗牙后牙龈轻微出血属正常现象，一般1至2天缓解。", "medical", "moments"],
  ["学习3个月后，大部分同学能独立完成基础练习。", "education", "moments"],
  [
    "本基金经中国证监会注册，但注册不意味着投资于本基金没有风险，请投资者仔细阅读基金合同。",
    "finance",
    "moments",
  ],
  ["申请贷款需提供身份证、收入证明和征信授权，额度和利率以审批结果为准。", "finance", "moments"],
  ["借款前请看清：日息0.05%折合年化约18.25%，量力而借。", "finance", "moments"],
  ["三年期定期存款年利率2.6%，详情请咨询网点柜台。", "finance", "moments"],
  ["反诈提醒：网上“日赚千元”的刷单兼职都是诈骗，请勿相信。", "finance", "moments"],
  ["兼职店员招聘，时薪25元，工作地点在店内，欢迎咨询。", "retail", "moments"],
  ["安装师傅将于明天上午上门安装空调，请保持电话畅通。", "retail", "moments"],
  ["快递员明天上门取件，请保持电话畅通。", "retail", "moments"],
  ["反诈提醒：自称“只要一个手机号就能查到对方住址”的都是骗子，请勿相信。", "finance", "moments"],
  ["家里老人膝盖怕冷的，可以试试这款加厚护膝，冬天出门更暖和。", "retail", "moments"],
  ["本院皮肤科周二、周四专家门诊，挂号请通过官方公众号预约。", "medical", "moments"],
  ["种植牙术后24小时内请勿用患侧咀嚼，饮食以温凉软食为主。", "medical", "moments"],
  ["本品用于感冒引起的头痛、发热，症状消失后请停止服用，详见说明书。", "pharma", "moments"],
  ["身体不舒服、治疗疾病请到正规医院就诊，保健食品不能代替药物。", "health_food", "moments"],
  ["高血压患者请遵医嘱服药，定期测量血压，保持清淡饮食。", "health_food", "moments"],
  ["西梅汁配料只有西梅和水，不额外加糖，早餐搭配一杯刚刚好。", "food_beverage", "moments"],
  ["毛孔粗大、皮肤干燥的症状，可以从清洁和保湿做起。", "beauty", "moments"],
  ["这只小狗比它哥哥小两岁，性格更活泼。", "retail", "moments"],
  ["我们不承诺录取结果，会根据学生的背景给出选校建议和文书辅导。", "education", "moments"],
  ["本次面试未通过的同学，可以预约一对一复盘，分析失分原因。", "education", "moments"],
  ["警惕“保底录取”“名校直通车”等噱头，选择机构请查看办学资质。", "education", "moments"],
  ["这家书店位于老城中心，周末有读书会。", "retail", "moments"],
];

describe("generalization fixes (round 10)", () => {
  for (const [label, cases] of Object.entries(violations)) {
    it(`rules block each ${label} form`, async () => {
      for (const [text, industry, channel] of cases) {
        expect(ruleBlocks(await checkLine(text, industry, channel), label), text).toBe(true);
      }
    });
  }

  it("leaves the look-alikes without a rule block", async () => {
    for (const [text, industry, channel] of compliant) {
      const verdict = await checkLine(text, industry, channel);
      const blocks = verdict.findings.filter((f) => f.source === "rule" && f.severity === "block");
      expect(
        blocks.map((f) => `${f.rule_id}:${f.excerpt}`),
        text,
      ).toEqual([]);
    }
  });

  it("an ambiguous term that begins inside the word before it is not the term", async () => {
    const blocks = async (text: string, industry: string) =>
      (await checkLine(text, industry, "group")).findings
        .filter((f) => f.severity === "block")
        .map((f) => f.rule_id);
    expect(await blocks("学校尽量确保本学区内符合条件的适龄儿童就近入学。", "education")).toEqual([]);
    expect(await blocks("资料我已经打包过来了，课前看一下。", "education")).toEqual([]);
    // the term standing as its own word, or after a negation that jieba joins to the word before, still counts
    expect(await blocks("这款理财承诺保本，到期还本付息。", "finance")).toContain("fin.guarantee");
    expect(await blocks("减下来以后绝不反弹。", "beauty")).not.toEqual([]);
  });

  it("a consumer authority's tip names cures to say there are none", async () => {
    const tip = await checkLine(
      "中消协提醒：目前医学上近视不能治愈，防控近视重在预防，户外活动才是良方。",
      "medical",
    );
    expect(tip.findings.filter((f) => f.severity === "block" || f.source === "model")).toEqual([]);
    const second = await checkLine(
      "消费提示：近视不可逆，不能治愈，防控重在预防，抓早抓小是关键。",
      "medical",
    );
    expect(second.findings.filter((f) => f.severity === "block" || f.source === "model")).toEqual([]);
    const ad = await checkLine("近视能治愈，三个疗程恢复视力。", "medical");
    expect(ad.verdict).toBe("block");
  });

  it("an outbound caller naming only a desk hides who calls; a named bank without the AI line owes it", () => {
    const outbound = (text: string) => requiredFindings(text, "finance", "outbound");
    expect(outbound("您好，我是贷款服务中心的客户经理，您这边最近有资金需求吗")).toEqual([
      "required.outbound_opening:block",
    ]);
    expect(outbound("您好，我是安信银行信用卡中心的客户经理，想跟您确认一下账单地址")).toEqual([
      "required.outbound_ai_disclosure:block",
    ]);
  });

  it("a risk line in other words, a consumer warning and a notice to an applicant owe no added risk line", () => {
    const required = (text: string, industry: string, channel: string) =>
      checkRequiredElements({ text, industry: industry as never, channel: channel as never }).map(
        (f) => f.rule_id,
      );
    expect(
      required("投资者的实际收益由产品净值决定，实际收益率有可能低于业绩比较基准。", "finance", "moments"),
    ).toEqual([]);
    expect(
      required(
        "消费者不应轻信“高收益”“保本”等不实宣传，购买保险请认真阅读合同条款。",
        "insurance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      required(
        "【安信银行】您申请的个人消费贷款已审批通过，请登录手机银行查看合同。回T退订",
        "finance",
        "sms",
      ),
    ).toEqual([]);
    expect(
      required("【安信银行】您的信用卡额度已调整，详情请登录手机银行查看。回T退订", "finance", "sms"),
    ).toEqual([]);
    expect(
      required(
        "在此提醒广大投资者，从事证券投资咨询业务必须依法取得业务许可，请核实对方资质后再交费。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    // a debunking and a how-to-choose tip describe finance and insurance, they do not sell them
    expect(
      required(
        "这类产品展示的回报数据是假的，宣称投资的项目根本不存在，请大家注意甄别。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      required("买医疗险要特别留意等待期，等待期内出险不予赔付，续保条件也要看清。", "insurance", "moments"),
    ).toEqual([]);
    expect(
      required(
        "重疾险新品上线，保额50万，年缴3000元，扫码投保，特别留意优惠截止日。",
        "insurance",
        "moments",
      ),
    ).toEqual(["required.insurance_warning"]);
    // an offer still owes it
    expect(required("稳健理财新品，业绩比较基准3.5%，扫码购买。", "finance", "moments")).toEqual([
      "required.risk_warning",
    ]);
  });
});
