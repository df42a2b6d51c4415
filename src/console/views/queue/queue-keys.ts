// The reviewer's keys: j / k move through the queue, a approves (a dialog asks for a reason over warnings),
// r rejects (a selected phrase of the text is quoted), c requests changes, e edits, Esc leaves the editor.
// Keys do nothing while a dialog is open or while typing in a field.
export interface QueueKeyActions {
  move(step: number): void;
  approve(): void;
  reject(): void;
  requestChanges(): void;
  edit(): void;
  /** True when the editor was open and is now closed. */
  cancelEdit(): boolean;
}

export function queueKeys(actions: QueueKeyActions): (event: KeyboardEvent) => void {
  const keys: Record<string, () => void> = {
    j: () => actions.move(1),
    k: () => actions.move(-1),
    a: actions.approve,
    r: actions.reject,
    c: actions.requestChanges,
    e: actions.edit,
  };
  return (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
    if (event.key === "Escape" && actions.cancelEdit()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select")) return;
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };
}
