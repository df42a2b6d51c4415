// The approved material behind the version on screen: each item with its version, source and approver, what of
// the draft it backs (the current version's citations, recomputed by the server on every edit), and the items
// retrieved but not used.
import { h } from "../../core/dom.ts";
import { label } from "../../core/labels.ts";
import type { Draft } from "../../core/types.ts";

export function sourcesPanel(draft: Draft): HTMLElement {
  const claims = new Map<string, string[]>();
  for (const citation of draft.citations) {
    const key = `${citation.item_id}@${citation.item_version}`;
    claims.set(key, [...(claims.get(key) ?? []), citation.claim]);
  }
  const items = draft.sources
    .map((source) => ({ source, claims: claims.get(`${source.id}@${source.version}`) ?? [] }))
    .sort((a, b) => b.claims.length - a.claims.length);
  const cited = items.filter((item) => item.claims.length > 0).length;
  return h(
    "section",
    { class: "sources", "aria-labelledby": "sources-heading" },
    h("h3", { id: "sources-heading" }, `引用素材（本版引用 ${cited} 条）`),
    items.length === 0 ? h("p", { class: "muted" }, "这条草稿没有检索到素材。") : null,
    items.map(({ source, claims: backed }) =>
      h(
        "article",
        { class: `source ${backed.length > 0 ? "cited" : "uncited"}`, dataset: { item: source.id } },
        h(
          "h4",
          {},
          source.title,
          h("span", { class: "muted" }, ` ${label("kind", source.kind)} · 第 ${source.version} 版`),
        ),
        h("p", { class: "source-text" }, source.text),
        h("p", { class: "muted" }, `来源：${source.source} · 批准：${source.approved_by}`),
        backed.length > 0
          ? h(
              "ul",
              { class: "claims" },
              backed.map((claim) => h("li", {}, `支撑本版：「${claim}」`)),
            )
          : h("p", { class: "muted" }, "检索到，本版未引用"),
      ),
    ),
  );
}
