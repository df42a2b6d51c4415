// The reviewers' console: plain ES modules, no build step. Every call goes to the same /v1 API scripts use,
// with the API key from sessionStorage (gone when the tab closes). Text from drafts is inserted as text nodes.
import { allFindings, renderHighlighted } from "./highlight.js";
import { setupPlan } from "./plan.js";

export const LABELS = {
  status: {
    pending_review: "待审核",
    approved: "已通过",
    rejected: "已驳回",
    changes_requested: "需修改",
    blocked: "已拦截",
  },
  channel: { moments: "朋友圈", group: "社群", private: "私聊", outbound: "外呼话术", sms: "短信" },
  industry: {
    finance: "银行理财",
    insurance: "保险",
    pharma: "医药",
    medical: "医疗",
    health_food: "保健食品",
    beauty: "美妆",
    mother_baby: "母婴",
    pets: "宠物",
    jewelry: "珠宝",
    education: "教育",
    auto: "汽车",
    manufacturing: "制造",
    retail: "零售",
    food_beverage: "食品饮料",
  },
  stage: { icebreak: "破冰期", interest: "兴趣期", decision: "决策期" },
  tier: { high_value: "高净值", regular: "普通", price_sensitive: "价格敏感" },
  reason: {
    absolute_term: "绝对化用语",
    unsupported_claim: "无依据的宣称",
    missing_disclosure: "缺少必要提示",
    pii: "包含个人信息",
    tone: "语气不当",
    factual_error: "事实错误",
    other: "其他",
  },
  severity: { block: "拦截", warn: "警告" },
  verdict: { pass: "机检通过", needs_attention: "需人工关注", block: "机检拦截" },
  action: {
    created: "创建",
    edited: "编辑",
    approved: "通过",
    rejected: "驳回",
    changes_requested: "要求修改",
    warn_overridden: "说明理由放行警告",
    promoted: "收入素材库",
    rule_accepted: "采纳规则",
  },
};

const KEY = "liangyan.key";
const $ = (id) => document.getElementById(id);
const state = {
  me: null,
  drafts: [],
  total: 0,
  more: false,
  index: -1,
  current: null,
  editing: false,
  authors: new Map(),
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export { el };

/** replaceChildren that skips the null and false of conditional parts (the DOM would print them as text). */
function fill(node, ...children) {
  node.replaceChildren(
    ...children.flat().filter((child) => child !== null && child !== undefined && child !== false),
  );
}

export function toast(message, kind = "info") {
  const box = $("toast");
  box.textContent = message;
  box.className = `toast show ${kind}`;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => box.classList.remove("show"), 4000);
}

/** One fetch wrapper: the key as a header, JSON in and out, problem+json turned into a readable error. */
export async function api(path, options = {}) {
  const headers = { authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ""}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method: options.method ?? "GET",
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (response.status === 401) {
    signOut("密钥无效或已吊销，请重新登录");
    throw new Error("unauthorized");
  }
  const type = response.headers.get("content-type") ?? "";
  const data = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error(data?.detail ?? `请求失败（${response.status}）`);
    error.status = response.status;
    throw error;
  }
  return data;
}

function options(select, entries, blank) {
  select.replaceChildren(
    ...(blank ? [el("option", { value: "" }, blank)] : []),
    ...Object.entries(entries).map(([value, label]) => el("option", { value }, label)),
  );
}

function can(permission) {
  return state.me?.permissions.includes(permission) ?? false;
}

/* ---------- sign in ---------- */

async function signIn(key) {
  sessionStorage.setItem(KEY, key);
  try {
    state.me = await api("/v1/me");
  } catch (error) {
    sessionStorage.removeItem(KEY);
    $("signin-error").textContent = error.message === "unauthorized" ? "密钥无效或已吊销" : error.message;
    return;
  }
  showApp();
}

function signOut(message = "") {
  sessionStorage.removeItem(KEY);
  state.me = null;
  $("app").hidden = true;
  $("signout").hidden = true;
  $("shortcuts").hidden = true;
  $("who").textContent = "";
  $("signin").hidden = false;
  $("signin-error").textContent = message;
}

const ROLE_LABELS = { ops: "内容运营", sales: "一线销售", reviewer: "合规审核", admin: "管理员" };

function showApp() {
  $("signin").hidden = true;
  $("app").hidden = false;
  $("signout").hidden = false;
  $("shortcuts").hidden = false;
  $("who").textContent = `${state.me.name} · ${ROLE_LABELS[state.me.role] ?? state.me.role}`;
  const reviewer = can("drafts:review");
  $("tab-button-queue").textContent = reviewer ? "审核队列" : "我的草稿";
  $("tab-button-plan").hidden = !can("drafts:create");
  $("tab-button-learning").hidden = !can("drafts:read_all");
  $("filter-author-label").hidden = !can("drafts:read_all");
  $("filter-status").value = reviewer ? "pending_review" : "";
  switchTab("queue");
  loadQueue();
}

