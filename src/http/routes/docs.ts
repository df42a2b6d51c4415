// /docs: the API document rendered by Swagger UI, served from the installed swagger-ui-dist package (pinned by the
// lock file), so the page works offline and loads nothing from outside this server. The validator badge is off
// (it would send the document to validator.swagger.io) and the page's own script is a file, not inline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>良言 API 文档</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <script src="/docs/assets/swagger-ui-bundle.js" defer></script>
  <script src="/docs/start.js" defer></script>
</head>
<body>
  <main id="swagger-ui" aria-label="API 文档"></main>
</body>
</html>
`;

const START = `// Renders /openapi.json; no validator (it would call out), no standalone top bar (no URL box).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
`;

export const DOCS_SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

let assets: Map<string, { body: string; type: string }> | undefined;

/** Read once, on the first request for an asset: servers that never show /docs never read 2 MB of JavaScript. */
function loadAssets(): Map<string, { body: string; type: string }> {
  if (assets) return assets;
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve("swagger-ui-dist/package.json"));
  assets = new Map(
    Object.entries(ASSETS).map(([name, type]) => [
      name,
      { body: readFileSync(join(folder, name), "utf8"), type },
    ]),
  );
  return assets;
}

export function docsRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/docs", (c) => c.html(PAGE, 200, DOCS_SECURITY_HEADERS));
  app.get("/docs/start.js", (c) =>
    c.body(START, 200, { "content-type": "text/javascript; charset=utf-8", ...DOCS_SECURITY_HEADERS }),
  );
  app.get("/docs/assets/:file", (c) => {
    const file = loadAssets().get(c.req.param("file"));
    if (!file) return c.notFound();
    return c.body(file.body, 200, {
      "content-type": file.type,
      "cache-control": "public, max-age=86400",
      ...DOCS_SECURITY_HEADERS,
    });
  });
  return app;
}
