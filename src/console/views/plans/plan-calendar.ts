// A plan day by day: real dates and weekdays, each slot at its time (09:00 group, 12:30 moments, 15:00 1:1,
// 20:00 group), every text in full on request, a blocked item's findings marked with their reasons, and for the
// rep: edit, regenerate one slot, and save everything and submit in one step. Unsaved edits survive a reload
// (sessionStorage, per draft version), the plan itself lives on the server.
import { findingList, highlighted, openFindings, reviewVerdict } from "../../components/findings.ts";
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { busy, errorMessage, toast } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import type { Shell } from "../../core/shell.ts";
import { chinaTime, dayHeading } from "../../core/time.ts";
import type { Draft, DraftPage, PlanDetail, PlanItem } from "../../core/types.ts";
import { planBatch } from "./plan-batch.ts";
import { countsText } from "./plan-list.ts";

const EDITABLE = ["pending_review", "blocked", "changes_requested"];
const editKey = (draft: Draft) => `liangyan.plan-edit.${draft.id}.v${draft.version}`;

function savedEdit(draft: Draft): string | null {
  return sessionStorage.getItem(editKey(draft));
}

export function planCalendar(root: HTMLElement, planId: string, shell: Shell): void {
  let plan: PlanDetail | null = null;
  const drafts = new Map<string, Draft>();

  async function load(): Promise<void> {
    fill(root, h("p", { class: "muted", role: "status" }, "正在加载计划……"));
    try {
      const [detail, page] = await Promise.all([
        api<PlanDetail>(`/v1/plans/${encodeURIComponent(planId)}`),
        api<DraftPage>(`/v1/drafts?plan_id=${encodeURIComponent(planId)}&limit=100`),
      ]);
      plan = detail;
      drafts.clear();
      for (const draft of page.drafts) drafts.set(draft.id, draft);
      render();
    } catch (error) {
      fill(
        root,
        h("p", { class: "error", role: "alert" }, errorMessage(error)),
        h("a", { href: "#/plans" }, "返回计划列表"),
      );
    }
  }

  const mine = () => plan?.author_id === shell.me.id;
  const pendingEdits = () =>
    [...drafts.values()].filter((draft) => {
      const text = savedEdit(draft);
      return text !== null && text !== draft.body;
    });

  function render(): void {
    if (!plan) return;
    const current = plan;
    const days = new Map<number, PlanItem[]>();
    for (const item of current.items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
    const submit = h("button", { type: "button", class: "primary", id: "plan-submit" }, "保存修改并提交审核");
    submit.addEventListener("click", () => void busy(submit, "提交中…", submitAll));
    const saveOnly = h("button", { type: "button", id: "plan-save" }, "只保存修改");
    saveOnly.addEventListener(
      "click",
      () => void busy(saveOnly, "保存中…", async () => void (await saveEdits())),
    );
    fill(
      root,
      h("p", {}, h("a", { href: "#/plans" }, "← 全部计划")),
      h(
        "h2",
        { class: "view-title", id: "plan-title" },
        `${label("industry", current.industry)} · ${label("purpose", current.purpose)} · ${current.period} 天计划`,
      ),
      h(
        "div",
        { class: "plan-toolbar" },
        h(
          "span",
          { class: `badge plan-${current.status}`, id: "plan-status" },
          label("plan_status", current.status),
        ),
        h(
          "span",
          { id: "plan-summary" },
          `${current.start_date} 至 ${current.end_date} · ${countsText(current)}`,
        ),
        current.submitted_at
          ? h("span", { class: "muted" }, `提交于 ${chinaTime(current.submitted_at)}`)
          : null,
        mine() ? saveOnly : null,
        mine() && current.status === "draft" ? submit : null,
      ),
      current.status === "draft" && mine()
        ? h("p", { class: "muted" }, "这是你的草稿计划：审核员还看不到。逐条阅读、修改，满意后提交审核。")
        : null,
      current.status === "submitted" && shell.can("drafts:review") && !mine()
        ? planBatch(current, drafts, load)
        : null,
      h(
        "div",
        { class: "calendar", id: "plan-calendar" },
        [...days.entries()].map(([day, items]) => {
          const first = items[0] as PlanItem;
          return h(
            "section",
            { class: "plan-day", "aria-labelledby": `day-${day}` },
            h(
              "h3",
              { id: `day-${day}` },
              dayHeading(first.date, first.weekday),
              h("span", { class: "muted" }, ` 第 ${day} 天 · ${label("stage", first.stage)}`),
            ),
            items.map((item) => itemCard(current, item)),
          );
        }),
      ),
    );
  }

  function itemCard(current: PlanDetail, item: PlanItem): HTMLElement {
    const draft = drafts.get(item.draft_id);
    const title = `${item.time} ${label("plan_slot", item.slot)}`;
    if (!draft)
      return h("article", { class: "plan-item" }, h("h4", {}, title), h("p", { class: "muted" }, "加载中"));
    const findings = openFindings(draft);
    const verdict = reviewVerdict(draft);
    const blocked = draft.status === "blocked" || verdict === "block";
    const editable = mine() && EDITABLE.includes(draft.status);
    const saved = savedEdit(draft);
    const textId = `text-${draft.id}`;
    const full = h(
      "div",
      { class: `plan-text${blocked ? "" : " clamped"}`, id: textId },
      highlighted(draft.body, findings),
    );
    const toggle = h(
      "button",
      { type: "button", class: "link", "aria-expanded": blocked ? "true" : "false", "aria-controls": textId },
      blocked ? "收起" : "展开全文",
    );
    toggle.addEventListener("click", () => {
      const expanded = full.classList.toggle("clamped") === false;
      toggle.setAttribute("aria-expanded", String(expanded));
      toggle.textContent = expanded ? "收起" : "展开全文";
    });
    const editor = h("textarea", {
      rows: "6",
      "aria-label": `${item.date} ${title} 正文`,
      dataset: { draft: draft.id },
      hidden: saved === null,
    });
    editor.value = saved ?? draft.body;
    editor.addEventListener("input", () => sessionStorage.setItem(editKey(draft), editor.value));
    const edit = h("button", { type: "button", hidden: saved !== null }, "编辑");
    edit.addEventListener("click", () => {
      editor.hidden = false;
      edit.hidden = true;
      editor.focus();
    });
    const regenerate = h("button", { type: "button" }, "重新生成");
    regenerate.addEventListener(
      "click",
      () => void busy(regenerate, "生成中…", () => regenerateSlot(current, draft)),
    );
    return h(
      "article",
      { class: `plan-item status-${draft.status}`, dataset: { draft: draft.id, slot: item.slot } },
      h(
        "div",
        { class: "plan-item-head" },
        h("h4", {}, title),
        h("span", { class: `badge status-${draft.status}` }, label("status", draft.status)),
        h("span", { class: `badge verdict-${verdict}` }, label("verdict", verdict)),
        findings.length > 0 ? h("span", { class: "count" }, `${findings.length} 处标注`) : null,
        saved !== null && saved !== draft.body ? h("span", { class: "badge unsaved" }, "未保存的修改") : null,
      ),
      full,
      toggle,
      blocked || findings.length > 0
        ? h("details", { open: blocked }, h("summary", {}, "标注与原因"), findingList(findings))
        : null,
      draft.decision_note ? h("p", { class: "note" }, `审核意见：${draft.decision_note}`) : null,
      editable ? editor : null,
      editable ? h("div", { class: "actions" }, edit, regenerate) : null,
    );
  }

  /** Saves every edited text (each is checked again by the server); returns how many failed. */
  async function saveEdits(): Promise<number> {
    let failed = 0;
    for (const draft of pendingEdits()) {
      const text = savedEdit(draft) ?? draft.body;
      try {
        const edited = await api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}`, {
          method: "PATCH",
          body: { body: text, version: draft.version },
        });
        sessionStorage.removeItem(editKey(draft));
        drafts.set(edited.id, edited);
      } catch (error) {
        failed++;
        toast(
          `第 ${draft.plan_day} 天 ${label("plan_slot", draft.plan_slot)}：${errorMessage(error)}`,
          "error",
        );
      }
    }
    await load();
    return failed;
  }

  async function submitAll(): Promise<void> {
    if (!plan) return;
    const failed = await saveEdits();
    if (failed > 0) return;
    try {
      const submitted = await api<PlanDetail>(`/v1/plans/${encodeURIComponent(planId)}/submit`, {
        method: "POST",
      });
      const blocked = submitted.counts.blocked;
      toast(
        `已提交审核：${submitted.counts.total} 条${blocked ? `，其中 ${blocked} 条被机检拦截，审核员会退回或驳回` : ""}`,
        blocked ? "info" : "ok",
      );
    } catch (error) {
      toast(errorMessage(error), "error");
    }
    await load();
  }

  async function regenerateSlot(current: PlanDetail, draft: Draft): Promise<void> {
    try {
      const fresh = await api<Draft>(
        `/v1/plans/${encodeURIComponent(current.id)}/items/${encodeURIComponent(draft.id)}/regenerate`,
        { method: "POST", body: { version: draft.version } },
      );
      sessionStorage.removeItem(editKey(draft));
      drafts.set(fresh.id, fresh);
      toast("已重新生成这一条", "ok");
    } catch (error) {
      toast(errorMessage(error), "error");
    }
    await load();
  }

  void load();
}
