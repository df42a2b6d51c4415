// Layers point one way: nothing under src/ below the HTTP layer imports src/http or src/cli, and src/http
// does not import src/cli. The domain verbs throw DomainError; the edges translate it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/run-cli.ts";

const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function importsOf(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** The layer a file under src/ belongs to: "http", "cli" or "core" (everything else). */
function layerOf(path: string): "http" | "cli" | "core" {
  const top = relative(SRC, path).split("/")[0];
  return top === "http" ? "http" : top === "cli" ? "cli" : "core";
}

const ALLOWED: Record<"http" | "cli" | "core", ReadonlyArray<"http" | "cli" | "core">> = {
  core: ["core"],
  http: ["core", "http"],
  cli: ["core", "http", "cli"],
};

/** Imports that point up the layers, as "file -> import" lines. */
function upwardImports(files: ReadonlyArray<{ path: string; code: string }>): string[] {
  const violations: string[] = [];
  for (const { path, code } of files) {
    const from = layerOf(path);
    for (const specifier of importsOf(code)) {
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(path), specifier);
      if (!target.startsWith(`${SRC}/`)) continue;
      if (!ALLOWED[from].includes(layerOf(target)))
        violations.push(`${relative(ROOT, path)} -> ${relative(ROOT, target)}`);
    }
  }
  return violations;
}

describe("layers", () => {
  it("nothing below src/http imports src/http or src/cli, and src/http does not import src/cli", () => {
    const files = sourceFiles(SRC).map((path) => ({ path, code: readFileSync(path, "utf8") }));
    expect(files.length).toBeGreaterThan(100);
    expect(upwardImports(files)).toEqual([]);
  });

  it("the check sees static, type-only, re-exported and dynamic imports", () => {
    const core = join(SRC, "rag/example.ts");
    const http = join(SRC, "http/routes/example.ts");
    const violations = upwardImports([
      { path: core, code: 'import { problem } from "../http/problem.ts";' },
      { path: core, code: 'import type { AppEnv } from "../http/app-env.ts";' },
      { path: core, code: 'export { runCli } from "../cli/main.ts";' },
      { path: core, code: 'const cli = await import("../cli/main.ts");' },
      { path: http, code: 'import { withContext } from "../../cli/with-context.ts";' },
      { path: http, code: 'import { retrieve } from "../../rag/retrieve.ts";' },
      { path: core, code: 'import { z } from "zod";' },
    ]);
    expect(violations).toEqual([
      "src/rag/example.ts -> src/http/problem.ts",
      "src/rag/example.ts -> src/http/app-env.ts",
      "src/rag/example.ts -> src/cli/main.ts",
      "src/rag/example.ts -> src/cli/main.ts",
      "src/http/routes/example.ts -> src/cli/with-context.ts",
    ]);
  });
});
