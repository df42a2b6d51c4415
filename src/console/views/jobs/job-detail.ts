// One bulk job while it runs and after: live progress from the server's event stream, the failed items with
// their reasons, retry / cancel / resume, the drafts it made, and the export of what was approved.
import { api, download } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage, saveFile, toast } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import { chinaTime } from "../../core/time.ts";
import type { FailedItem, JobProgress } from "../../core/types.ts";
import { failureCause } from "./job-failures.ts";
import { followProgress } from "./job-progress-stream.ts";

function seconds(value: number | null): string {
  if (value === null) return "—";
  if (value < 60) return `约 ${Math.ceil(value)} 秒`;
  return `约 ${Math.ceil(value / 60)} 分钟`;
}

export function jobDetail(root: HTMLElement, jobId: string, notes: HTMLElement | null): () => void {
  const heading = h("h2", { class: "view-title", id: "job-title", tabindex: "-1" }, "批量任务");
  const status = h("span", { class: "badge", id: "job-status" });
  const bar = h("progress", { id: "job-progress", max: "1", value: "0", "aria-label": "生成进度" });
  const numbers = h("p", { id: "job-numbers", role: "status", "aria-live": "polite" });
  const controls = h("div", { class: "actions", id: "job-controls" });
  const failures = h("section", { id: "job-failures", "aria-labelledby": "failures-heading" });
  const exports = h("div", { class: "actions" });
  let stop = () => {};
  let latest: JobProgress | null = null;

  const act = (action: "cancel" | "resume" | "retry", text: string, working: string, done: string) => {
    const button = h("button", { type: "button", id: `job-${action}` }, text);
    button.addEventListener("click", () =>
      busy(button, working, async () => {
        try {
          const result = await api<{ items: number }>(`/v1/jobs/${encodeURIComponent(jobId)}/${action}`, {
            method: "POST",
          });
          toast(`${done}：${result.items} 项`, "ok");
          watch();
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      }),
    );
    return button;
  };

  const exporter = (format: "xlsx" | "csv", text: string) => {
    const button = h("button", { type: "button", id: `job-export-${format}` }, text);
    button.addEventListener("click", () =>
      busy(button, "导出中…", async () => {
        try {
          const file = await download(
            `/v1/jobs/${encodeURIComponent(jobId)}/export?format=${format}&headers=zh`,
          );
          saveFile(file.blob, file.filename);
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      }),
    );
    return button;
  };

  function show(progress: JobProgress): void {
    latest = progress;
    const { job, counts } = progress;
    heading.textContent = `批量任务：${job.name ?? job.id}`;
    status.textContent = label("job_status", job.status);
    status.className = `badge job-${job.status}`;
    const total = Math.max(1, job.items_total);
    bar.value = progress.done / total;
    bar.setAttribute("aria-valuetext", `${progress.done} / ${job.items_total}`);
    numbers.textContent = [
      `已完成 ${progress.done} / ${job.items_total} 项`,
      `生成草稿 ${progress.drafts} 条`,
      counts.failed ? `失败 ${counts.failed} 项` : null,
      counts.queued ? `排队 ${counts.queued} 项` : null,
      job.status === "running" ? `剩余 ${seconds(progress.eta_s)}` : null,
      job.finished_at ? `完成于 ${chinaTime(job.finished_at)}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    fill(
      controls,
      job.status === "running" ? act("cancel", "取消任务", "取消中…", "已取消排队中的项") : null,
      job.status === "cancelled" ? act("resume", "继续任务", "继续中…", "已重新排队") : null,
      counts.failed > 0 ? act("retry", `重试失败的 ${counts.failed} 项`, "重试中…", "已重新排队") : null,
      h("a", { href: `#/queue/job/${encodeURIComponent(jobId)}`, class: "button-link" }, "查看这批草稿"),
    );
  }

  async function showFailures(): Promise<void> {
    if (!latest || latest.counts.failed === 0) {
      fill(failures);
      return;
    }
    try {
      const { items } = await api<{ items: FailedItem[] }>(
        `/v1/jobs/${encodeURIComponent(jobId)}/failed?limit=200`,
      );
      fill(
        failures,
        h("h3", { id: "failures-heading" }, `失败的项（${items.length}）`),
        h(
          "table",
          { class: "failures" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, "表格行"),
              h("th", { scope: "col" }, "尝试次数"),
              h("th", { scope: "col" }, "原因"),
            ),
          ),
          h(
            "tbody",
            {},
            items.map((item) =>
              h(
                "tr",
                {},
                h("td", {}, item.source_rows.join("、")),
                h("td", {}, String(item.attempts)),
                h(
                  "td",
                  {},
                  failureCause(item.last_error),
                  item.last_error && !/[\u4e00-\u9fff]/.test(item.last_error)
                    ? h("details", {}, h("summary", {}, "技术信息"), h("code", {}, item.last_error))
                    : null,
                ),
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      fill(failures, h("p", { class: "error" }, errorMessage(error)));
    }
  }

  function watch(): void {
    stop();
    stop = followProgress(jobId, {
      progress: show,
      end: () => void showFailures(),
      error: (error) => toast(errorMessage(error), "error"),
    });
  }

  fill(
    root,
    h("p", {}, h("a", { href: "#/jobs" }, "← 全部任务")),
    heading,
    h("p", {}, status),
    notes ? h("section", { class: "job-notes" }, h("h3", {}, "校验时跳过的行"), notes) : null,
    h("div", { class: "field" }, h("label", { for: bar.id }, "生成进度"), bar),
    numbers,
    controls,
    h("h3", {}, "导出已通过的文案"),
    exports,
    failures,
  );
  fill(exports, exporter("xlsx", "导出 Excel"), exporter("csv", "导出 CSV"));
  watch();
  return () => stop();
}
