// The queue's items: each a button (reachable by Tab, opened with Enter) with its status, risk, channel,
// industry, open findings, a preview of the text, the author and how long it has waited.
import { openFindings } from "../../components/findings.ts";
import { fill, h } from "../../core/dom.ts";
import { label } from "../../core/labels.ts";
import { age } from "../../core/time.ts";
import type { Draft } from "../../core/types.ts";
import { OPEN_STATUSES } from "./decisions.ts";

const RISK_LABELS = ["无标注", "需关注", "高风险"];

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

export function renderQueueList(
  list: HTMLElement,
  drafts: readonly Draft[],
  selected: number,
  open: (index: number) => void,
): void {
  fill(
    list,
    drafts.length === 0 ? h("li", { class: "muted empty" }, "没有符合条件的草稿") : null,
    drafts.map((draft, index) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: `queue-item risk-${draft.risk ?? 0}`,
            "aria-current": index === selected ? "true" : undefined,
            dataset: { id: draft.id, status: draft.status },
            onclick: () => open(index),
          },
          h(
            "span",
            { class: "queue-meta" },
            h("span", { class: `badge status-${draft.status}` }, label("status", draft.status)),
            h("span", { class: `badge risk risk-${draft.risk ?? 0}` }, RISK_LABELS[draft.risk ?? 0] ?? ""),
            h("span", {}, label("channel", draft.channel)),
            h("span", {}, label("industry", draft.industry)),
            openFindings(draft).length > 0
              ? h("span", { class: "count" }, `${openFindings(draft).length} 处标注`)
              : null,
          ),
          h("span", { class: "queue-preview" }, preview(draft.body)),
          h(
            "span",
            { class: "queue-foot" },
            `${draft.author_name} · `,
            OPEN_STATUSES.includes(draft.status)
              ? `等待 ${age(draft.created_at)}`
              : label("status", draft.status),
          ),
        ),
      ),
    ),
  );
}

/** Marks the selected item without redrawing the list (focus stays where it is). */
export function markSelected(list: HTMLElement, selected: number): void {
  for (const [at, item] of [...list.querySelectorAll<HTMLButtonElement>(".queue-item")].entries()) {
    if (at === selected) item.setAttribute("aria-current", "true");
    else item.removeAttribute("aria-current");
  }
}
