// The review queue (reviewers) and 我的草稿 (authors): filters, sort by risk or age, keyset paging, the draft
// on screen with its findings and sources, and decisions by keyboard. On a phone the list and the draft take
// turns on the screen. #/queue/<draft>, #/queue/job/<job> and #/queue/plan/<plan> open it focused.
import { api, download } from "../../core/api.ts";
import { byId, fill, h } from "../../core/dom.ts";
import { busy, errorMessage, latest, loading, toast } from "../../core/feedback.ts";
import type { View } from "../../core/shell.ts";
import type { Draft, DraftPage } from "../../core/types.ts";
import * as decisions from "./decisions.ts";
import { draftDetail, mayEdit, mayReview } from "./draft-detail.ts";
import { queueFilters } from "./queue-filters.ts";
import { queueKeys } from "./queue-keys.ts";
import { markSelected, renderQueueList } from "./queue-list.ts";
import { sourcesPanel } from "./sources-panel.ts";

export const queueView: View = {
  route: "queue",
  title: (shell) => (shell.can("drafts:review") ? "审核队列" : "我的草稿"),
  visible: (shell) => shell.can("drafts:read_own"),
  mount(root, params, shell) {
    const reviewer = shell.can("drafts:review");
    const state = { drafts: [] as Draft[], total: 0, next: null as string | null, index: -1, editing: false };
    const run = latest();
    const filters = queueFilters({
      reviewer,
      job: params[0] === "job" ? (params[1] ?? "") : "",
      plan: params[0] === "plan" ? (params[1] ?? "") : "",
      onChange: () => void reload(),
    });
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
      filters.form,
      h("div", { class: "layout" }, h("div", { class: "list-column" }, count, list, more), detail, sources),
    );

    const current = (): Draft | undefined => state.drafts[state.index];

    async function reload(keep?: string): Promise<void> {
      const result = await loading(list, () =>
        run((signal) => api<DraftPage>(`/v1/drafts?${filters.query(null)}`, { signal })),
      ).catch((error: unknown) => {
        toast(errorMessage(error), "error");
        return { current: false } as const;
      });
      if (!result.current || !result.value) return;
      state.drafts = result.value.drafts;
      state.total = result.value.total;
      state.next = result.value.next_cursor;
      filters.remember(state.drafts);
      renderList();
      const at = keep ? state.drafts.findIndex((draft) => draft.id === keep) : -1;
      choose(at >= 0 ? at : state.drafts.length > 0 ? 0 : -1, false);
    }

    async function loadMore(): Promise<void> {
      const cursor = state.next;
      if (!cursor) return;
      await busy(more, "加载中…", async () => {
        try {
          const page = await api<DraftPage>(`/v1/drafts?${filters.query(cursor)}`);
          state.drafts.push(...page.drafts);
          state.next = page.next_cursor;
          filters.remember(page.drafts);
          renderList();
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      });
    }

    function renderList(): void {
      count.textContent = `共 ${state.total} 条，已显示 ${state.drafts.length} 条`;
      more.hidden = !state.next;
      renderQueueList(list, state.drafts, state.index, (index) => choose(index, true));
    }

    /** Selects a draft; `open` also brings it on screen (on a phone the list gives way to it). */
    function choose(index: number, open: boolean): void {
      state.index = index;
      state.editing = false;
      markSelected(list, index);
      renderDetail();
      if (open && current()) {
        root.classList.add("show-detail");
        byId("detail-heading").focus({ preventScroll: true });
        detail.scrollIntoView({ block: "start" });
      }
    }

    function back(): void {
      root.classList.remove("show-detail");
      list.querySelector<HTMLButtonElement>('.queue-item[aria-current="true"]')?.focus();
    }

    const selected = () => String(window.getSelection() ?? "").trim();
    const reviewable = (draft: Draft | undefined, statuses: string[]): draft is Draft =>
      draft !== undefined && mayReview(shell, draft) && statuses.includes(draft.status);
    const approve = () => {
      const draft = current();
      if (reviewable(draft, ["pending_review"])) void act(decisions.approve(draft), "已通过");
    };
    const reject = () => {
      const draft = current();
      if (reviewable(draft, ["pending_review", "blocked"]))
        void act(decisions.reject(draft, selected()), "已驳回");
    };
    const requestChanges = () => {
      const draft = current();
      if (reviewable(draft, ["pending_review", "blocked"]))
        void act(decisions.requestChanges(draft), "已退回修改");
    };

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
          approve,
          reject,
          requestChanges,
          edit: startEdit,
          dismiss: (finding) => void act(decisions.dismissFinding(draft, finding), "已驳回该发现"),
          evidence: (button) => void evidence(draft, button),
          promote: (button) => void promote(draft, button),
          filterJob: (jobId) => filters.setJob(jobId),
          back,
        }),
      );
      fill(sources, sourcesPanel(draft));
    }

    function replace(draft: Draft): void {
      const statuses = filters.statuses();
      if (statuses.length > 0 && !statuses.includes(draft.status)) {
        // Decided and out of this filter: it leaves the list, the next one comes on screen.
        state.drafts.splice(state.index, 1);
        state.total = Math.max(0, state.total - 1);
        renderList();
        choose(Math.min(state.index, state.drafts.length - 1), false);
        document.getElementById("detail-heading")?.focus({ preventScroll: true });
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
      const box = h("textarea", { id: "edit-box", rows: "8", "aria-label": "修改正文" });
      box.value = draft.body;
      const save = h("button", { type: "button", class: "primary", id: "save-edit" }, "保存并重新机检");
      save.addEventListener("click", () =>
        busy(save, "机检中…", () => act(decisions.saveEdit(draft, box.value), "已保存并重新机检")),
      );
      const cancel = h("button", { type: "button", onclick: () => cancelEdit() }, "取消（Esc）");
      const editor = byId("editor");
      fill(editor, box, h("div", { class: "actions" }, save, cancel));
      editor.hidden = false;
      byId("draft-text-box").hidden = true;
      box.focus();
    }

    function cancelEdit(): boolean {
      if (!state.editing) return false;
      state.editing = false;
      renderDetail();
      return true;
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
          const url = `/v1/drafts/${encodeURIComponent(draft.id)}/promote`;
          const result = await api<{ item_id: string }>(url, { method: "POST", body: {} });
          toast(`已收入素材库：${result.item_id}`, "ok");
        } catch (error) {
          toast(errorMessage(error), "error");
        }
      });
    }

    const onKey = queueKeys({
      move(step) {
        if (state.drafts.length === 0) return;
        choose(Math.max(0, Math.min(state.drafts.length - 1, state.index + step)), false);
        list.querySelector('.queue-item[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
      },
      approve,
      reject,
      requestChanges,
      edit: startEdit,
      cancelEdit,
    });
    more.addEventListener("click", () => void loadMore());
    document.addEventListener("keydown", onKey);
    // A plan named by the route is applied once the plan filter has its choices; it reloads then.
    if (params[0] !== "plan") void reload(params[0] && params[0] !== "job" ? params[0] : undefined);
    return () => document.removeEventListener("keydown", onKey);
  },
};
