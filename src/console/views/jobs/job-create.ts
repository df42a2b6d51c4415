// A bulk job from a spreadsheet: the server validates every row before anything runs; a refused sheet comes back
// with each bad row named by row and column, shown as a table to fix the file against.
import { ApiError, api } from "../../core/api.ts";
import { field, fill, h, select } from "../../core/dom.ts";
import { busy, errorMessage } from "../../core/feedback.ts";
import { fieldMessage } from "../../core/problem-text.ts";

interface Created {
  job: { id: string };
  skipped: Array<{ row: number; column: string; message: string }>;
  ignored_columns: string[];
}

function rowErrors(
  rows: Array<{ row?: number; column?: string; field?: string; message?: string }>,
): HTMLElement {
  return h(
    "table",
    { class: "row-errors", id: "row-errors" },
    h("caption", {}, `表格有 ${rows.length} 处需要修改`),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "行"),
        h("th", { scope: "col" }, "列"),
        h("th", { scope: "col" }, "问题"),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((error) =>
        h(
          "tr",
          {},
          h("td", {}, error.row !== undefined ? String(error.row) : "—"),
          h("td", {}, error.column ?? error.field ?? ""),
          h("td", {}, fieldMessage(error.message)),
        ),
      ),
    ),
  );
}

export function jobCreate(onCreated: (id: string, notes: HTMLElement | null) => void): HTMLElement {
  // The browser's own file button speaks the browser's language; this one is labelled in Chinese.
  const file = h("input", {
    type: "file",
    name: "file",
    accept: ".xlsx,.csv",
    required: true,
    class: "file-input",
    id: "job-file",
  });
  const chosen = h("span", { class: "muted", id: "job-file-name" }, "未选择文件");
  file.setAttribute("aria-labelledby", "job-file-title");
  file.setAttribute("aria-describedby", "job-file-name job-file-hint");
  file.addEventListener("change", () => {
    chosen.textContent = file.files?.[0]?.name ?? "未选择文件";
  });
  const name = h("input", { name: "name", maxlength: "200", placeholder: "默认用文件名" });
  const skip = h("input", { type: "checkbox", name: "skip_invalid", value: "true", id: "job-skip-invalid" });
  const start = h("button", { type: "submit", class: "primary", id: "job-start" }, "校验并开始");
  const result = h("div", { class: "job-create-result", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "job-create", id: "job-create" },
    field(
      "表格文件（.xlsx 或 CSV，首行为表头）",
      file,
      "每行一个生成请求：行业、渠道、阶段、客户层级、产品等，中英文表头均可",
    ),
    field("任务名称", name),
    field("每项最多尝试", select("max_attempts", { "1": "1 次", "3": "3 次", "5": "5 次" }, { value: "3" })),
    h("div", { class: "field inline" }, skip, h("label", { for: skip.id }, "跳过有问题的行，先生成其余各行")),
    h("div", { class: "actions" }, start),
    result,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    if (!skip.checked) data.delete("skip_invalid");
    if (!String(data.get("name") ?? "").trim()) data.delete("name");
    fill(result);
    void busy(start, "校验中…", async () => {
      try {
        const created = await api<Created>("/v1/jobs", { form: data });
        const notes =
          created.skipped.length > 0 || created.ignored_columns.length > 0
            ? h(
                "div",
                {},
                created.skipped.length > 0 ? rowErrors(created.skipped) : null,
                created.ignored_columns.length > 0
                  ? h("p", { class: "muted" }, `未识别、已忽略的列：${created.ignored_columns.join("、")}`)
                  : null,
              )
            : null;
        onCreated(created.job.id, notes);
      } catch (error) {
        const rows = error instanceof ApiError ? (error.problem.errors ?? []) : [];
        fill(
          result,
          h(
            "p",
            { class: "error", role: "alert" },
            rows.length > 0 ? "表格未通过校验，没有开始生成：" : errorMessage(error),
          ),
          rows.length > 0 ? rowErrors(rows) : null,
        );
      }
    });
  });
  return form;
}
