// What a person reads when the API refuses: Chinese, naming the field, and for a conflict who changed or decided
// the thing and when (China time). Pure functions of the problem+json body.
import { describe, expect, it } from "vitest";
import { segments } from "../../src/console/components/findings.ts";
import { reasonText } from "../../src/console/components/review-reasons.ts";
import { fieldMessage, problemText } from "../../src/console/core/problem-text.ts";
import { age, chinaTime } from "../../src/console/core/time.ts";
import { failureCause } from "../../src/console/views/jobs/job-failures.ts";
import { DOMAIN_ERROR_CODES } from "../../src/domain/errors.ts";

const CJK = /[\u4e00-\u9fff]/;

describe("problemText", () => {
  it("says every problem code in Chinese, never an English detail", () => {
    for (const code of DOMAIN_ERROR_CODES) {
      const text = problemText({ code, detail: "the draft is rejected; approve needs pending_review" });
      expect(text, code).toMatch(CJK);
      expect(text, code).not.toMatch(/approve needs|pending_review/);
    }
  });

  it("a stale version names who changed the draft, when (China time) and the version it is at now", () => {
    const text = problemText({
      code: "conflict",
      detail: "you read version 1, but 销售 小周 changed the draft to version 2 at 2026-11-29T08:05:00.000Z",
      current_version: 2,
      your_version: 1,
      changed_by: { id: "act_1", name: "销售 小周" },
      changed_at: "2026-11-29T08:05:00.000Z",
    });
    expect(text).toBe("销售 小周 已于 2026-11-29 16:05 修改了这条草稿（现为第 2 版），请阅读新内容后再操作");
  });

  it("a second submission of a plan names who submitted it and when", () => {
    expect(
      problemText({ code: "conflict", submitted_by: "销售 小周", submitted_at: "2026-11-29T16:30:00.000Z" }),
    ).toBe("该计划已由 销售 小周 于 2026-11-30 00:30 提交审核");
  });

  it("names the refused fields in Chinese, rows of a sheet by row and column", () => {
    expect(
      problemText({
        code: "invalid_request",
        errors: [
          { in: "body", field: "note", message: "Too small: expected string to have >=1 characters" },
          { in: "body", field: "reason_code", message: 'Invalid option: expected one of "tone"|"other"' },
        ],
      }),
    ).toBe("请求内容有误：「说明」不能为空；「原因」不是可选的值");
    expect(
      problemText({
        code: "unprocessable",
        errors: [
          { in: "row", field: "row 3, column 行业", row: 3, column: "行业", message: "Invalid option" },
        ],
      }),
    ).toBe("内容无法处理：第 3 行「行业」：不是可选的值");
  });

  it("an internal error gives the request id to quote; a dropped connection says so", () => {
    expect(problemText({ code: "internal", request_id: "req-42" })).toBe(
      "服务出错，请把请求编号告诉管理员（请求编号 req-42）",
    );
    expect(problemText({ code: "network" })).toBe("无法连接服务器，请检查网络后重试");
  });

  it("translates zod's length limits with the number", () => {
    expect(fieldMessage("Too big: expected string to have <=2000 characters")).toBe("过长（最多 2000 字）");
    expect(fieldMessage("Required")).toBe("必填");
    expect(fieldMessage("something nobody wrote a rule for")).toBe("取值无效");
  });
});

describe("what the console shows beside the API's words", () => {
  it("review reasons and job failures read in Chinese, whatever the server said", () => {
    expect(reasonText("the model judge did not read this text (rules blocked it first)")).toContain(
      "模型判断",
    );
    expect(reasonText("a reason nobody mapped")).toMatch(CJK);
    expect(reasonText("已由人工确认")).toBe("已由人工确认");
    expect(failureCause("Error: the model did not answer within 30000 ms (timed out)")).toBe("生成服务超时");
    expect(failureCause("APIError 429: rate limit")).toBe("生成服务限流");
    expect(failureCause(null)).toBe("原因未记录");
  });

  it("dates and ages are China time", () => {
    expect(chinaTime("2026-11-29T16:30:00.000Z")).toBe("2026-11-30 00:30");
    const now = new Date("2026-11-29T10:00:00Z");
    expect(age("2026-11-29T09:59:30Z", now)).toBe("不到 1 分钟");
    expect(age("2026-11-29T07:00:00Z", now)).toBe("3 小时");
    expect(age("2026-11-26T10:00:00Z", now)).toBe("3 天");
  });

  it("cuts a text at every finding boundary, overlapping findings included", () => {
    const text = "稳盈30天是最好的理财产品";
    expect(
      segments(text, [
        { start: 5, end: 7 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { text: "稳盈30天", findings: [] },
      { text: "是", findings: [0] },
      { text: "最", findings: [0, 1] },
      { text: "好的", findings: [1] },
      { text: "理财产品", findings: [] },
    ]);
  });
});