/* ---------- tabs ---------- */

function switchTab(name) {
  for (const tab of ["queue", "plan", "learning"]) {
    $(`tab-${tab}`).hidden = tab !== name;
    $(`tab-button-${tab}`).setAttribute("aria-selected", String(tab === name));
  }
  if (name === "learning") loadLearning();
}

/* ---------- queue ---------- */

async function loadQueue(keepId) {
  const form = new FormData($("filters"));
  const query = new URLSearchParams({ limit: "100" });
  for (const [name, value] of form) if (value) query.set(name, String(value));
  let page;
  try {
    page = await api(`/v1/drafts?${query}`);
  } catch (error) {
    toast(error.message, "error");
    return;
  }
  state.drafts = page.drafts;
  state.total = page.total;
  for (const draft of page.drafts) state.authors.set(draft.author_id, draft.author_name);
  refreshAuthors();
  state.more = Boolean(page.next_cursor);
  showCount();
  renderQueue();
  const at = keepId ? state.drafts.findIndex((d) => d.id === keepId) : -1;
  select(at >= 0 ? at : state.drafts.length > 0 ? 0 : -1);
}

function showCount() {
  $("queue-count").textContent = `共 ${state.total} 条${state.more ? "（显示前 100 条）" : ""}`;
}

function refreshAuthors() {
  const chosen = $("filter-author").value;
  options($("filter-author"), Object.fromEntries(state.authors), "全部");
  $("filter-author").value = chosen;
}

function preview(text) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 42 ? `${flat.slice(0, 42)}…` : flat;
}

function renderQueue() {
  const list = $("queue-list");
  list.replaceChildren(
    ...state.drafts.map((draft, index) => {
      const findings = allFindings(draft);
      return el(
        "div",
        {
          role: "option",
          class: "queue-item",
          dataset: { id: draft.id, status: draft.status },
          onclick: () => select(index),
        },
        el(
          "div",
          { class: "queue-meta" },
          el("span", { class: `badge status-${draft.status}` }, LABELS.status[draft.status] ?? draft.status),
          el("span", {}, LABELS.channel[draft.channel] ?? draft.channel),
          el("span", {}, LABELS.industry[draft.industry] ?? draft.industry),
          findings.length > 0 ? el("span", { class: "count" }, `${findings.length} 处标注`) : null,
        ),
        el("div", { class: "queue-preview" }, preview(draft.body)),
        el("div", { class: "muted" }, draft.author_name),
      );
    }),
  );
  if (state.drafts.length === 0) list.append(el("div", { class: "muted empty" }, "没有符合条件的草稿"));
}

function select(index) {
  state.index = index;
  state.editing = false;
  for (const [at, item] of [...$("queue-list").children].entries()) {
    item.setAttribute("aria-selected", String(at === index));
    if (at === index) item.scrollIntoView({ block: "nearest" });
  }
  state.current = state.drafts[index] ?? null;
  renderDetail();
}

function move(step) {
  if (state.drafts.length === 0) return;
  select(Math.max(0, Math.min(state.drafts.length - 1, state.index + step)));
}

