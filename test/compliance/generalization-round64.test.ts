// Round 64, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings, ruleHeldLines } from "./fixtures.ts";

describe("round 64's missed claims", () => {
  it("a habit broken by the clock, a germ reduced by toothpaste, follicles revived by shampoo", async () => {
    await expectBlocks(
      ["这款草本香薰，五天就能戒烟"],
      ["吸烟有害健康，戒烟请咨询医生"],
      "retail",
      "medical_claim",
    );
    await expectBlocks(
      ["这支牙膏能减少幽门螺杆菌", "新配方洗发水焕活毛囊"],
      ["牙膏请放在儿童够不到的地方", "洗发后用温水冲净"],
      "beauty",
      "medical_claim",
    );
  });

  it("a formula for the gut, a drink against internal heat", async () => {
    await expectBlocks(
      ["这款奶粉添加益生元，维护肠道健康", "孩子怕上火就喝这款凉茶"],
      ["奶粉冲调水温请控制在40度左右"],
      "mother_baby",
      "medical_claim",
    );
  });

  it("investors repaid in full by a guarantor, the stake back within the month", async () => {
    await expectBlocks(
      ["合作担保公司保证按期足额兑付给出借人", "本月投资，当月就能收回成本"],
      ["平台不保证足额兑付，出借有风险", "投资回收期视经营情况而定"],
      "finance",
      "finance_promise",
    );
  });

  it("a rate cut sold as the last chance", async () => {
    await expectBlocks(
      ["这款年金险，利率下调之前最后的机会，抓紧"],
      ["预定利率调整以监管通知为准"],
      "insurance",
      "harassment",
    );
  });

  it("a wage stated as what graduates get, another country's largest", async () => {
    await expectBlocks(
      ["学员结业后可获得9000-13000的月薪"],
      ["本课程结业后颁发结业证书"],
      "education",
      "education_promise",
    );
    await expectBlocks(
      ["我们合作的是加拿大最大的语言学校"],
      ["学校位于加拿大多伦多市中心"],
      "education",
      "absolute",
    );
  });
});

describe("round 64's false alarms", () => {
  it("a new rate put into force for existing users, a launch, advice on timing", async () => {
    expect(
      requiredFindings(
        "通知：您持有的稳享计划年化利率将于下月1日起执行新利率，详情见账户页面。",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      await ruleHeldLines([
        ["汽车频道：本周全球首发上市新车一览", "auto"],
        ["驱虫后两天别给狗狗洗澡，这样驱虫效果最好", "pets"],
      ]),
    ).toEqual([]);
  });
});

// Look-alikes an independent read of this session's patterns found them holding; every sentence is written here.
describe("advice, statistics and titles the session's new patterns must not hold", () => {
  it("leaves advice, a symptom, a coupon's condition, a city, a title and a dated price change alone", async () => {
    expect(
      await ruleHeldLines([
        ["拔牙前一周请戒烟，有利于伤口恢复", "medical"],
        ["牙周炎早期往往感觉不到疼痛，请定期检查", "medical"],
        ["有的祛斑产品见效快但不安全，请谨慎选择", "beauty"],
        ["吃饭用公筷，减少幽门螺杆菌传播", "food_beverage"],
        ["满199的用户有效，每人限用一张", "retail"],
        ["本店所有产品中最多可减30元", "retail"],
        ["暑期游学去英国最大的城市伦敦", "education"],
        ["作为市级农业产业化龙头企业，我们坚持订单种植", "manufacturing"],
        ["我们会永远不断改进产品", "manufacturing"],
        ["这个阶段的成绩会影响孩子升学，家长要重视", "education"],
        ["这门考试十个人里只有两个能通过，请提前准备", "education"],
        ["过去十年人民币对美元年均升值幅度约为1%", "finance"],
        ["5月1日起调价，调价前最后一批按原价发货", "retail"],
        ["主题基金布局抗衰老赛道，投资有风险", "finance"],
      ]),
    ).toEqual([]);
  });
});
