// A reviewer decides a submitted plan as a batch: every clean item pending review is approved in one step, and
// the warned ones too when one written reason covers them. Blocked items are not in the batch: each needs its own
// edit or rejection. Each item is sent with the version on screen, so nothing is approved unseen; a 409 (an item
// changed or decided meanwhile) approves nothing, says who and when, and redraws the plan.

import { ApiError, api } from "../../core/api.ts";
import { field, h } from "../../core/dom.ts";
import { busy, errorMessage, toast } from "../../core/feedback.ts";
import type { Draft, PlanDetail } from "../../core/types.ts";
import { needsReason } from "../queue/decisions.ts";

export function planBatch(
  plan: PlanDetail,
  drafts: ReadonlyMap<string, Draft>,
  reload: () => Promise<void>,
): HTMLElement {
  const pending = [...drafts.values()].filter((draft) => draft.status === "pending_review");
  const clean = pending.filter((draft) => !needsReason(draft));
  const warned = pending.filter((draft) => needsReason(draft));
  const blocked = [...drafts.values()].filter((draft) => draft.status === "blocked");
  const include = h("input", { type: "checkbox", name: "include_warned", id: "batch-include-warned" });
  const reason = h("textarea", { name: "override_reason", rows: "2", id: "batch-reason" });
  const error = h("p", { class: "error", role: "alert" });
  const approve = h("button", { type: "submit", class: "primary", id: "batch-approve" }, "整批通过");
  const describe = () => {
    const count = clean.length + (include.checked ? warned.length : 0);
    approve.textContent = `整批通过 ${count} 条`;
    approve.disabled = count === 0;
    reason.required = include.checked;
  };
  include.addEventListener("change", describe);
  describe();
  const form = h(
    "form",
    { class: "batch", id: "plan-batch", "aria-labelledby": "batch-heading" },
    h("h3", { id: "batch-heading" }, "整批审核"),
    h(
      "p",
      {},
      `待审核 ${pending.length} 条：无标注 ${clean.length} 条，有警告 ${warned.length} 条。`,
      blocked.length > 0 ? `已拦截 ${blocked.length} 条不在整批之内，请逐条修改或驳回。` : "",
    ),
    warned.length > 0
      ? h(
          "div",
          { class: "field inline" },
          include,
          h("label", { for: include.id }, `同时通过 ${warned.length} 条有警告的（需写一条理由）`),
        )
      : null,
    warned.length > 0 ? field("放行理由（适用于所有有警告的条目）", reason) : null,
    h(
      "div",
      { class: "actions" },
      approve,
      h(
        "a",
        { href: `#/queue/plan/${encodeURIComponent(plan.id)}`, class: "button-link" },
        "在审核队列中逐条处理",
      ),
    ),
    error,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const chosen = [...clean, ...(include.checked ? warned : [])];
    error.textContent = "";
    void busy(approve, "提交中…", async () => {
      try {
        const result = await api<{ approved: number }>(`/v1/plans/${encodeURIComponent(plan.id)}/decide`, {
          body: {
            items: chosen.map((draft) => ({ draft_id: draft.id, version: draft.version })),
            ...(include.checked ? { override_reason: reason.value } : {}),
          },
        });
        toast(`已整批通过 ${result.approved} 条`, "ok");
        await reload();
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 409) {
          // An item changed or was decided since the plan was drawn: nothing was approved. Say who and when,
          // then draw the plan again so the next batch goes out with the versions now on screen.
          toast(errorMessage(failure), "error");
          await reload();
          return;
        }
        error.textContent = errorMessage(failure);
      }
    });
  });
  return form;
}
