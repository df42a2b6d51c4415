// 导入素材 (roles that may write the library): a spreadsheet of items goes in; the result says what was added,
// updated or unchanged, and names every refused row and field, so the sheet can be fixed and sent again.
import { ApiError, api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import { fieldMessage } from "../../core/problem-text.ts";

interface Report {
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Array<{ origin: string; id?: string; field?: string; message: string }>;
}

function rejectionTable(rows: Array<{ where: string; field: string; message: string }>): HTMLElement {
  return h(
    "table",
    { id: "ingest-rejections" },
    h("caption", {}, `未导入的行（${rows.length} 处问题）`),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "位置"),
        h("th", { scope: "col" }, "字段"),
        h("th", { scope: "col" }, "问题"),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((row) =>
        h("tr", {}, h("td", {}, row.where), h("td", {}, row.field), h("td", {}, row.message)),
      ),
    ),
  );
}

export function libraryIngest(onDone: () => void): HTMLElement {
  const file = h("input", {
    type: "file",
    name: "file",
    accept: ".xlsx,.csv",
    required: true,
    class: "file-input",
    id: "ingest-file",
  });
  const chosen = h("span", { class: "muted", id: "ingest-file-name" }, "未选择文件");
  file.setAttribute("aria-labelledby", "ingest-file-title");
  file.setAttribute("aria-describedby", "ingest-file-name ingest-file-hint");
  file.addEventListener("change", () => {
    chosen.textContent = file.files?.[0]?.name ?? "未选择文件";
  });
  const start = h("button", { type: "submit", class: "primary", id: "ingest-start" }, "导入");
  const result = h("div", { id: "ingest-result", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "job-create", id: "library-ingest" },
    h(
      "div",
      { class: "field" },
      h("span", { class: "field-title", id: "ingest-file-title" }, "素材表格（.xlsx 或 CSV）"),
      h(
        "div",
        { class: "file-picker" },
        file,
        h("label", { for: file.id, class: "button-link" }, "选择文件"),
        chosen,
      ),
      h(
        "span",
        { class: "hint", id: "ingest-file-hint" },
        "每行一条素材：编号、类型、受众、行业、标题、正文、来源、审核人等，中英文表头均可",
      ),
    ),
    h("div", { class: "actions" }, start),
    result,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    fill(result);
    void busy(start, "导入中…", async () => {
      try {
        const report = await api<Report>("/v1/library/items", { form: data });
        fill(
          result,
          h(
            "p",
            { id: "ingest-summary", role: "status" },
            `新增 ${report.added} 条 · 更新 ${report.updated} 条 · 未变 ${report.unchanged} 条 · 未导入 ${report.rejected} 条`,
          ),
          report.rejections.length > 0
            ? rejectionTable(
                report.rejections.map((r) => ({
                  where: r.origin,
                  field: label("field", r.field),
                  message: fieldMessage(r.message),
                })),
              )
            : null,
        );
        onDone();
      } catch (error) {
        const rows = error instanceof ApiError ? (error.problem.errors ?? []) : [];
        fill(
          result,
          h(
            "p",
            { class: "error", role: "alert" },
            rows.length > 0 ? "没有一行可以导入：" : errorMessage(error),
          ),
          rows.length > 0
            ? rejectionTable(
                rows.map((row) => {
                  const [where = "", ...rest] = (row.field ?? "").split(".");
                  return { where, field: label("field", rest.join(".")), message: fieldMessage(row.message) };
                }),
              )
            : null,
        );
      }
    });
  });
  return h(
    "section",
    { "aria-labelledby": "ingest-heading" },
    h("h3", { id: "ingest-heading" }, "导入素材"),
    form,
  );
}
