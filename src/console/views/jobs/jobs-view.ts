// 批量任务 (ops and admins): start a job from a spreadsheet, the list of jobs newest first, and one job's live
// progress at #/jobs/<id>.
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage, loading } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import type { View } from "../../core/shell.ts";
import { chinaTime } from "../../core/time.ts";
import type { Job } from "../../core/types.ts";
import { jobCreate } from "./job-create.ts";
import { jobDetail } from "./job-detail.ts";

/** Notes from creating a job (skipped rows), shown once on its page. */
let pendingNotes: { id: string; notes: HTMLElement } | null = null;

function jobList(): HTMLElement {
  const list = h("ul", { class: "job-list", id: "job-list", "aria-label": "任务列表" });
  const more = h("button", { type: "button", hidden: true }, "加载更多");
  const status = h("p", { class: "muted", role: "status" });
  const jobs: Job[] = [];
  let next: string | null = null;
  const load = async () => {
    try {
      const page = await api<{ jobs: Job[]; next_cursor: string | null }>(
        `/v1/jobs?limit=20${next ? `&cursor=${encodeURIComponent(next)}` : ""}`,
      );
      jobs.push(...page.jobs);
      next = page.next_cursor;
      status.textContent = jobs.length === 0 ? "还没有批量任务。" : `已显示 ${jobs.length} 个任务`;
      more.hidden = !next;
      fill(
        list,
        jobs.map((job) =>
          h(
            "li",
            { class: "job-card" },
            h("a", { href: `#/jobs/${encodeURIComponent(job.id)}` }, job.name ?? job.id),
            h("span", { class: `badge job-${job.status}` }, label("job_status", job.status)),
            h("span", { class: "muted" }, ` ${job.items_total} 项 · 创建于 ${chinaTime(job.created_at)}`),
          ),
        ),
      );
    } catch (error) {
      status.textContent = errorMessage(error);
    }
  };
  more.addEventListener("click", () => void busy(more, "加载中…", load));
  void loading(list, load);
  return h("div", {}, status, list, more);
}

export const jobsView: View = {
  route: "jobs",
  title: () => "批量任务",
  visible: (shell) => shell.can("jobs:manage"),
  mount(root, params, shell) {
    const id = params[0];
    if (id) {
      const notes = pendingNotes?.id === id ? pendingNotes.notes : null;
      pendingNotes = null;
      return jobDetail(root, id, notes);
    }
    fill(
      root,
      h("h2", { class: "view-title" }, "批量任务"),
      h(
        "section",
        { "aria-labelledby": "new-job-heading" },
        h("h3", { id: "new-job-heading" }, "从表格新建任务"),
        jobCreate((created, notes) => {
          if (notes) pendingNotes = { id: created, notes };
          shell.go(`jobs/${created}`);
        }),
      ),
      h("h3", {}, "任务列表"),
      jobList(),
    );
    return undefined;
  },
};
