// Validates library files without a database: every rejected item by file, index and field, then a count per
// industry. `npm run check:library [dir] [path-prefix]`; exits 2 when anything was rejected.
import { loadLibraryFiles } from "../src/rag/load-library-files.ts";
import { validateItems } from "../src/rag/validate-items.ts";

const dir = process.argv[2] ?? "content-library";
const prefix = process.argv[3] ?? "";
const { items, errors } = await loadLibraryFiles(dir);
const { valid, rejected } = validateItems(items);
const problems = [...errors, ...rejected].filter((problem) => problem.origin.startsWith(prefix));
for (const problem of problems) {
  console.log(
    `${problem.origin}${"field" in problem && problem.field ? ` ${problem.field}` : ""}: ${problem.message}`,
  );
}
const count = new Map<string, { valid: number; rejected: Set<string> }>();
const folder = (origin: string) => origin.split("/")[0] ?? origin;
for (const { origin } of valid) {
  const entry = count.get(folder(origin)) ?? { valid: 0, rejected: new Set() };
  entry.valid++;
  count.set(folder(origin), entry);
}
for (const { origin } of [...errors, ...rejected]) {
  const entry = count.get(folder(origin)) ?? { valid: 0, rejected: new Set() };
  entry.rejected.add(origin);
  count.set(folder(origin), entry);
}
console.log("folder            valid rejected");
for (const [name, entry] of [...count].sort()) {
  console.log(
    `${name.padEnd(16)} ${String(entry.valid).padStart(6)} ${String(entry.rejected.size).padStart(8)}`,
  );
}
const rejectedItems = new Set([...errors, ...rejected].map((problem) => problem.origin)).size;
console.log(JSON.stringify({ valid: valid.length, rejected: rejectedItems }));
if (rejectedItems > 0) process.exitCode = 2;
