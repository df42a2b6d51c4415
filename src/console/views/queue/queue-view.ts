// The review queue (reviewers) and 我的草稿 (authors): filters, sort by risk or age, keyset paging, the draft
// on screen with its findings and sources, and decisions by keyboard (j/k to move, a r c e to act). On a phone
// the list and the draft take turns on the screen.
import { openFindings } from "../../components/findings.ts";
import { api, download } from "../../core/api.ts";
import { byId, field, fill, h, select } from "../../core/dom.ts";
import { busy, errorMessage, latest, loading, toast } from "../../core/feedback.ts";
import { LABELS, label } from "../../core/labels.ts";
import type { View } from "../../core/shell.ts";
import { age } from "../../core/time.ts";
import type { Draft, DraftPage, PlanSummary } from "../../core/types.ts";
import * as decisions from "./decisions.ts";
import { draftDetail, mayEdit, mayReview } from "./draft-detail.ts";
import { sourcesPanel } from "./sources-panel.ts";

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

const RISK_LABELS = ["无标注", "需关注", "高风险"];

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

export const queueView: View = {
  route: "queue",
  title: (shell) => (shell.can("drafts:review") ? "审核队列" : "我的草稿"),
  visible: (shell) => shell.can("drafts:read_own"),
  mount(root, params, shell) {
    const reviewer = shell.can("drafts:review");
    const state = {
      drafts: [] as Draft[],
      total: 0,
      next: null as string | null,
      index: -1,
      editing: false,
      authors: new Map<string, string>(),
      job: params[0] === "job" ? (params[1] ?? "") : "",
      /** #/queue/plan/<id> opens the queue on one plan's items. */
      plan: params[0] === "plan" ? (params[1] ?? "") : "",
    };
    const run = latest();

    const status = select("status", STATUS_CHOICES, { value: reviewer ? "pending_review,blocked" : "" });
    const sort = select("sort", SORTS, { value: reviewer ? "risk" : "newest" });
    const industry = select("industry", LABELS.industry, { blank: "全部" });
    const channel = select("channel", LABELS.channel, { blank: "全部" });
    const author = select("author", {}, { blank: "全部" });
    const plan = select("plan_id", {}, { blank: "全部" });
    const jobNote = h("span", { class: "chip", hidden: !state.job });
    const filters = h(
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
    const count = h("p", { id: "queue-count", class: "muted", role: "status" });
    const list = h("ul", {
      id: "queue-list",
      class: "queue",
      "aria-label": reviewer ? "待审草稿" : "我的草稿",
    });
    const more = h("button", { type: "button", id: "load-more", hidden: true }, "加载更多");
    const detail = h("section", { id: "detail", class: "detail", "aria-label": "草稿详情" });
    const sources = h("aside", { id: "sources", class: "sources-column", "aria-label": "引用素材" });
    fill(
      root,
      h("h2", { class: "view-title" }, this.title(shell)),
      filters,
      h("div", { class: "layout" }, h("div", { class: "list-column" }, count, list, more), detail, sources),
    );

    function showJobFilter(): void {
      jobNote.hidden = !state.job;
      fill(
        jobNote,
        state.job ? `批量任务 ${state.job.slice(0, 12)}…` : "",
        state.job
          ? h(
              "button",
              {
                type: "button",
                class: "link",
                "aria-label": "取消批量任务筛选",
                onclick: () => {
                  state.job = "";
                  showJobFilter();
                  void reload();
                },
              },
              "×",
            )
          : null,
      );
    }
    showJobFilter();

    function query(cursor: string | null): string {
      const values = new URLSearchParams({ limit: "30" });
      for (const [name, value] of new FormData(filters)) if (value) values.set(name, String(value));
      if (state.job) values.set("job_id", state.job);
      if (cursor) values.set("cursor", cursor);
      return values.toString();
    }

    function remember(drafts: Draft[]): void {
      for (const draft of drafts) state.authors.set(draft.author_id, draft.author_name);
      const chosen = author.value;
      fill(
        author,
        h("option", { value: "" }, "全部"),
        [...state.authors].map(([id, name]) => h("option", { value: id }, name)),
      );
      author.value = chosen;
    }

    async function reload(keep?: string): Promise<void> {
      const result = await loading(list, () =>
        run((signal) => api<DraftPage>(`/v1/drafts?${query(null)}`, { signal })),
      ).catch((error: unknown) => {
        toast(errorMessage(error), "error");
        return { current: false } as const;
      });
      if (!result.current || !result.value) return;
      state.drafts = result.value.drafts;
      state.total = result.value.total;
      state.next = result.value.next_cursor;
      remember(state.drafts);
      renderList();
      const at = keep ? state.drafts.findIndex((draft) => draft.id === keep) : -1;
      choose(at >= 0 ? at : state.drafts.length > 0 ? 0 : -1, false);
    }

    async function loadMore(): Promise<void> {
      if (!state.next) return;
      const cursor = state.next;
      await busy(more, "加载中…", async () => {
        try {
          const page = await api<DraftPage>(`/v1/drafts?${query(cursor)}`);
          state.drafts.push(...page.drafts);
          state.next = page.next_cursor;
          remember(page.drafts);
          renderList();
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      });
    }

    function renderList(): void {
      count.textContent = `共 ${state.total} 条，已显示 ${state.drafts.length} 条`;
      more.hidden = !state.next;
      fill(
        list,
        state.drafts.length === 0 ? h("li", { class: "muted empty" }, "没有符合条件的草稿") : null,
        state.drafts.map((draft, index) => {
          const findings = openFindings(draft).length;
          return h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: `queue-item risk-${draft.risk ?? 0}`,
                "aria-current": index === state.index ? "true" : undefined,
                dataset: { id: draft.id, status: draft.status },
                onclick: () => choose(index, true),
              },
              h(
                "span",
                { class: "queue-meta" },
                h("span", { class: `badge status-${draft.status}` }, label("status", draft.status)),
                h(
                  "span",
                  { class: `badge risk risk-${draft.risk ?? 0}` },
                  RISK_LABELS[draft.risk ?? 0] ?? "",
                ),
                h("span", {}, label("channel", draft.channel)),
                h("span", {}, label("industry", draft.industry)),
                findings > 0 ? h("span", { class: "count" }, `${findings} 处标注`) : null,
              ),
              h("span", { class: "queue-preview" }, preview(draft.body)),
              h(
                "span",
                { class: "queue-foot" },
                `${draft.author_name} · `,
                decisions.OPEN_STATUSES.includes(draft.status)
                  ? `等待 ${age(draft.created_at)}`
                  : label("status", draft.status),
              ),
            ),
          );
        }),
      );
    }

    function current(): Draft | undefined {
      return state.drafts[state.index];
    }

    /** Selects a draft; `open` also brings it on screen (on a phone the list gives way to it). */
    function choose(index: number, open: boolean): void {
      state.index = index;
      state.editing = false;
      for (const [at, item] of [...list.querySelectorAll<HTMLButtonElement>(".queue-item")].entries()) {
        if (at === index) item.setAttribute("aria-current", "true");
        else item.removeAttribute("aria-current");
      }
      renderDetail();
      if (open && current()) {
        root.classList.add("show-detail");
        const heading = byId("detail-heading");
        heading.focus({ preventScroll: true });
        detail.scrollIntoView({ block: "start" });
      }
    }

    function back(): void {
      root.classList.remove("show-detail");
      list.querySelector<HTMLButtonElement>('.queue-item[aria-current="true"]')?.focus();
    }

    function renderDetail(): void {
      const draft = current();
      if (!draft) {
        fill(detail, h("p", { class: "muted empty" }, "在列表中选择一条草稿。"));
        fill(sources);
        return;
      }
      fill(
        detail,
        draftDetail(draft, shell, {
          approve: () => void act(decisions.approve(draft), "已通过"),
          reject: () =>
            void act(decisions.reject(draft, String(window.getSelection() ?? "").trim()), "已驳回"),
          requestChanges: () => void act(decisions.requestChanges(draft), "已退回修改"),
          edit: startEdit,
          dismiss: (finding) => void act(decisions.dismissFinding(draft, finding), "已驳回该发现"),
          evidence: (button) => void evidence(draft, button),
          promote: (button) => void promote(draft, button),
          filterJob: (jobId) => {
            state.job = jobId;
            showJobFilter();
            void reload();
          },
          back,
        }),
      );
      fill(sources, sourcesPanel(draft));
    }

    function replace(draft: Draft): void {
      const statuses = status.value.split(",").filter(Boolean);
      if (statuses.length > 0 && !statuses.includes(draft.status)) {
        // Decided and out of this filter: it leaves the list, the next one comes on screen.
        state.drafts.splice(state.index, 1);
        state.total = Math.max(0, state.total - 1);
        renderList();
        choose(Math.min(state.index, state.drafts.length - 1), false);
        byId<HTMLElement>("detail-heading")?.focus({ preventScroll: true });
        return;
      }
      state.drafts[state.index] = draft;
      renderList();
      choose(state.index, false);
    }

    async function act(pending: Promise<Draft | null>, done: string): Promise<void> {
      const draft = current();
      try {
        const result = await pending;
        if (result) {
          toast(done, "ok");
          replace(result);
        } else if (draft) {
          // Cancelled: the dialog may have shown a conflict, so show the draft as the server now has it.
          replace(await api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}`));
        }
      } catch (error) {
        if (!draft) return;
        const { message, fresh } = await decisions.explainConflict(error, draft);
        toast(message, "error");
        if (fresh) replace(fresh);
      }
    }

    function startEdit(): void {
      const draft = current();
      if (!draft || state.editing || !mayEdit(shell, draft)) return;
      state.editing = true;
      const editor = byId("editor");
      const text = byId("draft-text-box");
      const box = h("textarea", { id: "edit-box", rows: "8", "aria-label": "修改正文" });
      box.value = draft.body;
      const save = h("button", { type: "button", class: "primary", id: "save-edit" }, "保存并重新机检");
      save.addEventListener("click", () =>
        busy(save, "机检中…", async () => {
          await act(decisions.saveEdit(draft, box.value), "已保存并重新机检");
        }),
      );
      fill(
        editor,
        box,
        h(
          "div",
          { class: "actions" },
          save,
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                state.editing = false;
                renderDetail();
              },
            },
            "取消（Esc）",
          ),
        ),
      );
      editor.hidden = false;
      text.hidden = true;
      box.focus();
    }

    async function evidence(draft: Draft, button: HTMLButtonElement): Promise<void> {
      await busy(button, "生成中…", async () => {
        try {
          const { blob } = await download(`/v1/drafts/${encodeURIComponent(draft.id)}/evidence?format=html`);
          window.open(URL.createObjectURL(new Blob([blob], { type: "text/html" })), "_blank", "noopener");
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      });
    }

    async function promote(draft: Draft, button: HTMLButtonElement): Promise<void> {
      await busy(button, "收入中…", async () => {
        try {
          const result = await api<{ item_id: string }>(
            `/v1/drafts/${encodeURIComponent(draft.id)}/promote`,
            {
              method: "POST",
              body: {},
            },
          );
          toast(`已收入素材库：${result.item_id}`, "ok");
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      });
    }

    function onKey(event: KeyboardEvent): void {
      if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
      const target = event.target as HTMLElement | null;
      if (event.key === "Escape" && state.editing) {
        state.editing = false;
        renderDetail();
        return;
      }
      if (target?.closest("input, textarea, select")) return;
      const draft = current();
      const move = (step: number) => {
        if (state.drafts.length === 0) return;
        choose(Math.max(0, Math.min(state.drafts.length - 1, state.index + step)), false);
        list
          .querySelector<HTMLButtonElement>('.queue-item[aria-current="true"]')
          ?.scrollIntoView({ block: "nearest" });
      };
      const keys: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () =>
          draft &&
          mayReview(shell, draft) &&
          draft.status === "pending_review" &&
          void act(decisions.approve(draft), "已通过"),
        r: () =>
          draft &&
          mayReview(shell, draft) &&
          ["pending_review", "blocked"].includes(draft.status) &&
          void act(decisions.reject(draft, String(window.getSelection() ?? "").trim()), "已驳回"),
        c: () =>
          draft &&
          mayReview(shell, draft) &&
          ["pending_review", "blocked"].includes(draft.status) &&
          void act(decisions.requestChanges(draft), "已退回修改"),
        e: startEdit,
      };
      const handler = keys[event.key];
      if (handler) {
        event.preventDefault();
        handler();
      }
    }

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
        if (state.plan) {
          // A plan older than the first page of plans still gets its option.
          if (![...plan.options].some((option) => option.value === state.plan)) {
            plan.append(h("option", { value: state.plan }, "所选计划"));
          }
          plan.value = state.plan;
          void reload();
        }
      } catch {
        // the plan filter stays at 全部; the queue itself still works
        if (state.plan) void reload();
      }
    }

    filters.addEventListener("submit", (event) => {
      event.preventDefault();
      void reload();
    });
    for (const control of [status, sort, industry, channel, author, plan]) {
      control.addEventListener("change", () => void reload());
    }
    more.addEventListener("click", () => void loadMore());
    document.addEventListener("keydown", onKey);
    void loadPlans();
    if (!state.plan) void reload(params[0] && params[0] !== "job" ? params[0] : undefined);
    return () => document.removeEventListener("keydown", onKey);
  },
};
