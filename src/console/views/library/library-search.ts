// 检索素材: the same filters as GET /v1/library/search (industry, stage, tier, channel, scenario, kinds, the day
// material must be valid on, the ranking mode, how many), results with their source and approver.
import { api } from "../../core/api.ts";
import { field, fill, h, select } from "../../core/dom.ts";
import { busy, errorMessage, latest, loading } from "../../core/feedback.ts";
import { LABELS, label } from "../../core/labels.ts";
import { itemLink } from "./item-link.ts";

interface SearchResult {
  id: string;
  version: number;
  kind: string;
  title: string;
  text: string;
  score: number;
  source: string;
  approved_by: string;
  valid_until: string | null;
}

export function searchPanel(): HTMLElement {
  const kinds = h(
    "fieldset",
    { class: "kinds" },
    h("legend", {}, "素材类型（不选即全部）"),
    Object.entries(LABELS.kind).map(([slug, text]) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "kinds", value: slug }), text),
    ),
  );
  const form = h(
    "form",
    { class: "library-search", id: "library-search", role: "search" },
    field(
      "关键词",
      h("input", { name: "query", required: true, maxlength: "500", placeholder: "如：开放日、风险提示" }),
    ),
    field("行业", select("industry", LABELS.industry, { value: "finance", required: true })),
    field("关系阶段", select("stage", LABELS.stage, { blank: "不限" })),
    field("客户层级", select("tier", LABELS.tier, { blank: "不限" })),
    field("渠道", select("channel", LABELS.channel, { blank: "不限" })),
    field("场景", select("scenario", LABELS.scenario, { blank: "不限" })),
    field("有效日期", h("input", { type: "date", name: "at" }), "不填即今天"),
    field(
      "检索方式",
      select("mode", { hybrid: "综合", vector: "语义", keyword: "关键词" }, { value: "hybrid" }),
    ),
    field("条数", select("k", { "5": "5", "10": "10", "20": "20" }, { value: "10" })),
    kinds,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "library-search-button" }, "检索"),
    ),
  );
  const results = h("ol", { class: "search-results", id: "search-results", "aria-label": "检索结果" });
  const status = h("p", { class: "muted", role: "status" });
  const run = latest();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = new FormData(form);
    const query = new URLSearchParams();
    const kindList = values.getAll("kinds").map(String);
    for (const [name, value] of values) if (value && name !== "kinds") query.set(name, String(value));
    if (kindList.length > 0) query.set("kinds", kindList.join(","));
    const button = form.querySelector<HTMLButtonElement>("#library-search-button");
    void busy(button, "检索中…", async () => {
      try {
        const result = await loading(results, () =>
          run((signal) => api<{ results: SearchResult[] }>(`/v1/library/search?${query}`, { signal })),
        );
        if (!result.current || !result.value) return;
        const found = result.value.results;
        status.textContent = found.length === 0 ? "没有符合条件的素材。" : `找到 ${found.length} 条`;
        fill(
          results,
          found.map((item) =>
            h(
              "li",
              { class: "result" },
              h(
                "h4",
                {},
                itemLink(item.id, item.title),
                h("span", { class: "muted" }, ` ${label("kind", item.kind)} · 第 ${item.version} 版`),
              ),
              h("p", {}, item.text),
              h(
                "p",
                { class: "muted" },
                `来源：${item.source} · 批准：${item.approved_by}${item.valid_until ? ` · 有效至 ${item.valid_until}` : ""}`,
              ),
            ),
          ),
        );
      } catch (error) {
        status.textContent = errorMessage(error);
      }
    });
  });
  return h(
    "section",
    { "aria-labelledby": "search-heading" },
    h("h3", { id: "search-heading" }, "检索素材"),
    form,
    status,
    results,
  );
}
