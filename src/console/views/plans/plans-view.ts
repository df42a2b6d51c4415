// 我的计划 for reps (their plans, a form for a new one, each plan's calendar) and 计划审核 for reviewers
// (submitted plans, decided as a batch). #/plans/<id> opens one plan, so a reload keeps it on screen.
import { fill, h } from "../../core/dom.ts";
import type { View } from "../../core/shell.ts";
import { planCalendar } from "./plan-calendar.ts";
import { planForm } from "./plan-form.ts";
import { planList } from "./plan-list.ts";

export const plansView: View = {
  route: "plans",
  title: (shell) => (shell.can("drafts:create") ? "我的计划" : "计划审核"),
  visible: (shell) => shell.can("drafts:create") || shell.can("drafts:review"),
  mount(root, params, shell) {
    const id = params[0];
    if (id) {
      planCalendar(root, id, shell);
      return undefined;
    }
    const author = shell.can("drafts:create");
    fill(
      root,
      h("h2", { class: "view-title" }, this.title(shell)),
      author
        ? h(
            "details",
            { class: "new-plan", open: true },
            h("summary", {}, "新建 7 天或 15 天计划"),
            planForm((created) => shell.go(`plans/${created}`)),
          )
        : null,
      h("h3", {}, author ? "计划列表" : "已提交的计划"),
      planList(author ? "" : "&status=submitted"),
    );
    return undefined;
  },
};
