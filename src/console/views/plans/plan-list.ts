// 我的计划 (and, for reviewers, the submitted plans): each with its period, purpose, status and how far its items
// are through review, newest first, with a next page on request.
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage, loading } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import { chinaTime } from "../../core/time.ts";
import type { PlanSummary } from "../../core/types.ts";

export function countsText(plan: PlanSummary): string {
  const { counts } = plan;
  return [
    `共 ${counts.total} 条`,
    counts.pending_review ? `待审核 ${counts.pending_review}` : null,
    counts.blocked ? `已拦截 ${counts.blocked}` : null,
    counts.changes_requested ? `需修改 ${counts.changes_requested}` : null,
    counts.approved ? `已通过 ${counts.approved}` : null,
    counts.rejected ? `已驳回 ${counts.rejected}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function planList(query: string): HTMLElement {
  const items = h("ul", { class: "plan-list", id: "plan-list", "aria-label": "计划列表" });
  const more = h("button", { type: "button", hidden: true }, "加载更多");
  const status = h("p", { class: "muted", role: "status", id: "plan-list-status" });
  let next: string | null = null;
  const shown: PlanSummary[] = [];

  const render = () => {
    status.textContent = shown.length === 0 ? "还没有计划。" : `已显示 ${shown.length} 个计划`;
    more.hidden = !next;
    fill(
      items,
      shown.map((plan) =>
        h(
          "li",
          { class: "plan-card" },
          h(
            "a",
            { href: `#/plans/${encodeURIComponent(plan.id)}` },
            `${label("industry", plan.industry)} · ${label("purpose", plan.purpose)} · ${plan.period} 天`,
          ),
          h("span", { class: `badge plan-${plan.status}` }, label("plan_status", plan.status)),
          h(
            "p",
            { class: "muted" },
            `${plan.start_date} 至 ${plan.end_date} · ${label("tier", plan.tier)} · ${plan.author_name}`,
          ),
          h("p", {}, countsText(plan)),
          h(
            "p",
            { class: "muted" },
            `创建于 ${chinaTime(plan.created_at)}${plan.submitted_at ? ` · 提交于 ${chinaTime(plan.submitted_at)}` : ""}`,
          ),
        ),
      ),
    );
  };

  const load = async () => {
    try {
      const page = await api<{ plans: PlanSummary[]; next_cursor: string | null }>(
        `/v1/plans?limit=20${query}${next ? `&cursor=${encodeURIComponent(next)}` : ""}`,
      );
      shown.push(...page.plans);
      next = page.next_cursor;
      render();
    } catch (error) {
      status.textContent = errorMessage(error);
    }
  };
  more.addEventListener("click", () => void busy(more, "加载中…", load));
  void loading(items, load);
  return h("div", {}, status, items, more);
}