function renderDetail() {
  const draft = state.current;
  const detail = $("detail");
  const sources = $("sources");
  if (!draft) {
    detail.replaceChildren(el("p", { class: "muted empty" }, "在左侧选择一条草稿。"));
    sources.replaceChildren();
    return;
  }
  const findings = allFindings(draft);
  const reviewer = can("drafts:review");
  const open = ["pending_review", "blocked", "changes_requested"].includes(draft.status);
  const mayEdit = open && (reviewer || draft.author_id === state.me.id);
  const text = el("div", { class: "draft-text", id: "draft-text" });
  renderHighlighted(text, draft.body, findings);
  const meta = [
    LABELS.channel[draft.channel] ?? draft.channel,
    LABELS.industry[draft.industry] ?? draft.industry,
    LABELS.stage[draft.stage] ?? draft.stage,
    LABELS.tier[draft.tier] ?? draft.tier,
    draft.product,
    draft.plan_day ? `计划第 ${draft.plan_day} 天 ${draft.plan_slot ?? ""}` : null,
  ].filter(Boolean);
  const actions = el("div", { class: "actions" });
  if (reviewer && draft.status === "pending_review") {
    actions.append(
      el("button", { type: "button", class: "primary", id: "approve", onclick: approve }, "通过 (a)"),
    );
  }
  if (reviewer && ["pending_review", "blocked"].includes(draft.status)) {
    actions.append(
      el("button", { type: "button", class: "danger", id: "reject", onclick: openReject }, "驳回 (r)"),
      el("button", { type: "button", id: "request-changes", onclick: openChanges }, "要求修改 (c)"),
    );
  }
  if (mayEdit) actions.append(el("button", { type: "button", id: "edit", onclick: startEdit }, "编辑 (e)"));
  if (["approved", "rejected"].includes(draft.status)) {
    actions.append(el("button", { type: "button", id: "evidence", onclick: openEvidence }, "证据包"));
  }
  if (draft.status === "approved" && can("library:write")) {
    actions.append(el("button", { type: "button", id: "promote", onclick: promote }, "收入素材库"));
  }
  const decision =
    draft.decided_by && !open
      ? el(
          "p",
          { class: `decision status-${draft.status}` },
          `${LABELS.status[draft.status]} · ${draft.decided_by_name ?? draft.decided_by} · ${new Date(draft.decided_at).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}`,
          draft.decision_reason_code ? ` · ${LABELS.reason[draft.decision_reason_code]}` : "",
          draft.decision_note ? ` · ${draft.decision_note}` : "",
        )
      : draft.status === "changes_requested" && draft.decision_note
        ? el("p", { class: "decision status-changes_requested" }, `修改意见：${draft.decision_note}`)
        : null;
  fill(
    detail,
    el(
      "header",
      { class: "detail-head" },
      el(
        "span",
        { class: `badge status-${draft.status}`, id: "detail-status" },
        LABELS.status[draft.status] ?? draft.status,
      ),
      el(
        "span",
        { class: `badge verdict-${reviewVerdict(draft)}` },
        LABELS.verdict[reviewVerdict(draft)] ?? "",
      ),
      el(
        "span",
        { class: "muted" },
        `${meta.join(" · ")} · 第 ${draft.version} 版 · 作者 ${draft.author_name}`,
      ),
    ),
    decision,
    text,
    el("div", { id: "editor", hidden: "" }),
    actions,
    el(
      "section",
      { class: "findings", id: "findings" },
      el("h3", {}, `合规标注（${findings.length}）`),
      findings.length === 0
        ? el("p", { class: "muted" }, "机检未发现问题。")
        : el(
            "ol",
            {},
            findings.map((f, index) =>
              el(
                "li",
                { class: `finding sev-${f.severity}`, dataset: { finding: String(index + 1) } },
                el("span", { class: `badge sev-${f.severity}` }, LABELS.severity[f.severity] ?? f.severity),
                el("q", {}, f.excerpt || "（缺失项）"),
                el("div", { class: "finding-reason" }, f.suggestion),
                el("div", { class: "finding-article muted" }, `依据：${f.article} · ${f.rule}`),
              ),
            ),
          ),
      (draft.review?.reasons ?? draft.verdict.reasons ?? []).map((reason) =>
        el("p", { class: "muted" }, reason),
      ),
    ),
  );
  renderSources(draft);
}

/** The verdict of the version on screen, with grounding and dismissals counted (the API's `review`). */
function reviewVerdict(draft) {
  return draft.review?.verdict ?? draft.verdict.verdict;
}

function renderSources(draft) {
  const cited = new Map();
  for (const c of draft.citations) {
    const key = `${c.item_id}@${c.item_version}`;
    cited.set(key, [...(cited.get(key) ?? []), c.claim]);
  }
  const items = draft.sources.map((s) => ({ ...s, claims: cited.get(`${s.id}@${s.version}`) ?? [] }));
  const known = new Set(items.map((s) => `${s.id}@${s.version}`));
  for (const [key, claims] of cited) {
    if (!known.has(key)) {
      const [id, version] = key.split("@");
      items.push({
        id,
        version,
        title: "（未留快照）",
        text: "",
        source: "",
        approved_by: "",
        kind: "",
        claims,
      });
    }
  }
  items.sort((a, b) => b.claims.length - a.claims.length);
  fill(
    $("sources"),
    el("h3", {}, `引用素材（${items.filter((s) => s.claims.length > 0).length}）`),
    items.length === 0 ? el("p", { class: "muted" }, "没有检索素材。") : null,
    ...items.map((s) =>
      el(
        "div",
        { class: `source ${s.claims.length > 0 ? "cited" : "uncited"}`, dataset: { item: s.id } },
        el(
          "div",
          { class: "source-title" },
          s.title,
          el("span", { class: "muted" }, ` ${s.id} v${s.version}`),
        ),
        el("div", { class: "source-text" }, s.text),
        el("div", { class: "muted" }, s.source ? `来源：${s.source} · 批准：${s.approved_by}` : ""),
        s.claims.length > 0
          ? el(
              "ul",
              { class: "claims" },
              s.claims.map((claim) => el("li", {}, `支撑：「${claim}」`)),
            )
          : el("div", { class: "muted" }, "检索到，未引用"),
      ),
    ),
  );
}

