// The reviewers' console: static files read once at start, served as they are (no build step).
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";

const CONSOLE_DIR = new URL("../../console/", import.meta.url);
const ASSETS: Record<string, string> = {
  "console.css": "text/css; charset=utf-8",
  "console.js": "text/javascript; charset=utf-8",
  "highlight.js": "text/javascript; charset=utf-8",
  "plan.js": "text/javascript; charset=utf-8",
};

function load(name: string): string {
  return readFileSync(new URL(name, CONSOLE_DIR), "utf8");
}

export function consoleRoutes() {
  const app = new Hono<AppEnv>();
  const index = load("index.html");
  const files = new Map(Object.entries(ASSETS).map(([name, type]) => [name, { body: load(name), type }]));
  // The key lives in sessionStorage and goes out only as a header; nothing on the page may load from elsewhere.
  const security = {
    "content-security-policy":
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  app.get("/console", (c) => c.html(index, 200, security));
  app.get("/console/", (c) => c.redirect("/console"));
  app.get("/console/:file", (c) => {
    const file = files.get(c.req.param("file"));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { "content-type": file.type, "cache-control": "no-cache", ...security });
  });
  return app;
}
