// Hostile input on every operation the API documents, over keep-alive connections to a real listening
// server: no answer may be a 5xx, a dropped connection, or an error that is not problem+json. The cases are
// derived from /openapi.json, so a new route is fuzzed without touching this file.
import type { AddressInfo } from "node:net";
import type { ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { serveApp } from "../../src/http/serve-app.ts";
import { mulberry32 } from "../../src/shared/seeded-random.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
let server: ServerType;
let base: string;
let key: string;

beforeAll(async () => {
  context = await createTestContext({ env: { LIANGYAN_MAX_BODY_BYTES: "65536" } });
  key = await context.keyFor("admin");
  const app = createApp(context);
  await new Promise<void>((resolve) => {
    server = serveApp(app, { port: 0, hostname: "127.0.0.1" }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await context.close();
});

const LONE_SURROGATE = "\ud800";
/** hostile strings for path segments and query values, already in the form they travel */
const HOSTILE_SEGMENTS = [
  "",
  "%00",
  "a%00b",
  "%ED%A0%80", // a lone surrogate, UTF-8 encoded the way CESU would
  "%FF%FE",
  "-1",
  "99999999999999999999",
  "1e309",
  "..%2F..%2Fetc%2Fpasswd",
  "%27%20OR%201%3D1%20--",
  encodeURIComponent("最".repeat(2_000)),
  encodeURIComponent(Buffer.from(JSON.stringify(["2026-13-45 99:00:00+00", "x"])).toString("base64url")),
  encodeURIComponent(Buffer.from("not json").toString("base64url")),
];

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  maxLength?: number;
  items?: Schema;
};

/** Values of the wrong kind, or of the right kind but hostile, for one property of a body schema. */
function hostileValues(schema: Schema | undefined): unknown[] {
  const long = "长".repeat((schema?.maxLength ?? 5_000) + 1);
  return [
    null,
    42,
    -1,
    Number.MAX_VALUE,
    true,
    [],
    {},
    "",
    "\u0000",
    `稳赚${LONE_SURROGATE}不赔`,
    long,
    [null, "\u0000", { deep: [[[[]]]] }],
    { __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } },
  ];
}

function bodiesFor(schema: Schema | undefined, random: () => number): Array<{ body: string; type: string }> {
  const raw = [
    "",
    "null",
    "[]",
    "{",
    '{"a":',
    '"text"',
    "123",
    "{}",
    '{"__proto__":{"x":1}}',
    `{"text":"${"\\ud800"}"}`,
    `{"a":${"[".repeat(2_000)}${"]".repeat(2_000)}}`,
    JSON.stringify({ text: "x".repeat(70_000) }),
  ].map((body) => ({ body, type: "application/json" }));
  raw.push({ body: "a=1&b=2", type: "application/x-www-form-urlencoded" });
  raw.push({ body: "<xml/>", type: "text/xml" });
  raw.push({
    body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nzz\r\n--x--',
    type: "multipart/form-data; boundary=x",
  });
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const values = hostileValues(property);
    // a few per property, chosen by a seeded generator so a failure replays
    for (let i = 0; i < 4; i++) {
      const value = values[Math.floor(random() * values.length)];
      raw.push({ body: JSON.stringify({ [name]: value }), type: "application/json" });
    }
  }
  return raw;
}

interface Failure {
  what: string;
  status: number | string;
}

async function hit(
  method: string,
  path: string,
  body?: { body: string; type: string },
): Promise<Failure | undefined> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (body) headers["content-type"] = body.type;
  try {
    const response = await fetch(base + path, {
      method,
      headers,
      ...(body ? { body: body.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const type = response.headers.get("content-type") ?? "";
    await response.arrayBuffer();
    if (response.status >= 500) return { what: `${method} ${path.slice(0, 120)}`, status: response.status };
    if (response.status >= 400 && !type.includes("application/problem+json")) {
      return { what: `${method} ${path.slice(0, 120)} (not problem+json)`, status: response.status };
    }
    return undefined;
  } catch (error) {
    return { what: `${method} ${path.slice(0, 120)}`, status: error instanceof Error ? error.name : "error" };
  }
}

describe("every documented operation under hostile input", () => {
  it("answers with a 4xx problem+json or a success, never a 5xx or a dropped connection", async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const random = mulberry32(20261202);
    const failures: Failure[] = [];
    let sent = 0;
    for (const [template, operations] of Object.entries(
      doc.paths as Record<string, Record<string, unknown>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const op = operation as {
          parameters?: Array<{ name: string; in: string }>;
          requestBody?: { content?: Record<string, { schema?: Schema }> };
        };
        const queryNames = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
        for (const segment of HOSTILE_SEGMENTS) {
          const path = template.replace(/\{[^}]+\}/g, segment);
          const query = [...queryNames, "unknown"]
            .map((name) => `${name}=${HOSTILE_SEGMENTS[Math.floor(random() * HOSTILE_SEGMENTS.length)]}`)
            .join("&");
          const failure = await hit(method.toUpperCase(), `${path}?${query}`);
          sent++;
          if (failure) failures.push(failure);
        }
        if (method === "get" || method === "delete") continue;
        const schema = op.requestBody?.content?.["application/json"]?.schema;
        const path = template.replace(/\{[^}]+\}/g, "x");
        for (const body of bodiesFor(schema, random)) {
          const failure = await hit(method.toUpperCase(), path, body);
          sent++;
          if (failure) failures.push(failure);
        }
      }
    }
    // headers and URLs too large for Node: refused before the app runs, still problem+json
    for (const path of [`/v1/drafts?status=${"x".repeat(20_000)}`, "/healthz"]) {
      const failure = await hit("GET", path);
      sent++;
      if (failure) failures.push(failure);
    }
    const tooLarge = await fetch(`${base}/v1/drafts?q=${"x".repeat(70_000)}`);
    expect(tooLarge.status).toBe(431);
    expect(tooLarge.headers.get("content-type")).toContain("application/problem+json");
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });
});
