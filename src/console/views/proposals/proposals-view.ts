// 规则建议 (reviewers and admins): what reviewers decided and why (the learning report), rule terms proposed from
// phrases rejected again and again, and exceptions proposed from findings reviewers keep dismissing, each list a
// page at a time. Admins accept a rule proposal into the rule pack; the button is busy until the pack is rebuilt.
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage, loading, toast } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import type { Shell, View } from "../../core/shell.ts";

interface Report {
  decisions: { approved: number; rejected: number; changes_requested: number };
  rejections_by_reason: Array<{ reason_code: string; count: number }>;
  threshold: number;
}

interface RuleProposal {
  id: string;
  term: string;
  category: string;
  reason_code: string;
  industries: string[];
  rejections: number;
}

interface ExceptionProposal {
  id: string;
  rule_id: string;
  excerpt: string;
  industries: string[];
  dismissals: number;
  reasons: string[];
}

const industries = (slugs: string[]) =>
  slugs.length === 0 ? "所有行业" : slugs.map((slug) => label("industry", slug)).join("、");

/** A table of proposals of one kind, filled a page at a time from GET /v1/review/proposals. */
function proposalTable<T extends { id: string }>(
  kind: "rule" | "exception",
  options: { id: string; caption: string; empty: string; headers: string[]; row(proposal: T): HTMLElement },
): HTMLElement {
  const body = h("tbody", {});
  const status = h("p", { class: "muted", role: "status", id: `${options.id}-status` });
  const more = h("button", { type: "button", hidden: true }, "加载更多");
  const table = h(
    "table",
    { id: options.id, hidden: true },
    h("caption", {}, options.caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        options.headers.map((text) => h("th", { scope: "col" }, text)),
      ),
    ),
    body,
  );
  let next: string | null = null;
  let shown = 0;
  const load = async () => {
    try {
      const page = await api<{ proposals: T[]; next_cursor: string | null }>(
        `/v1/review/proposals?kind=${kind}&limit=20${next ? `&cursor=${encodeURIComponent(next)}` : ""}`,
      );
      for (const proposal of page.proposals) body.append(options.row(proposal));
      shown += page.proposals.length;
      next = page.next_cursor;
      more.hidden = !next;
      table.hidden = shown === 0;
      status.textContent = shown === 0 ? options.empty : `已显示 ${shown} 条`;
    } catch (error) {
      status.textContent = errorMessage(error);
    }
  };
  more.addEventListener("click", () => void busy(more, "加载中…", load));
  void loading(table, load);
  return h("div", {}, status, table, more);
}

function render(root: HTMLElement, report: Report, shell: Shell, reload: () => void): void {
  const d = report.decisions;
  const accept = (id: string) => {
    const button = h(
      "button",
      { type: "button", class: "primary", dataset: { proposal: id } },
      "采纳进规则包",
    );
    button.addEventListener("click", () =>
      busy(button, "采纳中…", async () => {
        try {
          await api(`/v1/review/proposals/${encodeURIComponent(id)}/accept`, { method: "POST", body: {} });
          toast("已采纳进规则包，新规则已生效", "ok");
          reload();
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      }),
    );
    return button;
  };
  fill(
    root,
    h("h2", { class: "view-title" }, "规则建议"),
    h("p", {}, `审核结论：通过 ${d.approved} · 驳回 ${d.rejected} · 要求修改 ${d.changes_requested}`),
    h(
      "table",
      {},
      h("caption", {}, "驳回原因"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "原因"), h("th", { scope: "col" }, "次数"))),
      h(
        "tbody",
        {},
        report.rejections_by_reason.map((row) =>
          h("tr", {}, h("td", {}, label("reason", row.reason_code)), h("td", {}, String(row.count))),
        ),
      ),
    ),
    h("h3", {}, `建议新增的规则（同一短语被驳回 ${report.threshold} 次及以上）`),
    proposalTable<RuleProposal>("rule", {
      id: "rule-proposals",
      caption: "建议新增的规则",
      empty: "暂无建议。",
      headers: ["短语", "类别", "驳回原因", "适用行业", "驳回次数", "操作"],
      row: (p) =>
        h(
          "tr",
          {},
          h("td", {}, p.term),
          h("td", {}, label("rule_category", p.category)),
          h("td", {}, label("reason", p.reason_code)),
          h("td", {}, industries(p.industries)),
          h("td", {}, String(p.rejections)),
          h(
            "td",
            {},
            shell.can("rules:write") ? accept(p.id) : h("span", { class: "muted" }, "待管理员采纳"),
          ),
        ),
    }),
    h("h3", {}, "建议的例外（审核员多次驳回同一机检发现）"),
    proposalTable<ExceptionProposal>("exception", {
      id: "exception-proposals",
      caption: "建议的例外",
      empty: "暂无建议。",
      headers: ["片段", "规则", "适用行业", "驳回次数", "审核员的理由"],
      row: (p) =>
        h(
          "tr",
          {},
          h("td", {}, p.excerpt),
          h("td", {}, p.rule_id),
          h("td", {}, industries(p.industries)),
          h("td", {}, String(p.dismissals)),
          h("td", {}, p.reasons.slice(0, 3).join("；")),
        ),
    }),
  );
}

export const proposalsView: View = {
  route: "proposals",
  title: () => "规则建议",
  visible: (shell) => shell.can("drafts:read_all"),
  mount(root, _params, shell) {
    const load = () => {
      void loading(root, () => api<Report>("/v1/review/learning"))
        .then((report) => render(root, report, shell, load))
        .catch((error: unknown) =>
          fill(root, h("p", { class: "error", role: "alert" }, errorMessage(error))),
        );
    };
    fill(
      root,
      h("h2", { class: "view-title" }, "规则建议"),
      h("p", { class: "muted", role: "status" }, "加载中……"),
    );
    load();
    return undefined;
  },
};
