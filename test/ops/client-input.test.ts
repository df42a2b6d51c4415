// Issue 10, "a NUL character is a 500": \u0000 in query params, path ids, bodies and key names, a cursor with a
// bad timestamp, and an audit export that cut the socket mid-stream. No client input may get a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
let admin: string;

beforeAll(async () => {
  context = await createTestContext({ env: { LIANGYAN_MAX_BODY_BYTES: "65536" } });
  admin = await context.keyFor("admin");
}, 120_000);
afterAll(async () => {
  await context.close();
});

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const json = (key: string) => ({ ...auth(key), "content-type": "application/json" });

async function expectProblem(response: Response, status: number, field?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const problem = await response.json();
  if (field) expect(problem.errors.map((error: { field: string }) => error.field)).toContain(field);
  return problem;
}

describe("NUL and lone surrogates", () => {
  it("are refused naming the field, in queries, paths, bodies and key names", async () => {
    const app = createApp(context);
    await expectProblem(
      await app.request("/v1/library/search?query=%00&industry=finance", { headers: auth(admin) }),
      400,
      "query",
    );
    await expectProblem(await app.request("/v1/drafts/%00", { headers: auth(admin) }), 400, "id");
    await expectProblem(
      await app.request("/v1/audit/export?draft_id=a%00b", { headers: auth(admin) }),
      400,
      "draft_id",
    );
    const keyName = await app.request("/v1/keys", {
      method: "POST",
      headers: json(admin),
      body: JSON.stringify({ name: "王\u0000五", role: "sales" }),
    });
    const problem = await expectProblem(keyName, 400, "name");
    expect(problem.detail).toMatch(/NUL/);
    const surrogate = await app.request("/v1/generate", {
      method: "POST",
      headers: json(admin),
      body: '{"industry":"finance","stage":"interest","tier":"regular","channel":"moments","product":"稳\\ud800健"}',
    });
    expect((await expectProblem(surrogate, 400, "product")).detail).toMatch(/surrogate/);
  });
});

describe("cursors", () => {
  it("with a time Postgres cannot read are a 400, not a 500", async () => {
    const app = createApp(context);
    for (const value of [
      ["2026-99-99 00:00:00+00", "d_1"],
      ["2026-02-30 00:00:00+00", "d_1"],
      ["2026-01-01 00:00:00+00", "d\u00001"],
    ]) {
      const cursor = Buffer.from(JSON.stringify(value)).toString("base64url");
      await expectProblem(
        await app.request(`/v1/drafts?cursor=${cursor}`, { headers: auth(admin) }),
        400,
        "cursor",
      );
    }
  });
});

describe("bodies", () => {
  it("an empty POST body is no body where none is needed, and too large a body is a 413 problem", async () => {
    const app = createApp(context);
    const accept = await app.request("/v1/review/proposals/prop_0123456789abcdef/accept", {
      method: "POST",
      headers: { ...json(admin), "content-length": "0" },
      body: "",
    });
    // the proposal does not exist: the body was accepted as absent, not refused as malformed JSON
    await expectProblem(accept, 404);
    const large = await app.request("/v1/compliance/check", {
      method: "POST",
      headers: json(admin),
      body: JSON.stringify({ text: "长".repeat(40_000) }),
    });
    const problem = await expectProblem(large, 413);
    expect(problem.limit_bytes).toBe(65_536);
  });
});

describe("the audit export", () => {
  it("ends with an error record when the database fails mid-stream, instead of cutting the socket", async () => {
    const { rows } = await context.db.query<{ id: string }>("SELECT id FROM actors LIMIT 1");
    await context.db.query(
      `INSERT INTO review_audit (actor_id, action, note) SELECT $1, 'rule_accepted', 'bulk ' || n
         FROM generate_series(1, 1005) AS n`,
      [rows[0]?.id],
    );
    let exportQueries = 0;
    // the second batch of the export fails, as a database going away would
    const failing: Database = Object.create(context.db, {
      query: {
        value: async (sql: string, params?: readonly unknown[]) => {
          if (/FROM review_audit l/.test(sql) && ++exportQueries === 2)
            throw new Error("connection terminated");
          return context.db.query(sql, params);
        },
      },
    });
    const app = createApp({ ...context, db: failing });
    const response = await app.request("/v1/audit/export?format=jsonl", { headers: auth(admin) });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\n");
    expect(lines.length).toBe(1001);
    const last = JSON.parse(lines.at(-1) as string);
    expect(last.error).toBe("internal");
    expect(typeof last.request_id).toBe("string");
  });
});
