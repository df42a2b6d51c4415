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
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <link rel="stylesheet" href="/docs/contrast.css">
  <script src="/docs/assets/swagger-ui-bundle.js" defer></script>
  <script src="/docs/start.js" defer></script>
</head>
<body>
  <main id="swagger-ui" aria-label="API 文档"></main>
</body>
</html>
`;

// No deep links: swagger-ui wraps each path in a link inside the operation's button (a control inside a control).
const START = `// Renders /openapi.json; no validator (it would call out), no standalone top bar (no URL box).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: false,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
`;

// swagger-ui's own colours put white text on light badges; these keep every text at 4.5:1 or more.
const CONTRAST = `.swagger-ui .opblock .opblock-summary-method { color: #fff; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5cad; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1a6d45; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8a4b00; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #176b60; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #a1151e; }
.swagger-ui .info .title small, .swagger-ui .info .title small pre { background: #4e5969; color: #fff; }
.swagger-ui .info .title small.version-stamp, .swagger-ui .info .title small.version-stamp pre { background: #3b6e00; }
.swagger-ui .info a, .swagger-ui .info .url, .swagger-ui a.nostyle { color: #0e42d2; }
.swagger-ui .btn.authorize, .swagger-ui .btn.authorize span { color: #1a6d45; border-color: #1a6d45; }
.swagger-ui .btn.authorize svg { fill: #1a6d45; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #1d2129; }
.swagger-ui .opblock-summary-description, .swagger-ui .opblock .opblock-summary-path { color: #1d2129; }
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
  app.get("/docs/contrast.css", (c) =>
    c.body(CONTRAST, 200, { "content-type": "text/css; charset=utf-8", ...DOCS_SECURITY_HEADERS }),
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
