// The queue's filters: status (pending and blocked by default for reviewers), sort by risk or age, industry,
// channel, author, plan, and a job chosen from a draft or a job's page. Any change asks for a fresh first page.
import { api } from "../../core/api.ts";
import { field, fill, h, select } from "../../core/dom.ts";
import { LABELS, label } from "../../core/labels.ts";
import type { Draft, PlanSummary } from "../../core/types.ts";

const STATUS_CHOICES: Record<string, string> = {
  "pending_review,blocked": "待处理（含已拦截）",
  pending_review: "待审核",
  blocked: "已拦截",
  changes_requested: "需修改",
  approved: "已通过",
  rejected: "已驳回",
  "": "全部",
};

const SORTS: Record<string, string> = { risk: "风险优先", oldest: "等待最久", newest: "最新提交" };

export interface QueueFilters {
  form: HTMLFormElement;
  /** The list query for a page (null: the first). */
  query(cursor: string | null): string;
  /** The statuses the list shows; empty: all. */
  statuses(): string[];
  /** Authors seen so far become choices of the author filter. */
  remember(drafts: readonly Draft[]): void;
  setJob(jobId: string): void;
}

export function queueFilters(options: {
  reviewer: boolean;
  job: string;
  plan: string;
  onChange(): void;
}): QueueFilters {
  const { reviewer } = options;
  let job = options.job;
  const authors = new Map<string, string>();
  const status = select("status", STATUS_CHOICES, { value: reviewer ? "pending_review,blocked" : "" });
  const sort = select("sort", SORTS, { value: reviewer ? "risk" : "newest" });
  const industry = select("industry", LABELS.industry, { blank: "全部" });
  const channel = select("channel", LABELS.channel, { blank: "全部" });
  const author = select("author", {}, { blank: "全部" });
  const plan = select("plan_id", {}, { blank: "全部" });
  const jobNote = h("span", { class: "chip" });
  const form = h(
    "form",
    { class: "filters", "aria-label": "筛选草稿" },
    field("状态", status),
    field("排序", sort),
    field("行业", industry),
    field("渠道", channel),
    reviewer ? field("作者", author) : null,
    field("计划", plan),
    jobNote,
    h("button", { type: "submit", id: "apply-filters" }, "筛选"),
  );

  function showJob(): void {
    jobNote.hidden = !job;
    fill(
      jobNote,
      job ? `批量任务 ${job.slice(0, 12)}…` : "",
      job
        ? h(
            "button",
            {
              type: "button",
              class: "link",
              "aria-label": "取消批量任务筛选",
              onclick: () => {
                job = "";
                showJob();
                options.onChange();
              },
            },
            "×",
          )
        : null,
    );
  }

  /** Submitted plans (reviewers) or one's own; a plan named by the route gets its option even past page one. */
  async function loadPlans(): Promise<void> {
    try {
      const page = await api<{ plans: PlanSummary[] }>(
        `/v1/plans?limit=50${reviewer ? "&status=submitted" : ""}`,
      );
      fill(
        plan,
        h("option", { value: "" }, "全部"),
        page.plans.map((p) =>
          h(
            "option",
            { value: p.id },
            `${p.author_name} · ${label("industry", p.industry)} · ${p.start_date} 起 ${p.period} 天`,
          ),
        ),
      );
    } catch {
      // the plan filter stays at 全部; the queue itself still works
    }
    if (options.plan) {
      if (![...plan.options].some((option) => option.value === options.plan)) {
        plan.append(h("option", { value: options.plan }, "所选计划"));
      }
      plan.value = options.plan;
      options.onChange();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    options.onChange();
  });
  for (const control of [status, sort, industry, channel, author, plan]) {
    control.addEventListener("change", () => options.onChange());
  }
  showJob();
  void loadPlans();

  return {
    form,
    query(cursor) {
      const values = new URLSearchParams({ limit: "30" });
      for (const [name, value] of new FormData(form)) if (value) values.set(name, String(value));
      if (job) values.set("job_id", job);
      if (cursor) values.set("cursor", cursor);
      return values.toString();
    },
    statuses: () => status.value.split(",").filter(Boolean),
    remember(drafts) {
      for (const draft of drafts) authors.set(draft.author_id, draft.author_name);
      const chosen = author.value;
      fill(
        author,
        h("option", { value: "" }, "全部"),
        [...authors].map(([id, name]) => h("option", { value: id }, name)),
      );
      author.value = chosen;
    },
    setJob(jobId) {
      job = jobId;
      showJob();
      options.onChange();
    },
  };
}
