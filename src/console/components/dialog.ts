// A modal question: a <dialog> with a heading, labelled fields and two buttons. Resolves with the form's values,
// or null when cancelled (Esc, the cancel button). The confirm button is busy while `submit` runs, so a decision
// cannot be sent twice, and an error from it is shown inside the dialog without losing what was typed.
import { h } from "../core/dom.ts";
import { errorMessage } from "../core/feedback.ts";

export interface Ask<T> {
  title: string;
  intro?: Node | string | null;
  fields: HTMLElement[];
  confirm: string;
  danger?: boolean;
  submit(values: FormData): Promise<T>;
}

export function ask<T>(options: Ask<T>): Promise<T | null> {
  return new Promise((resolve) => {
    const error = h("p", { class: "error", role: "alert" });
    const confirm = h(
      "button",
      { type: "submit", class: options.danger ? "danger" : "primary" },
      options.confirm,
    );
    const cancel = h("button", { type: "button" }, "取消");
    const heading = h("h2", { id: `dialog-${Date.now()}` }, options.title);
    const form = h(
      "form",
      { method: "dialog" },
      heading,
      options.intro ? h("div", { class: "dialog-intro" }, options.intro) : null,
      options.fields,
      error,
      h("div", { class: "dialog-actions" }, cancel, confirm),
    );
    const dialog = h("dialog", { class: "modal", "aria-labelledby": heading.id }, form);
    let settled = false;
    const finish = (value: T | null) => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener("click", () => finish(null));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      if (!confirm.disabled) finish(null);
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (confirm.disabled || !form.reportValidity()) return;
      confirm.disabled = true;
      confirm.setAttribute("aria-busy", "true");
      error.textContent = "";
      try {
        finish(await options.submit(new FormData(form)));
      } catch (failure) {
        error.textContent = errorMessage(failure);
        confirm.disabled = false;
        confirm.removeAttribute("aria-busy");
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = form.querySelector<HTMLElement>("textarea, input, select");
    first?.focus();
  });
}
