// The sales plan workflow: who I am, which customers, what for, 7 or 15 days → POST /v1/plans → a calendar of
// moments posts, group messages (09:00, 20:00) and 1:1 lines to read, edit and submit in one step.
// Every item is already a draft in the review queue; submitting saves the edits, each checked again.

const PURPOSES = { break_ice: "破冰", reactivate: "唤醒沉睡客户", convert: "促成转化" };
const SLOTS = [
  ["moments", "朋友圈"],
  ["group_09:00", "社群 09:00"],
  ["private", "1对1 私聊"],
  ["group_20:00", "社群 20:00"],
];

const list = (value) =>
  String(value ?? "")
    .split(/[,，、;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

export function setupPlan({ api, el, toast, LABELS, onSubmitted }) {
  const $ = (id) => document.getElementById(id);
  const fill = (select, entries) =>
    select.replaceChildren(
      ...Object.entries(entries).map(([value, label]) => el("option", { value }, label)),
    );
  fill($("plan-industry"), LABELS.industry);
  fill($("plan-tier"), LABELS.tier);
  fill($("plan-stage"), LABELS.stage);
  fill($("plan-purpose"), PURPOSES);
  const plan = { id: null, drafts: new Map(), edits: new Map() };

  $("plan-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData($("plan-form"));
    const persona = {
      tone: form.get("tone"),
      interests: list(form.get("interests")),
      strengths: list(form.get("strengths")),
      ...(String(form.get("name") ?? "").trim() ? { name: String(form.get("name")).trim() } : {}),
    };
    const body = {
      industry: form.get("industry"),
      products: list(form.get("products")),
      segment: { tier: form.get("tier"), stage: form.get("stage"), purpose: form.get("purpose") },
      period: Number(form.get("period")),
      persona,
    };
    $("plan-generate").disabled = true;
    $("plan-progress").textContent = "正在生成，每一条都会经过合规机检……";
    try {
      const created = await api("/v1/plans", { method: "POST", body });
      plan.id = created.id;
      await loadPlan();
      $("plan-progress").textContent = `已生成 ${created.items.length} 条，逐条阅读、修改后提交。`;
    } catch (error) {
      $("plan-progress").textContent = "";
      toast(error.status === 404 ? "计划生成服务尚未上线" : error.message, "error");
    } finally {
      $("plan-generate").disabled = false;
    }
  });

  $("plan-submit").addEventListener("click", async () => {
    if (!plan.id) return;
    $("plan-submit").disabled = true;
    let saved = 0;
    let blocked = 0;
    const failures = [];
    // One step for the rep; one PATCH per edited item underneath, each re-checked and versioned.
    for (const [id, text] of plan.edits) {
      const draft = plan.drafts.get(id);
      if (!draft || text === draft.body) continue;
      try {
        const edited = await api(`/v1/drafts/${id}`, {
          method: "PATCH",
          body: { body: text, version: draft.version },
        });
        plan.drafts.set(id, edited);
        saved++;
        if (edited.status === "blocked") blocked++;
      } catch (error) {
        failures.push(error.message);
      }
    }
    plan.edits.clear();
    $("plan-submit").disabled = false;
    renderCalendar();
    const total = plan.drafts.size;
    const waiting = [...plan.drafts.values()].filter((d) => d.status === "pending_review").length;
    toast(
      failures.length > 0
        ? `有 ${failures.length} 条保存失败：${failures[0]}`
        : `已提交：修改 ${saved} 条，${waiting}/${total} 条待审核${blocked ? `，${blocked} 条仍被拦截` : ""}`,
      failures.length > 0 || blocked > 0 ? "error" : "ok",
    );
    onSubmitted();
  });

  async function loadPlan() {
    const page = await api(`/v1/drafts?plan_id=${encodeURIComponent(plan.id)}&limit=100`);
    plan.drafts = new Map(page.drafts.map((draft) => [draft.id, draft]));
    plan.edits.clear();
    renderCalendar();
  }

  function renderCalendar() {
    const days = new Map();
    for (const draft of plan.drafts.values()) {
      const day = draft.plan_day ?? 0;
      days.set(day, [...(days.get(day) ?? []), draft]);
    }
    const waiting = [...plan.drafts.values()].filter((d) => d.status === "pending_review").length;
    $("plan-summary").textContent = `${days.size} 天 · ${plan.drafts.size} 条 · ${waiting} 条待审核`;
    $("plan-toolbar").hidden = false;
    $("plan-calendar").replaceChildren(
      ...[...days.keys()]
        .sort((a, b) => a - b)
        .map((day) =>
          el(
            "section",
            { class: "plan-day" },
            el("h4", {}, `第 ${day} 天`),
            ...SLOTS.map(([slot, label]) => {
              const draft = days.get(day).find((d) => d.plan_slot === slot);
              if (!draft) return null;
              const box = el("textarea", { rows: "4", dataset: { draft: draft.id } });
              box.value = plan.edits.get(draft.id) ?? draft.body;
              box.readOnly = !["pending_review", "blocked", "changes_requested"].includes(draft.status);
              box.addEventListener("input", () => plan.edits.set(draft.id, box.value));
              const findings =
                (draft.verdict?.findings ?? []).length + (draft.grounding?.findings ?? []).length;
              return el(
                "div",
                { class: "plan-item" },
                el(
                  "div",
                  { class: "plan-item-head" },
                  el("strong", {}, label),
                  el(
                    "span",
                    { class: `badge status-${draft.status}` },
                    LABELS.status[draft.status] ?? draft.status,
                  ),
                  findings > 0 ? el("span", { class: "count" }, `${findings} 处标注`) : null,
                ),
                box,
              );
            }),
          ),
        ),
    );
  }
}
