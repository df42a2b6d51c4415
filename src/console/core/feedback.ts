// How the console says it is working and what happened: one polite live region for results, busy buttons that
// cannot be pressed twice, and loaders that drop an answer once a newer request has been made (no stale lists).
import { byId } from "./dom.ts";

let toastTimer: ReturnType<typeof setTimeout> | undefined;

export function toast(message: string, kind: "ok" | "error" | "info" = "info"): void {
  const box = byId("toast");
  box.textContent = message;
  box.className = `toast show ${kind}`;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove("show"), kind === "error" ? 8000 : 4000);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "操作失败";
}

/**
 * Runs `work` with the button disabled and marked busy, so a second click does nothing until the first is done;
 * the button's label says what is happening meanwhile.
 */
export async function busy<T>(
  button: HTMLButtonElement | null,
  working: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (button?.disabled) return undefined;
  const label = button?.textContent ?? "";
  if (button) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    button.textContent = working;
  }
  try {
    return await work();
  } finally {
    if (button) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      button.textContent = label;
    }
  }
}

/**
 * Each call supersedes the previous one: an older request still in flight is aborted and its answer ignored,
 * so a slow filter never paints over a newer one.
 */
export function latest() {
  let controller: AbortController | undefined;
  return async function run<T>(
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ current: boolean; value?: T }> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    try {
      const value = await work(mine.signal);
      return mine.signal.aborted ? { current: false } : { current: true, value };
    } catch (error) {
      if (mine.signal.aborted) return { current: false };
      throw error;
    }
  };
}

/** Marks a region as loading (aria-busy, a visible line) until `work` settles. */
export async function loading<T>(region: HTMLElement, work: () => Promise<T>): Promise<T> {
  region.setAttribute("aria-busy", "true");
  region.classList.add("is-loading");
  try {
    return await work();
  } finally {
    region.removeAttribute("aria-busy");
    region.classList.remove("is-loading");
  }
}

export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
