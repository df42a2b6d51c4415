// What round 35 missed once its first run was recorded: the exam or admissions body itself said to work with a
// school, or its officers said to sit in (《广告法》第二十四条第（二）项); a result secured with 保障 and a rise in marks
// named as 成绩; a device sold as aesthetic-medicine grade (医美级). Every sentence is written for these tests; each
// family has look-alikes it must leave alone.
import { describe, it } from "vitest";
import { expectBlocks } from "./fixtures.ts";

describe("claim families named after round 35", () => {
  it("the exam or admissions body used as the school's partner or its staff", async () => {
    await expectBlocks(
      [
        "我校与省教育考试院达成深度合作，备考更有底气",
        "本中心携手雅思考试委员会合办冲刺营",
        "前名校招生办主任亲自坐镇，手把手改文书",
      ],
      [
        "招生官通常会看重申请者的课外活动",
        "考试由省教育考试院统一组织，考点安排以准考证为准",
        "请留意招生办公室发布的录取通知",
        "请考生和家长关注省教育考试院联合各高校发布的通知",
        "录取结果由高校招生委员会全程监督",
        "招生官通常会参与面试环节",
      ],
      "education",
      "education_promise",
    );
  });

  it("better marks secured, in any word for marks", async () => {
    await expectBlocks(
      ["报名冲刺班，保障提高成绩", "一对一辅导，确保提升成绩"],
      ["成绩的提高需要学生自己的努力", "我们不保证提高成绩，只帮孩子养成习惯"],
      "education",
      "education_promise",
    );
  });

  it("a device sold as aesthetic-medicine grade", async () => {
    await expectBlocks(
      ["医美级光子嫩肤仪，在家就能护理"],
      ["本品为家用美容仪，不属于医疗器械", "医美机构需要取得医疗机构执业许可证"],
      "beauty",
      "medical_claim",
    );
  });
});
