// The pool's worker threads start here: they do not inherit the TypeScript loader the main thread was
// started with, so each registers it before loading the worker itself.
import { register } from "tsx/esm/api";

register();
const { default: check } = await import("./check-worker.ts");
export default check;
