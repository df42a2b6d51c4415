// Round 42 and what the reads of round 40 left. A product, a course or a firm whose name holds an AI word
// (扫地机器人, AI学习机, 人工智能编程营) says what is sold, not that an AI is calling. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { requiredFindings } from "./fixtures.ts";

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
