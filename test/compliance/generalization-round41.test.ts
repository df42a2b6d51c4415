// What round 41 missed once its first run was recorded: every case said to succeed (成功治好每一位), a refund if
// marks fall short and a transfer place assured, a product said to grow steadily by the day, and a broker's approval
// odds said to be assured; its false alarm: a caller that calls itself a 智能服务 has said it is automated. Every
// sentence is written for these tests; each family has look-alikes.
import { describe, expect, it } from "vitest";
import { expectBlocks, requiredFindings } from "./fixtures.ts";

describe("claim families named after round 41", () => {
  it("every case said to succeed", async () => {
    await expectBlocks(
      ["我们诊所成功修复每一颗坏牙", "每一位患者都能成功治好"],
      ["每一颗牙都值得认真对待", "手术是否成功与个人体质有关"],
      "medical",
      "medical_claim",
    );
  });

  it("a refund if marks fall short, and a transfer place assured", async () => {
    await expectBlocks(
      ["期末分数达不到目标，我们保证全额退费", "报我们的课，包调剂"],
      ["考试成绩达不到预期的原因有很多", "调剂政策以学校公布为准"],
      "education",
      "education_promise",
    );
  });

  it("a product said to grow steadily by the day, and a broker's approval odds assured", async () => {
    await expectBlocks(
      ["您买的这款理财天天都在稳稳增值"],
      ["每天稳稳地进步一点点", "理财有风险，收益不会每天上涨"],
      "jewelry",
      "finance_promise",
    );
    await expectBlocks(
      ["我们办的信用贷，下款率一直都很有保障"],
      ["贷款通过率受个人征信影响", "我们会保障您的信息安全"],
      "finance",
      "finance_promise",
      "outbound",
    );
  });
});

describe("round 41's false alarm", () => {
  it("a caller that calls itself a 智能服务 has said it is automated; a company named so has not", () => {
    expect(
      requiredFindings("您好，这里是城东停车场的智能服务热线，方便说两句吗？", "auto", "outbound"),
    ).toEqual([]);
    expect(
      requiredFindings("您好，我是城东智能服务有限公司的客服小王，想问您需要保养吗？", "auto", "outbound"),
    ).toEqual(["required.outbound_ai_disclosure:block"]);
  });
});
