import { EventEmitter } from "node:events";

// In-process wake-up: a job created or resumed in this process wakes this process's worker at once, instead
// of at its next poll. Workers in other processes find the work by polling.
const signal = new EventEmitter();
signal.setMaxListeners(100);

export function notifyJobsChanged(): void {
  signal.emit("changed");
}

export function onJobsChanged(listener: () => void): () => void {
  signal.on("changed", listener);
  return () => signal.off("changed", listener);
}
