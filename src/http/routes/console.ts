// The console: one page, and its TypeScript modules and stylesheets bundled by esbuild on the first request
// (in memory, from the installed package: no network, no build folder to forget). The page loads nothing from
// elsewhere and runs no inline script or style (the CSP says so to the browser).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";

const CONSOLE_DIR = new URL("../../console/", import.meta.url);

export const CONSOLE_SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

interface Bundle {
  js: string;
  css: string;
}

let bundle: Promise<Bundle> | undefined;

/** Bundles once per process; a failed build is retried on the next request rather than cached. */
export function consoleBundle(): Promise<Bundle> {
  bundle ??= build({
    entryPoints: {
      app: fileURLToPath(new URL("main.ts", CONSOLE_DIR)),
      "app-styles": fileURLToPath(new URL("styles/console.css", CONSOLE_DIR)),
    },
    bundle: true,
    write: false,
    outdir: "/console",
    format: "esm",
    platform: "browser",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  }).then(
    (result) => {
      const named = (suffix: string) =>
        result.outputFiles.find((file) => file.path.endsWith(suffix))?.text ?? "";
      return { js: named("app.js"), css: named("app-styles.css") };
    },
    (error: unknown) => {
      bundle = undefined;
      throw error;
    },
  );
  return bundle;
}

export function consoleRoutes() {
  const app = new Hono<AppEnv>();
  const index = readFileSync(new URL("index.html", CONSOLE_DIR), "utf8");
  app.get("/console", (c) => c.html(index, 200, CONSOLE_SECURITY_HEADERS));
  app.get("/console/", (c) => c.redirect("/console"));
  app.get("/console/app.js", async (c) =>
    c.body((await consoleBundle()).js, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
      ...CONSOLE_SECURITY_HEADERS,
    }),
  );
  app.get("/console/app.css", async (c) =>
    c.body((await consoleBundle()).css, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "no-cache",
      ...CONSOLE_SECURITY_HEADERS,
    }),
  );
  return app;
}
