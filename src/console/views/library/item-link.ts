import { h } from "../../core/dom.ts";

/** A link to one library item's page. */
export function itemLink(id: string, title: string): HTMLElement {
  return h("a", { href: `#/library/${encodeURIComponent(id)}` }, title);
}
