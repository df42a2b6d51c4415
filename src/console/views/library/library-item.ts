// One item of approved material: its current text, where it applies, and every version it has had with who
// approved it and from which source.
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { errorMessage } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import { chinaTime } from "../../core/time.ts";

interface Version {
  version: number;
  origin: string;
  created_at: string;
  data: {
    title?: string;
    text?: string;
    source?: string;
    approved_by?: string;
    valid_from?: string;
    valid_until?: string;
  };
}

interface Item {
  id: string;
  kind: string;
  industry: string;
  title: string;
  text: string;
  product: string | null;
  stages: string[];
  tiers: string[];
  channels: string[];
  valid_from: string | null;
  valid_until: string | null;
  source: string;
  approved_by: string;
  version: number;
  status: string;
  versions: Version[];
}

const many = (table: "stage" | "tier" | "channel", slugs: string[]) =>
  slugs.length === 0 ? "不限" : slugs.map((slug) => label(table, slug)).join("、");

export function libraryItem(root: HTMLElement, id: string): void {
  fill(root, h("p", { class: "muted", role: "status" }, "加载中……"));
  api<Item>(`/v1/library/items/${encodeURIComponent(id)}`)
    .then((item) =>
      fill(
        root,
        h("p", {}, h("a", { href: "#/library" }, "← 素材库")),
        h("h2", { class: "view-title", id: "item-title" }, item.title),
        h(
          "p",
          {},
          h("span", { class: "badge" }, label("kind", item.kind)),
          h("span", { class: "badge" }, label("industry", item.industry)),
          h("span", { class: `badge item-${item.status}` }, item.status === "active" ? "在用" : "已下线"),
          h("span", { class: "badge" }, `第 ${item.version} 版`),
        ),
        h("p", { class: "item-text" }, item.text),
        h(
          "dl",
          { class: "facts" },
          h("dt", {}, "产品"),
          h("dd", {}, item.product ?? "—"),
          h("dt", {}, "适用阶段"),
          h("dd", {}, many("stage", item.stages)),
          h("dt", {}, "客户层级"),
          h("dd", {}, many("tier", item.tiers)),
          h("dt", {}, "渠道"),
          h("dd", {}, many("channel", item.channels)),
          h("dt", {}, "有效期"),
          h("dd", {}, `${item.valid_from ?? "—"} 至 ${item.valid_until ?? "长期"}`),
          h("dt", {}, "来源"),
          h("dd", {}, item.source),
          h("dt", {}, "批准人"),
          h("dd", { id: "item-approved-by" }, item.approved_by),
        ),
        h("h3", {}, `版本记录（${item.versions.length}）`),
        h(
          "ol",
          { class: "item-versions", reversed: true },
          item.versions.map((version) =>
            h(
              "li",
              {},
              h("h4", {}, `第 ${version.version} 版 · ${chinaTime(version.created_at)}`),
              h("p", {}, version.data.text ?? ""),
              h(
                "p",
                { class: "muted" },
                `批准：${version.data.approved_by ?? "—"} · 来源：${version.data.source ?? "—"}`,
              ),
            ),
          ),
        ),
      ),
    )
    .catch((error: unknown) =>
      fill(
        root,
        h("p", { class: "error", role: "alert" }, errorMessage(error)),
        h("a", { href: "#/library" }, "返回素材库"),
      ),
    );
}
