// Issue 10, "keys live forever": no revocation, no expiry, no rotation; 500 wrong keys in 1.3 s all answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthThrottle } from "../../src/auth/auth-throttle.ts";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
let admin: string;

beforeAll(async () => {
  context = await createTestContext();
  admin = await context.keyFor("admin");
}, 120_000);
afterAll(async () => {
  await context.close();
});

function call(app: ReturnType<typeof createApp>, path: string, key: string, body?: unknown) {
  return app.request(path, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function newKey(app: ReturnType<typeof createApp>, name: string, extra: Record<string, unknown> = {}) {
  const response = await call(app, "/v1/keys", admin, { name, role: "sales", ...extra });
  expect(response.status).toBe(201);
  return (await response.json()) as {
    key: string;
    key_id: string;
    actor: { id: string };
    expires_at: string;
  };
}

describe("revocation, expiry and rotation", () => {
  it("a revoked key gets 401 from its next request on", async () => {
    const app = createApp(context);
    const sales = await newKey(app, "王五");
    expect((await call(app, "/v1/me", sales.key)).status).toBe(200);
    const revoked = await call(app, `/v1/keys/${sales.key_id}/revoke`, admin, { reason: "left the company" });
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).state).toBe("revoked");
    const after = await call(app, "/v1/me", sales.key);
    expect(after.status).toBe(401);
    expect(after.headers.get("content-type")).toContain("application/problem+json");
    const again = await call(app, `/v1/keys/${sales.key_id}/revoke`, admin, {});
    expect(again.status).toBe(409);
  });

  it("an expired key gets 401; an expiry in the past is refused", async () => {
    const app = createApp(context);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const sales = await newKey(app, "赵六", { expires_at: inAnHour });
    expect(sales.expires_at).toBe(inAnHour);
    expect((await call(app, "/v1/me", sales.key)).status).toBe(200);
    // the hour passes
    await context.db.query("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [
      sales.key_id,
    ]);
    expect((await call(app, "/v1/me", sales.key)).status).toBe(401);
    const past = await call(app, "/v1/keys", admin, {
      name: "x",
      role: "sales",
      expires_at: "2020-01-01T00:00:00Z",
    });
    expect(past.status).toBe(400);
  });

  it("rotation gives the same actor a new key and keeps the old one for the grace period only", async () => {
    const app = createApp(context);
    const sales = await newKey(app, "钱七");
    const rotated = await call(app, `/v1/keys/${sales.key_id}/rotate`, admin, { grace_seconds: 3600 });
    expect(rotated.status).toBe(201);
    const body = await rotated.json();
    expect(body.key_record.actor.id).toBe(sales.actor.id);
    expect(body.previous.replaced_by).toBe(body.key_id);
    const me = await (await call(app, "/v1/me", body.key)).json();
    expect(me.id).toBe(sales.actor.id);
    expect((await call(app, "/v1/me", sales.key)).status).toBe(200);
    // a second rotation with no grace: the key it replaces stops at once
    const immediate = await call(app, `/v1/keys/${body.key_id}/rotate`, admin, { grace_seconds: 0 });
    expect(immediate.status).toBe(201);
    const third = await immediate.json();
    expect((await call(app, "/v1/me", body.key)).status).toBe(401);
    expect((await call(app, "/v1/me", third.key)).status).toBe(200);
  });

  it("only admins manage keys", async () => {
    const app = createApp(context);
    const sales = await newKey(app, "孙八");
    expect((await call(app, "/v1/keys", sales.key)).status).toBe(403);
    expect((await call(app, `/v1/keys/${sales.key_id}/revoke`, sales.key, {})).status).toBe(403);
    expect((await call(app, `/v1/keys/${sales.key_id}/rotate`, sales.key, {})).status).toBe(403);
  });

  it("the audit trail records creation, revocation and rotation, by whom", async () => {
    const app = createApp(context);
    const sales = await newKey(app, "周九");
    await call(app, `/v1/keys/${sales.key_id}/rotate`, admin, {});
    await call(app, `/v1/keys/${sales.key_id}/revoke`, admin, { reason: "rotated" });
    const me = await (await call(app, "/v1/me", admin)).json();
    const audit = await (await call(app, `/v1/keys/audit?actor_id=${sales.actor.id}`, admin)).json();
    const actions = audit.rows.map((row: { action: string }) => row.action).reverse();
    expect(actions).toEqual(["key_created", "key_rotated", "key_revoked"]);
    expect(audit.rows.every((row: { actor_id: string }) => row.actor_id === me.id)).toBe(true);
    // the keys made by the test context itself are the system's, with no actor
    const { rows } = await context.db.query<{ actor_id: string | null }>(
      "SELECT actor_id FROM admin_audit WHERE subject_actor_id = $1",
      [me.id],
    );
    expect(rows).toEqual([{ actor_id: null }]);
    await expect(context.db.query("DELETE FROM admin_audit")).rejects.toThrow(/append-only/);
  });
});

describe("failed authentication is throttled", () => {
  it("per client address: 429 with Retry-After once the window's failures are used, valid keys included", async () => {
    const throttle = createAuthThrottle(context.db, { perAddress: 5, perPrefix: 1000, windowSeconds: 60 });
    const app = createApp(context, { throttle });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await call(app, "/v1/me", `ly_wrong${i}xxxxxxxxxxxxxxxxxxxxxxxx`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const refused = await call(app, "/v1/me", admin);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    await context.db.query("DELETE FROM auth_failures");
    expect((await call(app, "/v1/me", admin)).status).toBe(200);
  });

  it("per key prefix: guesses at one key are stopped while other keys still answer", async () => {
    const throttle = createAuthThrottle(context.db, { perAddress: 1000, perPrefix: 3, windowSeconds: 60 });
    const app = createApp(context, { throttle });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(app, "/v1/me", `ly_AAAAA${i}guess`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await call(app, "/v1/me", "ly_BBBBBguess")).status).toBe(401);
    expect((await call(app, "/v1/me", admin)).status).toBe(200);
    await context.db.query("DELETE FROM auth_failures");
  });
});
