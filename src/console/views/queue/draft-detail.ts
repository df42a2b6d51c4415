// One draft, read in full: what it is and for whom, how long it has waited, the text with its findings marked,
// the decision so far (with the override reason of an approval over warnings), the acts the viewer may take, and
// on request what changed since the previous version.
import { findingList, findingsOf, highlighted, reviewVerdict } from "../../components/findings.ts";
import { reasonText } from "../../components/review-reasons.ts";
import { versionDiff } from "../../components/version-diff.ts";
import { api } from "../../core/api.ts";
import { fill, h } from "../../core/dom.ts";
import { errorMessage, loading } from "../../core/feedback.ts";
import { label } from "../../core/labels.ts";
import type { Shell } from "../../core/shell.ts";
import { age, chinaTime } from "../../core/time.ts";
import type { Draft, DraftVersion, ReviewFinding } from "../../core/types.ts";
import { OPEN_STATUSES } from "./decisions.ts";

export interface DetailActions {
  approve(): void;
  reject(): void;
  requestChanges(): void;
  edit(): void;
  dismiss(finding: ReviewFinding): void;
  evidence(button: HTMLButtonElement): void;
  promote(button: HTMLButtonElement): void;
  filterJob(jobId: string): void;
  back(): void;
}

export function mayReview(shell: Shell, draft: Draft): boolean {
  return shell.can("drafts:review") && draft.author_id !== shell.me.id;
}

export function mayEdit(shell: Shell, draft: Draft): boolean {
  return (
    OPEN_STATUSES.includes(draft.status) && (draft.author_id === shell.me.id || shell.can("drafts:review"))
  );
}

function decision(draft: Draft): HTMLElement | null {
  if (!draft.decided_at) return null;
  return h(
    "div",
    { class: `decision status-${draft.status}` },
    h(
      "p",
      {},
      h("strong", {}, label("status", draft.status)),
      ` · ${draft.decided_by_name ?? ""} · ${chinaTime(draft.decided_at)}`,
    ),
    draft.decision_reason_code ? h("p", {}, `原因：${label("reason", draft.decision_reason_code)}`) : null,
    draft.decision_note ? h("p", {}, `意见：${draft.decision_note}`) : null,
    draft.override_reason ? h("p", { class: "override" }, `放行警告的理由：${draft.override_reason}`) : null,
  );
}

async function showVersions(draft: Draft, box: HTMLElement): Promise<void> {
  try {
    const { versions } = await loading(box, () =>
      api<{ versions: DraftVersion[] }>(`/v1/drafts/${encodeURIComponent(draft.id)}/versions`),
    );
    const pairs = versions
      .slice(1)
      .map((version, index) => ({ before: versions[index] as DraftVersion, after: version }));
    fill(
      box,
      h("h3", {}, "版本对比"),
      pairs
        .reverse()
        .map(({ before, after }) =>
          h(
            "section",
            { class: "version-pair" },
            h(
              "h4",
              {},
              `第 ${before.version} 版 → 第 ${after.version} 版`,
              h("span", { class: "muted" }, ` ${after.made_by_name} · ${chinaTime(after.created_at)}`),
            ),
            versionDiff(before.body, after.body),
          ),
        ),
    );
  } catch (error) {
    fill(box, h("p", { class: "error", role: "alert" }, errorMessage(error)));
  }
}

export function draftDetail(draft: Draft, shell: Shell, actions: DetailActions): HTMLElement {
  const findings = findingsOf(draft);
  const verdict = reviewVerdict(draft);
  const reviewer = mayReview(shell, draft);
  const open = ["pending_review", "blocked"].includes(draft.status);
  const reasons = (draft.review?.reasons ?? draft.verdict.reasons ?? []).map(reasonText);
  const versions = h("div", { class: "versions", "aria-live": "polite" });
  const button = (text: string, key: string | null, onclick: () => void, kind = "") =>
    h(
      "button",
      { type: "button", class: kind, onclick, "aria-keyshortcuts": key ?? undefined },
      key ? `${text}（${key}）` : text,
    );
  const meta = [
    label("stage", draft.stage),
    label("tier", draft.tier),
    draft.scenario ? label("scenario", draft.scenario) : null,
    draft.message_type ? label("message_type", draft.message_type) : null,
    draft.product,
  ].filter(Boolean);
  return h(
    "article",
    { class: "detail-body", "aria-labelledby": "detail-heading" },
    h("button", { type: "button", class: "back", onclick: actions.back }, "← 返回列表"),
    h(
      "h2",
      { id: "detail-heading", tabindex: "-1" },
      `${label("channel", draft.channel)} · ${label("industry", draft.industry)}`,
    ),
    h(
      "p",
      { class: "detail-badges" },
      h(
        "span",
        { class: `badge status-${draft.status}`, id: "detail-status" },
        label("status", draft.status),
      ),
      h("span", { class: `badge verdict-${verdict}` }, label("verdict", verdict)),
      h("span", { class: "badge" }, `第 ${draft.version} 版`),
    ),
    h("p", { class: "muted" }, meta.join(" · ")),
    h(
      "p",
      { class: "muted" },
      `作者 ${draft.author_name} · 创建于 ${chinaTime(draft.created_at)}`,
      OPEN_STATUSES.includes(draft.status) ? ` · 已等待 ${age(draft.created_at)}` : "",
    ),
    h(
      "p",
      { class: "chips" },
      draft.plan_id
        ? h(
            "a",
            { href: `#/plans/${encodeURIComponent(draft.plan_id)}` },
            `计划第 ${draft.plan_day ?? ""} 天 · ${label("plan_slot", draft.plan_slot)}`,
          )
        : null,
      draft.job_id
        ? h(
            "button",
            { type: "button", class: "link", onclick: () => actions.filterJob(draft.job_id as string) },
            "只看这个批量任务",
          )
        : null,
    ),
    decision(draft),
    h("div", { id: "draft-text-box" }, highlighted(draft.body, findings)),
    h("h3", {}, `机检标注（${findings.length}）`),
    findingList(findings, (finding) =>
      reviewer && open && finding.id && !finding.dismissal
        ? h(
            "button",
            { type: "button", class: "small", onclick: () => actions.dismiss(finding) },
            "不认同，驳回此发现",
          )
        : null,
    ),
    reasons.length > 0
      ? h(
          "ul",
          { class: "reasons" },
          reasons.map((reason) => h("li", {}, reason)),
        )
      : null,
    h(
      "div",
      { class: "actions" },
      reviewer && draft.status === "pending_review" ? button("通过", "a", actions.approve, "primary") : null,
      reviewer && open ? button("驳回", "r", actions.reject, "danger") : null,
      reviewer && open ? button("要求修改", "c", actions.requestChanges) : null,
      mayEdit(shell, draft) ? button("编辑", "e", actions.edit) : null,
      draft.version > 1 ? button("对比版本", null, () => void showVersions(draft, versions)) : null,
      ["approved", "rejected"].includes(draft.status)
        ? h(
            "button",
            {
              type: "button",
              onclick: (event: Event) => actions.evidence(event.currentTarget as HTMLButtonElement),
            },
            "证据包",
          )
        : null,
      draft.status === "approved" && shell.can("library:write")
        ? h(
            "button",
            {
              type: "button",
              onclick: (event: Event) => actions.promote(event.currentTarget as HTMLButtonElement),
            },
            "收入素材库",
          )
        : null,
    ),
    h("div", { id: "editor", hidden: true }),
    versions,
  );
}
