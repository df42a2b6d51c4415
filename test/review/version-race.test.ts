// A reviewer approves the version they read while its author edits it, at the same time, on twelve drafts:
// whichever lands first wins and the other gets a 409; no draft ends approved at a version nobody approved.
// The two start at staggered delays, so that on some drafts the edit commits first and on others the approval. Run on both SQL paths.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type DatabasePath, type TestContext } from "../support/test-context.ts";
import { actorFor, authorized, storeDraft, TEXTS, type TestActor } from "./support/drafts.ts";

const DRAFTS = 12;
const EDITED = `${TEXTS.clean}开放日当天即可办理。`;

describe.each<DatabasePath>(["pglite", "pg"])("approve and edit racing on %s", (path) => {
  let context: TestContext;
  let app: ReturnType<typeof createApp>;
  let author: TestActor;
  let reviewer: TestActor;

  beforeAll(async () => {
    context = await createTestContext({ path });
    app = createApp(context);
    author = await actorFor(context, "sales", "销售 小周");
    reviewer = await actorFor(context, "reviewer", "审核 陈静");
  });
  afterAll(() => context.close());

  it("approves only the version the reviewer read", async () => {
    const ids: string[] = [];
    for (let index = 0; index < DRAFTS; index++) ids.push(await storeDraft(context, { author }));
    const results = await Promise.all(
      ids.map(async (id, index) => {
        // Even drafts: the approval starts first and the edit a little later; odd drafts the other way round.
        const [approveDelay, editDelay] = index % 2 === 0 ? [0, index * 2] : [index * 2, 0];
        const edit = sleep(editDelay).then(() =>
          app.request(
            `/v1/drafts/${id}`,
            authorized(author.key, { method: "PATCH", body: JSON.stringify({ version: 1, body: EDITED }) }),
          ),
        );
        const approve = sleep(approveDelay).then(() =>
          app.request(
            `/v1/drafts/${id}/approve`,
            authorized(reviewer.key, { method: "POST", body: JSON.stringify({ version: 1 }) }),
          ),
        );
        const [edited, approved] = await Promise.all([edit, approve]);
        return { id, edit: edited.status, approve: approved.status };
      }),
    );
    const outcomes = { approved_first: 0, edited_first: 0 };
    for (const result of results) {
      const { rows } = await context.db.query<{ status: string; version: number; body: string }>(
        "SELECT status, version, body FROM drafts WHERE id = $1",
        [result.id],
      );
      const draft = rows[0];
      if (result.approve === 200) {
        outcomes.approved_first++;
        expect(result.edit, result.id).toBe(409);
        expect(draft).toEqual({ status: "approved", version: 1, body: TEXTS.clean });
      } else {
        outcomes.edited_first++;
        expect(result, result.id).toMatchObject({ edit: 200, approve: 409 });
        expect(draft).toEqual({ status: "pending_review", version: 2, body: EDITED });
      }
      const audit = await context.db.query<{ draft_version: number }>(
        "SELECT draft_version FROM review_audit WHERE draft_id = $1 AND action = 'approved'",
        [result.id],
      );
      expect(audit.rows).toEqual(result.approve === 200 ? [{ draft_version: 1 }] : []);
    }
    console.log(`[${path}] ${JSON.stringify(outcomes)}`);
  });
});
