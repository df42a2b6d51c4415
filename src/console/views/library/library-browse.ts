// 浏览素材: items by industry, kind and status, a page at a time; refreshed after an import.
import { api } from "../../core/api.ts";
import { field, fill, h, select } from "../../core/dom.ts";
import { busy, errorMessage, latest, loading } from "../../core/feedback.ts";
import { LABELS, label } from "../../core/labels.ts";
import { itemLink } from "./item-link.ts";

interface ItemRow {
  id: string;
  kind: string;
  industry: string;
  title: string;
  version: number;
  approved_by: string;
  valid_until: string | null;
}

export function browsePanel(): HTMLElement {
  const industry = select("industry", LABELS.industry, { blank: "全部行业" });
  const kind = select("kind", LABELS.kind, { blank: "全部类型" });
  const status = select("status", { active: "在用", retired: "已下线" }, { value: "active" });
  const list = h("ul", { class: "item-list", id: "item-list", "aria-label": "素材列表" });
  const more = h("button", { type: "button", hidden: true }, "加载更多");
  const note = h("p", { class: "muted", role: "status" });
  const run = latest();
  let next: string | null = null;
  let shown: ItemRow[] = [];
  const query = () => {
    const values = new URLSearchParams({ limit: "30", status: status.value });
    if (industry.value) values.set("industry", industry.value);
    if (kind.value) values.set("kind", kind.value);
    return values;
  };
  const render = () => {
    note.textContent = shown.length === 0 ? "没有素材。" : `已显示 ${shown.length} 条`;
    more.hidden = !next;
    fill(
      list,
      shown.map((item) =>
        h(
          "li",
          {},
          itemLink(item.id, item.title),
          h(
            "span",
            { class: "muted" },
            ` ${label("industry", item.industry)} · ${label("kind", item.kind)} · 第 ${item.version} 版 · 批准：${item.approved_by}`,
          ),
        ),
      ),
    );
  };
  const reload = async () => {
    try {
      const result = await loading(list, () =>
        run((signal) =>
          api<{ items: ItemRow[]; next_cursor: string | null }>(`/v1/library/items?${query()}`, { signal }),
        ),
      );
      if (!result.current || !result.value) return;
      shown = result.value.items;
      next = result.value.next_cursor;
      render();
    } catch (error) {
      note.textContent = errorMessage(error);
    }
  };
  more.addEventListener("click", () =>
    busy(more, "加载中…", async () => {
      const values = query();
      if (next) values.set("cursor", next);
      try {
        const page = await api<{ items: ItemRow[]; next_cursor: string | null }>(
          `/v1/library/items?${values}`,
        );
        shown.push(...page.items);
        next = page.next_cursor;
        render();
      } catch (error) {
        note.textContent = errorMessage(error);
      }
    }),
  );
  for (const control of [industry, kind, status]) control.addEventListener("change", () => void reload());
  void reload();
  const section = h(
    "section",
    { "aria-labelledby": "browse-heading" },
    h("h3", { id: "browse-heading" }, "浏览素材"),
    h("div", { class: "filters" }, field("行业", industry), field("类型", kind), field("状态", status)),
    note,
    list,
    more,
  );
  section.addEventListener("refresh", () => void reload());
  return section;
}
