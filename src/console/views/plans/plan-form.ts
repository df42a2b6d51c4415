// A new plan: who I am (name, tone, interests, strengths), which customers (industry, products, tier, stage,
// purpose), for how long and from which day. The server makes every item a draft of a draft plan.
import { api } from "../../core/api.ts";
import { field, h, select } from "../../core/dom.ts";
import { busy, errorMessage } from "../../core/feedback.ts";
import { LABELS } from "../../core/labels.ts";

const list = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(/[,，、;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

function tomorrowInChina(): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() + 86_400_000),
  );
  return day;
}

export function planForm(onCreated: (id: string) => void): HTMLElement {
  const error = h("p", { class: "error", role: "alert" });
  const progress = h("p", { class: "muted", role: "status" });
  const create = h("button", { type: "submit", class: "primary", id: "plan-generate" }, "生成计划");
  const form = h(
    "form",
    { class: "plan-form", id: "plan-form" },
    h(
      "fieldset",
      {},
      h("legend", {}, "我是谁"),
      field("称呼", h("input", { name: "name", maxlength: "20", placeholder: "如：小周" })),
      field("语气", select("tone", LABELS.tone, { value: "relaxed" })),
      field("兴趣", h("input", { name: "interests", placeholder: "如：阅读、羽毛球" }), "用顿号或逗号分隔"),
      field("最擅长的产品", h("input", { name: "strengths", placeholder: "如：稳健理财" })),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "客户与目的"),
      field("行业", select("industry", LABELS.industry, { value: "finance" })),
      field("产品", h("input", { name: "products", placeholder: "如：稳盈30天（可多个）" })),
      field("客户层级", select("tier", LABELS.tier, { value: "regular" })),
      field("关系阶段", select("stage", LABELS.stage, { value: "icebreak" })),
      field("目的", select("purpose", LABELS.purpose, { value: "break_ice" })),
      field("客户兴趣", h("input", { name: "customer_interests", placeholder: "如：旅游、摄影" })),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "周期"),
      field("天数", select("period", { "7": "7 天", "15": "15 天" }, { value: "7" })),
      field(
        "开始日期",
        h("input", { name: "start_date", type: "date", value: tomorrowInChina(), required: true }),
      ),
    ),
    h("div", { class: "actions" }, create),
    progress,
    error,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = new FormData(form);
    const name = String(values.get("name") ?? "").trim();
    const body = {
      industry: values.get("industry"),
      products: list(values.get("products")),
      segment: { tier: values.get("tier"), stage: values.get("stage"), purpose: values.get("purpose") },
      period: Number(values.get("period")),
      start_date: values.get("start_date"),
      customer_interests: list(values.get("customer_interests")),
      persona: {
        tone: values.get("tone"),
        interests: list(values.get("interests")),
        strengths: list(values.get("strengths")),
        ...(name ? { name } : {}),
      },
    };
    error.textContent = "";
    progress.textContent = "正在生成，每一条都会经过合规机检……";
    void busy(create, "生成中…", async () => {
      try {
        const created = await api<{ id: string }>("/v1/plans", { body });
        progress.textContent = "";
        onCreated(created.id);
      } catch (failure) {
        progress.textContent = "";
        error.textContent = errorMessage(failure);
      }
    });
  });
  return form;
}
