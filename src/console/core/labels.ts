// The console reads the server's one label table (src/domain/labels.ts), bundled in at build time.
export { LABELS, label } from "../../domain/labels.ts";
