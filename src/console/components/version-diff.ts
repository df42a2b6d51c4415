// What changed between two versions of a draft, character by character (Chinese has no spaces to split words
// on): removed text struck through, added text underlined, both announced to screen readers.
import { diffChars } from "diff";
import { h } from "../core/dom.ts";

export function versionDiff(before: string, after: string): HTMLElement {
  const box = h("div", { class: "diff" });
  for (const part of diffChars(before, after)) {
    if (part.added) box.append(h("ins", { "aria-label": `新增：${part.value}` }, part.value));
    else if (part.removed) box.append(h("del", { "aria-label": `删除：${part.value}` }, part.value));
    else box.append(part.value);
  }
  return box;
}