/* ---------- decisions ---------- */

async function decided(promise, message) {
  try {
    const draft = await promise;
    toast(message, "ok");
    replaceCurrent(draft);
    // In the review queue a decided draft leaves the pending list: move on to the next one.
    if ($("filter-status").value === "pending_review" && draft.status !== "pending_review") {
      state.drafts.splice(state.index, 1);
      state.total = Math.max(0, state.total - 1);
      showCount();
      renderQueue();
      select(Math.min(state.index, state.drafts.length - 1));
    }
  } catch (error) {
    toast(error.message, "error");
    if (error.status === 409) loadQueue(state.current?.id);
  }
}

function replaceCurrent(draft) {
  state.drafts[state.index] = draft;
  state.current = draft;
  renderQueue();
  select(state.index);
}

function approve() {
  const draft = state.current;
  if (draft?.status !== "pending_review" || !can("drafts:review")) return;
  const findings = allFindings(draft);
  if (reviewVerdict(draft) !== "pass" || findings.length > 0) {
    $("override-findings").replaceChildren(
      ...findings.map((f) =>
        el("li", {}, `「${f.excerpt}」 ${LABELS.severity[f.severity]}：${f.suggestion}`),
      ),
    );
    $("override-reason").value = "";
    $("override-dialog").showModal();
    return;
  }
  decided(
    api(`/v1/drafts/${draft.id}/approve`, { method: "POST", body: { version: draft.version } }),
    "已通过",
  );
}

function openReject() {
  const draft = state.current;
  if (!draft || !can("drafts:review") || !["pending_review", "blocked"].includes(draft.status)) return;
  const selected = String(window.getSelection() ?? "").trim();
  $("reject-phrases").value = selected && draft.body.includes(selected) ? selected : "";
  $("reject-note").value = "";
  $("reject-reason").value = "";
  $("reject-dialog").showModal();
}

function openChanges() {
  const draft = state.current;
  if (!draft || !can("drafts:review") || !["pending_review", "blocked"].includes(draft.status)) return;
  $("changes-note").value = "";
  $("changes-dialog").showModal();
}

function setupDialogs() {
  $("reject-dialog").addEventListener("close", () => {
    if ($("reject-dialog").returnValue !== "confirm" || !state.current) return;
    const phrases = $("reject-phrases")
      .value.split("|")
      .map((p) => p.trim())
      .filter(Boolean);
    decided(
      api(`/v1/drafts/${state.current.id}/reject`, {
        method: "POST",
        body: {
          version: state.current.version,
          reason_code: $("reject-reason").value,
          note: $("reject-note").value,
          ...(phrases.length > 0 ? { phrases } : {}),
        },
      }),
      "已驳回",
    );
  });
  $("changes-dialog").addEventListener("close", () => {
    if ($("changes-dialog").returnValue !== "confirm" || !state.current) return;
    decided(
      api(`/v1/drafts/${state.current.id}/request-changes`, {
        method: "POST",
        body: { note: $("changes-note").value, version: state.current.version },
      }),
      "已退回修改",
    );
  });
  $("override-dialog").addEventListener("close", () => {
    if ($("override-dialog").returnValue !== "confirm" || !state.current) return;
    decided(
      api(`/v1/drafts/${state.current.id}/approve`, {
        method: "POST",
        body: { override_reason: $("override-reason").value, version: state.current.version },
      }),
      "已说明理由并通过",
    );
  });
}

/* ---------- edit, evidence, promote ---------- */

function startEdit() {
  const draft = state.current;
  if (!draft || state.editing || !$("edit")) return;
  state.editing = true;
  const editor = $("editor");
  const box = el("textarea", { id: "edit-box", rows: "8" });
  box.value = draft.body;
  editor.replaceChildren(
    box,
    el(
      "div",
      { class: "actions" },
      el(
        "button",
        { type: "button", class: "primary", id: "save-edit", onclick: () => saveEdit(box.value) },
        "保存并重新机检",
      ),
      el("button", { type: "button", onclick: cancelEdit }, "取消 (Esc)"),
    ),
  );
  editor.hidden = false;
  $("draft-text").hidden = true;
  box.focus();
}

function cancelEdit() {
  state.editing = false;
  renderDetail();
}

