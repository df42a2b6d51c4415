// What a refusal of the API says to a person, in Chinese: the problem code's meaning, the fields it names, and for
// a conflict who changed or decided the thing and when (the API's problem extensions). Pure, so it is unit-tested.
import { label } from "./labels.ts";
import { chinaTime } from "./time.ts";

export interface Problem {
  status?: number;
  code?: string;
  detail?: string;
  request_id?: string | null;
  errors?: Array<{ in?: string; field?: string; message?: string; row?: number; column?: string }>;
  [extension: string]: unknown;
}

/** zod's English messages, as Chinese a person can act on; anything unknown reads as "取值无效". */
export function fieldMessage(message: string | undefined): string {
  const text = message ?? "";
  const max = /<=?\s*(\d+)/.exec(text);
  const min = />=?\s*(\d+)/.exec(text);
  if (/required|received undefined|received null/i.test(text)) return "必填";
  if (/too big/i.test(text) && max)
    return /character/i.test(text) ? `过长（最多 ${max[1]} 字）` : `过大（最多 ${max[1]}）`;
  if (/too small/i.test(text) && min) {
    if (/character/i.test(text)) return Number(min[1]) <= 1 ? "不能为空" : `过短（至少 ${min[1]} 字）`;
    return `过小（至少 ${min[1]}）`;
  }
  if (/invalid option|expected one of|invalid enum/i.test(text)) return "不是可选的值";
  if (/invalid date|iso date|YYYY-MM-DD/i.test(text)) return "日期格式应为 年-月-日";
  if (/expected number|nan/i.test(text)) return "应为数字";
  if (/expected boolean/i.test(text)) return "应为是或否";
  if (/unrecognized key/i.test(text)) return "无法识别的字段";
  if (/cursor/i.test(text)) return "翻页位置无效，请重新加载";
  if (/phrase/i.test(text)) return "须从正文中原样摘录";
  return "取值无效";
}

/** The last named part of a field path (items[3].text → 正文 of item 4 is more than a toast needs). */
function fieldName(path: string | undefined): string {
  const last = (path ?? "").split(".").filter(Boolean).at(-1) ?? "";
  return label("field", last.replace(/\[\d+\]$/, "")) || last;
}

export function fieldErrorsText(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) =>
    error.row !== undefined
      ? `第 ${error.row} 行「${error.column ?? ""}」：${fieldMessage(error.message)}`
      : `「${fieldName(error.field)}」${fieldMessage(error.message)}`,
  );
}

function who(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "name" in value) return String((value as { name: unknown }).name);
  return null;
}

/** One sentence for a toast or an inline error. */
export function problemText(problem: Problem): string {
  const code = problem.code ?? "internal";
  if (code === "network") return "无法连接服务器，请检查网络后重试";
  const changedBy = who(problem.changed_by);
  if (code === "conflict" && changedBy && typeof problem.changed_at === "string") {
    const version =
      typeof problem.current_version === "number" ? `（现为第 ${problem.current_version} 版）` : "";
    return `${changedBy} 已于 ${chinaTime(problem.changed_at)} 修改了这条草稿${version}，请阅读新内容后再操作`;
  }
  if (code === "conflict" && typeof problem.current_version === "number") {
    return `这条草稿已更新为第 ${problem.current_version} 版，请阅读新内容后再操作`;
  }
  const decidedBy = who(problem.decided_by);
  if (code === "conflict" && decidedBy && typeof problem.decided_at === "string") {
    return `${decidedBy} 已于 ${chinaTime(problem.decided_at)} 处理了这条草稿`;
  }
  const submittedBy = who(problem.submitted_by);
  if (code === "conflict" && submittedBy && typeof problem.submitted_at === "string") {
    return `该计划已由 ${submittedBy} 于 ${chinaTime(problem.submitted_at)} 提交审核`;
  }
  const fields = fieldErrorsText(problem);
  const base = label("problem", code) || "操作失败";
  const detail =
    fields.length > 0 ? `：${fields.slice(0, 3).join("；")}${fields.length > 3 ? "……" : ""}` : "";
  const reference = code === "internal" && problem.request_id ? `（请求编号 ${problem.request_id}）` : "";
  return `${base}${detail}${reference}`;
}
