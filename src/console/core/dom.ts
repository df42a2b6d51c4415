// Building the page from data without ever parsing data as HTML: every string becomes a text node or an
// attribute value, so a draft that contains "<script>" shows those characters and nothing else.

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Listener = (event: Event) => void;
export type Props = Record<
  string,
  string | number | boolean | null | undefined | Listener | Record<string, string>
>;

/** An element with attributes, `on<event>` listeners, a `dataset` object and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === "dataset" && typeof value === "object") Object.assign(node.dataset, value);
    else if (name === "value" && "value" in node) (node as HTMLInputElement).value = String(value);
    else if (typeof value === "object") continue;
    else node.setAttribute(name === "className" ? "class" : name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node`; null, undefined and false parts are skipped (the DOM would print them). */
export function fill(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

let counter = 0;
/** A page-unique id, for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form control: the label names it for screen readers and a click on it focuses the control. */
export function field(
  text: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  if (!control.id) control.id = uid("field");
  const help = hint ? h("span", { class: "hint", id: `${control.id}-hint` }, hint) : null;
  if (help) control.setAttribute("aria-describedby", help.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, text), control, help);
}

export function select(
  name: string,
  entries: Record<string, string>,
  options: { blank?: string; value?: string; required?: boolean } = {},
): HTMLSelectElement {
  const node = h(
    "select",
    { name, required: options.required ?? false },
    options.blank !== undefined ? h("option", { value: "" }, options.blank) : null,
    Object.entries(entries).map(([value, text]) => h("option", { value }, text)),
  );
  if (options.value !== undefined) node.value = options.value;
  return node;
}