async function saveEdit(body) {
  const draft = state.current;
  try {
    const edited = await api(`/v1/drafts/${draft.id}`, {
      method: "PATCH",
      body: { body, version: draft.version },
    });
    state.editing = false;
    replaceCurrent(edited);
    toast(
      edited.status === "blocked" ? "已保存，但机检仍拦截，请继续修改" : "已保存，重新进入待审核",
      edited.status === "blocked" ? "error" : "ok",
    );
  } catch (error) {
    toast(error.message, "error");
  }
}

async function openEvidence() {
  // The page needs the key header, so it is fetched here and shown from a blob URL in a new tab.
  try {
    const html = await api(`/v1/drafts/${state.current.id}/evidence?format=html`);
    const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    window.open(url, "_blank", "noopener");
  } catch (error) {
    toast(error.message, "error");
  }
}

async function promote() {
  try {
    const result = await api(`/v1/drafts/${state.current.id}/promote`, { method: "POST", body: {} });
    toast(`已收入素材库：${result.item_id}（${result.outcome}）`, "ok");
  } catch (error) {
    toast(error.message, "error");
  }
}

/* ---------- learning ---------- */

async function loadLearning() {
  const box = $("learning");
  let report;
  try {
    report = await api("/v1/review/learning");
  } catch (error) {
    box.replaceChildren(el("p", { class: "error" }, error.message));
    return;
  }
  const d = report.decisions;
  fill(
    box,
    el("h3", {}, "审核结论"),
    el("p", {}, `通过 ${d.approved} · 驳回 ${d.rejected} · 要求修改 ${d.changes_requested}`),
    el("h3", {}, "驳回原因"),
    el(
      "table",
      {},
      el("tr", {}, el("th", {}, "原因"), el("th", {}, "次数")),
      report.rejections_by_reason.map((r) =>
        el("tr", {}, el("td", {}, LABELS.reason[r.reason_code] ?? r.reason_code), el("td", {}, r.count)),
      ),
    ),
    el("h3", {}, `建议新增规则（同一短语被驳回 ≥ ${report.threshold} 次）`),
    report.proposals.length === 0
      ? el("p", { class: "muted" }, "暂无建议。")
      : el(
          "table",
          {},
          el(
            "tr",
            {},
            el("th", {}, "短语"),
            el("th", {}, "类别"),
            el("th", {}, "驳回次数"),
            el("th", {}, ""),
          ),
          report.proposals.map((p) =>
            el(
              "tr",
              {},
              el("td", {}, p.term),
              el("td", {}, `${p.category}（${LABELS.reason[p.reason_code]}）`),
              el("td", {}, p.rejections),
              el(
                "td",
                {},
                can("rules:write")
                  ? el("button", { type: "button", onclick: () => acceptProposal(p.id) }, "采纳进规则包")
                  : el("span", { class: "muted" }, "待管理员采纳"),
              ),
            ),
          ),
        ),
  );
}

async function acceptProposal(id) {
  try {
    await api(`/v1/review/proposals/${id}/accept`, { method: "POST", body: {} });
    toast("已采纳进规则包", "ok");
    loadLearning();
  } catch (error) {
    toast(error.message, "error");
  }
}

/* ---------- keyboard ---------- */

function onKey(event) {
  if (!state.me || $("tab-queue").hidden) return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  const typing = target instanceof HTMLElement && target.closest("input, textarea, select, dialog");
  if (event.key === "Escape" && state.editing) {
    cancelEdit();
    return;
  }
  if (typing || document.querySelector("dialog[open]")) return;
  const handlers = {
    j: () => move(1),
    k: () => move(-1),
    a: approve,
    r: openReject,
    c: openChanges,
    e: startEdit,
  };
  const handler = handlers[event.key];
  if (handler) {
    event.preventDefault();
    handler();
  }
}

/* ---------- start ---------- */

function start() {
  options($("filter-industry"), LABELS.industry, "全部");
  options($("filter-channel"), LABELS.channel, "全部");
  options($("filter-status"), LABELS.status, "全部");
  options($("reject-reason"), LABELS.reason, "请选择原因");
  $("signin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn($("key").value.trim());
  });
  $("signout").addEventListener("click", () => signOut());
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    loadQueue();
  });
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.addEventListener("click", () => switchTab(button.dataset.tab));
  }
  setupDialogs();
  setupPlan({ api, el, toast, LABELS, onSubmitted: () => loadQueue() });
  document.addEventListener("keydown", onKey);
  if (sessionStorage.getItem(KEY)) signIn(sessionStorage.getItem(KEY));
  else signOut();
}

start();
