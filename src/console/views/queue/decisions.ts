// The reviewer's and the author's acts on one draft, each sent with the version on screen: approve (with a written
// reason over warnings), reject with a reason code, request changes, edit, dismiss a finding. A 409 reloads the
// draft so what is on screen is what the server has, and says who changed or decided it and when.
import { ask } from "../../components/dialog.ts";
import { openFindings, reviewVerdict } from "../../components/findings.ts";
import { ApiError, api } from "../../core/api.ts";
import { field, h, select } from "../../core/dom.ts";
import { LABELS, label } from "../../core/labels.ts";
import { chinaTime } from "../../core/time.ts";
import type { Draft, ReviewFinding } from "../../core/types.ts";

export const OPEN_STATUSES = ["pending_review", "blocked", "changes_requested"];

/** Why a decision did not land, in one sentence; the draft as it now is, when it changed under us. */
export async function explainConflict(
  error: unknown,
  draft: Draft,
): Promise<{ message: string; fresh?: Draft }> {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return { message: error instanceof Error ? error.message : "操作失败" };
  }
  let fresh: Draft | undefined;
  try {
    fresh = await api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}`);
  } catch {
    return { message: error.message };
  }
  if (fresh.decided_at && fresh.status !== draft.status && !OPEN_STATUSES.includes(fresh.status)) {
    return {
      // "已通过" → "已于 … 通过了": one 已 in the sentence.
      message: `${fresh.decided_by_name ?? "另一位审核员"} 已于 ${chinaTime(fresh.decided_at)} ${label("status", fresh.status).replace(/^已/, "")}了这条草稿`,
      fresh,
    };
  }
  return { message: error.message, fresh };
}

export function needsReason(draft: Draft): boolean {
  return reviewVerdict(draft) !== "pass" || openFindings(draft).length > 0;
}

export function approve(draft: Draft): Promise<Draft | null> {
  const url = `/v1/drafts/${encodeURIComponent(draft.id)}/approve`;
  if (!needsReason(draft)) return api<Draft>(url, { method: "POST", body: { version: draft.version } });
  const reason = h("textarea", { name: "override_reason", rows: "3", required: true, minlength: "4" });
  return ask({
    title: "存在警告，放行需写明理由",
    intro: h(
      "ul",
      { class: "override-findings" },
      openFindings(draft).map((f) =>
        h("li", {}, `「${f.excerpt}」${label("severity", f.severity)}：${f.suggestion}`),
      ),
    ),
    fields: [field("放行理由", reason, "写明为何这些提示不影响发布，会记入审计记录")],
    confirm: "说明理由并通过",
    submit: (values) =>
      api<Draft>(url, {
        method: "POST",
        body: { version: draft.version, override_reason: String(values.get("override_reason") ?? "") },
      }),
  });
}

export function reject(draft: Draft, selected: string): Promise<Draft | null> {
  const reason = select("reason_code", LABELS.reason, { blank: "请选择原因", required: true });
  const note = h("textarea", { name: "note", rows: "3", required: true, placeholder: "告诉作者哪里有问题" });
  const phrases = h("input", {
    name: "phrases",
    value: selected && draft.body.includes(selected) ? selected : "",
  });
  return ask({
    title: "驳回草稿",
    fields: [
      field("原因", reason),
      field("说明", note),
      field("问题短语（可选）", phrases, "须从正文原样摘录，多个用“|”分隔；先选中正文再按 r 会自动填入"),
    ],
    confirm: "确认驳回",
    danger: true,
    submit: (values) => {
      const quoted = String(values.get("phrases") ?? "")
        .split("|")
        .map((part) => part.trim())
        .filter(Boolean);
      return api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}/reject`, {
        method: "POST",
        body: {
          version: draft.version,
          reason_code: String(values.get("reason_code")),
          note: String(values.get("note") ?? ""),
          ...(quoted.length > 0 ? { phrases: quoted } : {}),
        },
      });
    },
  });
}

export function requestChanges(draft: Draft): Promise<Draft | null> {
  const note = h("textarea", { name: "note", rows: "3", required: true, placeholder: "需要改哪里、怎么改" });
  return ask({
    title: "要求修改",
    fields: [field("修改意见", note)],
    confirm: "退回修改",
    submit: (values) =>
      api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}/request-changes`, {
        method: "POST",
        body: { version: draft.version, note: String(values.get("note") ?? "") },
      }),
  });
}

export function dismissFinding(draft: Draft, finding: ReviewFinding): Promise<Draft | null> {
  const reason = h("textarea", { name: "reason", rows: "3", required: true, minlength: "4" });
  return ask({
    title: "驳回这条机检发现",
    intro: `「${finding.excerpt}」 ${finding.article}`,
    fields: [field("理由", reason, "为什么这条发现不成立；会记入审计记录和证据包")],
    confirm: "确认驳回该发现",
    submit: (values) =>
      api<Draft>(
        `/v1/drafts/${encodeURIComponent(draft.id)}/findings/${encodeURIComponent(finding.id ?? "")}/dismiss`,
        { method: "POST", body: { version: draft.version, reason: String(values.get("reason") ?? "") } },
      ),
  });
}

export function saveEdit(draft: Draft, body: string): Promise<Draft> {
  return api<Draft>(`/v1/drafts/${encodeURIComponent(draft.id)}`, {
    method: "PATCH",
    body: { body, version: draft.version },
  });
}
