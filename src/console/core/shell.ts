// The frame every view lives in: who is signed in, which views their role may open, and the hash route
// (#/queue, #/plans/pln_…) so a reload or a shared link opens the same screen.
import { api, session } from "./api.ts";
import { byId, fill, h } from "./dom.ts";
import { errorMessage, toast } from "./feedback.ts";
import { label } from "./labels.ts";

export interface Me {
  id: string;
  name: string;
  role: string;
  permissions: string[];
}

export interface Shell {
  me: Me;
  can(permission: string): boolean;
  go(path: string): void;
}

export interface View {
  /** The first segment of the route: #/queue → "queue". */
  route: string;
  title(shell: Shell): string;
  visible(shell: Shell): boolean;
  /** Draws into `root`; `params` are the route's later segments. Returns a clean-up for when the view leaves. */
  mount(root: HTMLElement, params: string[], shell: Shell): (() => void) | undefined;
}

export function startShell(views: View[]): void {
  let me: Me | null = null;
  let cleanup: (() => void) | undefined;
  const view = byId("view");
  const signin = byId("signin");

  const shell = (): Shell => {
    if (!me) throw new Error("not signed in");
    const current = me;
    return {
      me: current,
      can: (permission) => current.permissions.includes(permission),
      go: (path) => {
        if (location.hash === `#/${path}`) render();
        else location.hash = `#/${path}`;
      },
    };
  };

  function signOut(message = ""): void {
    session.clear();
    me = null;
    cleanup?.();
    cleanup = undefined;
    for (const node of [...view.children]) if (node !== signin && node.tagName !== "NOSCRIPT") node.remove();
    byId("nav").hidden = true;
    byId("signout").hidden = true;
    byId("who").textContent = "";
    signin.hidden = false;
    byId("signin-error").textContent = message;
  }
  session.onUnauthorized = (message) => signOut(message);

  function allowed(): View[] {
    return views.filter((candidate) => candidate.visible(shell()));
  }

  function render(): void {
    if (!me) return;
    const [route = "", ...params] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    const visible = allowed();
    const target = visible.find((candidate) => candidate.route === route) ?? visible[0];
    if (!target) return;
    if (target.route !== route) {
      history.replaceState(null, "", `#/${target.route}`);
    }
    for (const link of byId("nav").querySelectorAll("a")) {
      if (link.dataset.route === target.route) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    cleanup?.();
    const root = h("div", { class: `view view-${target.route}` });
    for (const node of [...view.children]) if (node !== signin && node.tagName !== "NOSCRIPT") node.remove();
    view.append(root);
    document.title = `${target.title(shell())} · 良言`;
    cleanup = target.mount(root, params, shell());
  }

  async function signIn(key: string): Promise<void> {
    session.set(key);
    try {
      me = await api<Me>("/v1/me");
    } catch (error) {
      session.clear();
      byId("signin-error").textContent = errorMessage(error);
      return;
    }
    signin.hidden = true;
    byId("signin-error").textContent = "";
    byId("who").textContent = `${me.name} · ${label("role", me.role)}`;
    byId("signout").hidden = false;
    const nav = byId("nav");
    fill(
      nav,
      h(
        "ul",
        {},
        allowed().map((candidate) =>
          h(
            "li",
            {},
            h(
              "a",
              { href: `#/${candidate.route}`, dataset: { route: candidate.route } },
              candidate.title(shell()),
            ),
          ),
        ),
      ),
    );
    nav.hidden = false;
    render();
  }

  byId<HTMLFormElement>("signin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const button = byId<HTMLButtonElement>("signin-button");
    button.disabled = true;
    signIn(byId<HTMLInputElement>("key").value.trim()).finally(() => {
      button.disabled = false;
    });
  });
  byId("signout").addEventListener("click", () => signOut());
  window.addEventListener("hashchange", render);
  window.addEventListener("unhandledrejection", (event) => {
    toast(errorMessage(event.reason), "error");
  });
  const key = session.key();
  if (key) void signIn(key);
  else signOut();
}
