// Customer merge fields: typed, never claims, kept by approved text; an export fills them from the job sheet's
// columns, checked against their types, with the approved text around them unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { checkGrounding } from "../../src/generators/grounding.ts";
import { fillMergeFields, mergeValue } from "../../src/generators/merge-fill.ts";
import { createJob } from "../../src/jobs/create-job.ts";
import { approvedRows } from "../../src/jobs/export-drafts.ts";
import { getJobProgress } from "../../src/jobs/job-progress.ts";
import { JobWorker } from "../../src/jobs/worker.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

describe("merge field values", () => {
  it("are checked against their types", () => {
    expect(mergeValue("客户称呼", "王女士")).toEqual({ value: "王女士" });
    expect(mergeValue("客户称呼", "13800138000")).toHaveProperty("error");
    expect(mergeValue("积分数", "2300")).toEqual({ value: "2300" });
    expect(mergeValue("积分数", "两千")).toHaveProperty("error");
    expect(mergeValue("到期日期", "2026-12-31")).toEqual({ value: "2026年12月31日" });
    expect(mergeValue("到期日期", "2026-02-30")).toHaveProperty("error");
    expect(mergeValue("预约时间", "2026-12-05 14:30")).toEqual({ value: "2026年12月5日 14:30" });
    expect(mergeValue("网点名称", "{品牌}")).toHaveProperty("error");
  });

  it("fill only their placeholders: the text around them is unchanged, a bad value keeps its placeholder", () => {
    const text = "{客户称呼}您好，您有{积分数}积分将于{到期日期}到期，详询{顾问姓名}。{品牌}";
    const result = fillMergeFields(text, { 客户称呼: "王女士", 积分数: "很多", 到期日期: "2026-12-31" });
    expect(result.text).toBe("王女士您好，您有{积分数}积分将于2026年12月31日到期，详询{顾问姓名}。{品牌}");
    expect(result.filled).toEqual(["客户称呼", "到期日期"]);
    expect(result.errors).toEqual([expect.stringContaining("积分数")]);
    const unfilled = result.text.replace(/王女士|2026年12月31日/g, "");
    expect(unfilled).toBe(text.replace(/\{客户称呼\}|\{到期日期\}/g, ""));
  });

  it("are listed on the draft's grounding with their types, and are never claims", () => {
    const grounding = checkGrounding("{客户称呼}您好，您有{积分数}积分。", ["积分可兑换话费"]);
    expect(grounding.findings).toEqual([]);
    expect(grounding.merge_fields).toEqual([
      { name: "客户称呼", type: "name" },
      { name: "积分数", type: "number" },
    ]);
  });
});

describe("an export fills merge fields from the job's sheet", () => {
  let context: TestContext;
  let ops: Actor;
  beforeAll(async () => {
    context = await createTestContext({ now: new Date("2026-12-01T08:00:00Z") });
    await ingestFolder(context, new URL("../fixtures/library-generation/", import.meta.url).pathname);
    await context.keyFor("ops", "运营小王");
    const { rows } = await context.db.query<Actor>("SELECT id, name, role FROM actors WHERE role = 'ops'");
    ops = rows[0] as Actor;
  });
  afterAll(() => context.close());

  it("one row per customer, each filled and type-checked; a row of the wrong type is named", async () => {
    const segment = { industry: "pets", channel: "private", stage: "icebreak", tier: "regular", seed: "m1" };
    const bad = await createJob(context, ops, {
      source: { kind: "rows" },
      rows: [{ row: 2, cells: { ...segment, 客户称呼: "王女士", 积分数: "很多" } }],
    }).catch((error: unknown) => error);
    expect(bad).toMatchObject({
      code: "unprocessable",
      errors: [expect.objectContaining({ column: "积分数" })],
    });

    const { job } = await createJob(context, ops, {
      source: { kind: "rows" },
      rows: [
        { row: 2, cells: { ...segment, 客户称呼: "王女士" } },
        { row: 3, cells: { ...segment, 客户称呼: "李先生" } },
      ],
    });
    expect(job.items_total).toBe(1);
    await new JobWorker(context, { pollMs: 10 }).runUntil(
      async () => (await getJobProgress(context, job.id)).job.status !== "running",
    );
    const { rows: drafts } = await context.db.query<{ id: string; body: string }>(
      "SELECT id, body FROM drafts WHERE job_id = $1",
      [job.id],
    );
    const draft = drafts[0] as { id: string; body: string };
    expect(draft.body).toContain("{客户称呼}");
    await context.keyFor("reviewer", "审核老张");
    const { rows: reviewers } = await context.db.query<{ id: string }>(
      "SELECT id FROM actors WHERE role = 'reviewer'",
    );
    await context.db.query(
      "UPDATE drafts SET status = 'approved', decided_by = $2, decided_at = now() WHERE id = $1",
      [draft.id, reviewers[0]?.id],
    );
    const rows = await approvedRows(context, ops, { job_id: job.id, format: "csv", headers: "en" });
    expect(rows.map((row) => row.sheet_row)).toEqual(["2", "3"]);
    expect(rows[0]?.text).toBe(draft.body.replace("{客户称呼}", "王女士"));
    expect(rows[1]?.text).toBe(draft.body.replace("{客户称呼}", "李先生"));
    expect(rows.every((row) => row.fill_errors === "")).toBe(true);
  });
});
