// Round 57, each judged by what the words do. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";
import { checkLine, expectBlocks, flaggedFindings, requiredFindings, ruleHeldLines } from "./fixtures.ts";

function mobiles(text: string): string[] {
  return scanPii(text, foldSameLength(text))
    .filter((finding) => finding.rule_id === "pii.mobile")
    .map((finding) => finding.excerpt);
}

describe("round 57's missed claims", () => {
  it("organs made young again, a pet's tear stains removed", async () => {
    await expectBlocks(
      ["这款人参片能修复五脏器官的老化"],
      ["随着年龄增长，器官功能会逐渐退化，请定期体检"],
      "health_food",
      "medical_claim",
    );
    await expectBlocks(
      ["这款猫粮有效祛除泪痕"],
      ["用温水轻轻擦去眼角泪痕", "泪痕严重请带去宠物医院"],
      "pets",
      "medical_claim",
    );
  });

  it("a return called worry-free is a promise; a service called worry-free is not", async () => {
    await expectBlocks(["这款年金险收益无忧"], [], "insurance", "finance_promise");
    expect(await ruleHeldLines([["七天无理由退换，售后无忧", "retail"]])).toEqual([]);
  });

  it("low risk is no risk warning", () => {
    expect(requiredFindings("这款两全险风险低，年化预计4.5%", "insurance", "moments")).toContain(
      "required.insurance_warning:block",
    );
    expect(
      requiredFindings(
        "这款两全险风险低，年化预计4.5%，投资有风险，请以合同条款为准",
        "insurance",
        "moments",
      ),
    ).toEqual([]);
  });
});

describe("round 57's look-alikes", () => {
  it("a repayment reminder's link, a lesson on the lures readers receive", () => {
    expect(
      requiredFindings("【安信贷】您本月借款将于15日到期，请按时还款，点击还款>>", "finance", "sms"),
    ).toEqual([]);
    expect(requiredFindings("【安信贷】急用钱？秒批到账，点击申请>>回T退订", "finance", "sms")).toContain(
      "required.loan_disclosure:block",
    );
    expect(
      requiredFindings("你是不是经常收到年化8%的理财广告？先看清是不是正规机构", "finance", "moments"),
    ).toEqual([]);
  });

  it("a loan's annual rate stated plainly is the disclosure, not a promise", async () => {
    expect(flaggedFindings(await checkLine("分期年利率：6%-12%", "finance"))).toEqual([]);
  });

  it("an award conferred by a named body, a vet's product named by what it prevents", async () => {
    expect(
      await ruleHeldLines([
        ["被本市餐饮协会评为“年度最佳人气餐厅”", "food_beverage"],
        ["荣获“十佳服务门店”称号", "retail"],
        ["每月给狗狗用一次预防心丝虫的滴剂", "pets"],
      ]),
    ).toEqual([]);
    await expectBlocks(["我们是“全城最好”的火锅店"], [], "food_beverage", "absolute");
    await expectBlocks(["这款狗粮能预防肾病"], [], "pets", "medical_claim");
  });

  it("a courier's own number in a pickup notice is no customer's data", () => {
    expect(mobiles("【速达驿站】配送员13912345678提醒您，包裹已放至3号柜")).toEqual([]);
    expect(mobiles("恭喜客户13912345678抽中一等奖")).toEqual(["13912345678"]);
  });
});

describe("the read of round 57", () => {
  it("ageing organs revived, relief promised as fast", async () => {
    await expectBlocks(["这款辅酶软胶囊能让老化的器官重新焕发活力"], [], "health_food", "medical_claim");
    await expectBlocks(
      ["这款营养膏止痒见效快"],
      ["猫咪总挠耳朵，建议先带去医院查查原因"],
      "pets",
      "medical_claim",
    );
  });

  it("a low risk grade is no risk line; a fund to join in an app, a loan priced by the day in words", () => {
    expect(requiredFindings("新发债券基金风险等级偏低，今天募集截止", "finance", "moments")).toContain(
      "required.risk_warning:block",
    );
    expect(
      requiredFindings(
        "新发债券基金风险等级：R2（中低风险），理财有风险，选择需谨慎，今日募集截止",
        "finance",
        "moments",
      ),
    ).toEqual([]);
    expect(
      requiredFindings("【恒达证券】新发基金上线，登录手机APP即可参与。拒收请回复R", "finance", "sms"),
    ).toContain("required.risk_warning:block");
    expect(requiredFindings("【易分期】借两千每天只要一块钱，急用速借！回T退订", "finance", "sms")).toContain(
      "required.loan_disclosure:block",
    );
    expect(
      requiredFindings(
        "【易分期】本期账单应还860元，点击 ef.cn/a1 立即还款，已还请忽略本短信。",
        "finance",
        "sms",
      ),
    ).toEqual([]);
  });

  it("a vaccine's or a wormer's purpose said in its sentence; a food credited after the shot still claims", async () => {
    expect(
      await ruleHeldLines([
        ["您家猫咪的三联疫苗加强针已到期，可预防猫瘟等疾病，请预约接种", "pets"],
        ["体内驱虫药可预防蛔虫感染，建议每三个月一次", "pets"],
      ]),
    ).toEqual([]);
    await expectBlocks(["打完疫苗后，再喂这款狗粮能预防肾病"], [], "pets", "medical_claim");
  });

  it("a worker named in the sentence before a number; a customer's number before a spoken count", () => {
    expect(mobiles("【顺心家居】您的沙发明早送装，安装师傅赵刚，电话13588124460")).toEqual([]);
    expect(mobiles("接龙：李姐13588124460两箱，张哥15000273611三箱")).toEqual(["13588124460", "15000273611"]);
  });

  it("a question the next words answer no, even when the model's span stops before its mark", async () => {
    const lesson = await checkLine(
      "很多人问：保本型就是不会亏吗？不是的，仍可能亏损。理财并非存款，投资前请评估自身风险承受能力。",
      "finance",
    );
    expect(flaggedFindings(lesson)).toEqual([]);
  });
});
