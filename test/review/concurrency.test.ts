// 50 concurrent approve and reject requests over 10 drafts: each draft ends with exactly one decision, the
// losers get 409 problem+json, and the audit trail holds exactly the winning decision. Run on both SQL paths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type DatabasePath, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, type TestActor } from "./support/drafts.ts";

const DRAFTS = 10;
const PER_DRAFT = 5;

describe.each<DatabasePath>(["pglite", "pg"])("concurrent decisions on %s", (path) => {
  let context: TestContext;
  let app: ReturnType<typeof createApp>;
  let author: TestActor;
  const reviewers: TestActor[] = [];

  beforeAll(async () => {
    context = await createTestContext({ path });
    app = createApp(context);
    author = await actorFor(context, "sales");
    for (let index = 0; index < PER_DRAFT; index++)
      reviewers.push(await actorFor(context, "reviewer", `审核${index}`));
  });
  afterAll(() => context.close());

  it("leaves exactly one decision per draft with a matching audit trail", async () => {
    const ids: string[] = [];
    for (let index = 0; index < DRAFTS; index++) ids.push(await storeDraft(context, { author }));
    const calls = ids.flatMap((id) =>
      reviewers.map((reviewer, index) => ({
        id,
        reviewer,
        action: index % 2 === 0 ? "approve" : "reject",
      })),
    );
    expect(calls).toHaveLength(50);
    const started = performance.now();
    const responses = await Promise.all(
      calls.map(async (call) => {
        const body =
          call.action === "reject" ? { reason_code: "tone", note: "并发驳回", version: 1 } : { version: 1 };
        const response = await app.request(
          `/v1/drafts/${call.id}/${call.action}`,
          authorized(call.reviewer.key, { method: "POST", body: JSON.stringify(body) }),
        );
        return { ...call, status: response.status, type: response.headers.get("content-type") ?? "" };
      }),
    );
    const elapsed = performance.now() - started;
    console.log(`[${path}] 50 concurrent decisions in ${elapsed.toFixed(0)} ms`);
    for (const id of ids) {
      const mine = responses.filter((r) => r.id === id);
      const winners = mine.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      const losers = mine.filter((r) => r.status !== 200);
      expect(losers.every((r) => r.status === 409 && r.type.includes("application/problem+json"))).toBe(true);
      const winner = winners[0];
      const { rows } = await context.db.query<{ status: string; decided_by: string }>(
        "SELECT status, decided_by FROM drafts WHERE id = $1",
        [id],
      );
      const expected = winner?.action === "approve" ? "approved" : "rejected";
      expect(rows[0]).toEqual({ status: expected, decided_by: winner?.reviewer.id });
      const audit = await context.db.query<{ action: string; actor_id: string }>(
        "SELECT action, actor_id FROM review_audit WHERE draft_id = $1 AND action <> 'created' ORDER BY id",
        [id],
      );
      expect(audit.rows).toEqual([{ action: expected, actor_id: winner?.reviewer.id }]);
    }
  });
});
