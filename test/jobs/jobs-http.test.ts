import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { createApp } from "../../src/http/app.ts";
import { getJobProgress } from "../../src/jobs/job-progress.ts";
import { JobWorker } from "../../src/jobs/worker.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import { recordingGenerator } from "./support/recording-generator.ts";

let context: TestContext;
let app: ReturnType<typeof createApp>;
let opsKey: string;
let otherOpsKey: string;
let salesKey: string;
let reviewer: Actor;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  opsKey = await context.keyFor("ops", "运营小王");
  otherOpsKey = await context.keyFor("ops", "运营小李");
  salesKey = await context.keyFor("sales");
  await context.keyFor("reviewer", "审核老张");
  const { rows } = await context.db.query<Actor>("SELECT id, name, role FROM actors WHERE role = 'reviewer'");
  reviewer = rows[0] as Actor;
});
afterAll(() => context.close());

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const postJson = (path: string, body: unknown, key = opsKey) =>
  app.request(path, {
    method: "POST",
    headers: { ...auth(key), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const get = (path: string, key = opsKey) => app.request(path, { headers: auth(key) });

const CHANNELS = ["朋友圈", "私聊", "短信", "moments"];
const STAGES = ["破冰期", "interest", "决策期"];

/** 500 data rows with Chinese headers; rows 3 bad ones at known places. */
async function sheetWithBadRows(): Promise<{
  bytes: Uint8Array;
  bad: Array<{ row: number; column: string }>;
}> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("批量");
  sheet.addRow(["行业", "产品", "阶段", "客户层级", "渠道", "条数", "备注"]);
  for (let index = 0; index < 500; index++) {
    sheet.addRow([
      index % 2 === 0 ? "美妆" : "pets",
      `产品${index}`,
      STAGES[index % 3],
      index % 5 === 0 ? "高净值" : "regular",
      CHANNELS[index % 4],
      1,
      "内部备注",
    ]);
  }
  // Sheet rows: header is row 1, data row i is sheet row i + 2.
  sheet.getRow(12).getCell(5).value = "抖音";
  sheet.getRow(140).getCell(3).value = "成交期";
  sheet.getRow(377).getCell(6).value = 11;
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(buffer as ArrayBuffer),
    bad: [
      { row: 12, column: "渠道" },
      { row: 140, column: "阶段" },
      { row: 377, column: "条数" },
    ],
  };
}

function upload(
  bytes: Uint8Array,
  fields: Record<string, string> = {},
  key = opsKey,
  filename = "批量.xlsx",
) {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], filename));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return app.request("/v1/jobs", { method: "POST", headers: auth(key), body: form });
}

async function runJob(jobId: string) {
  const worker = new JobWorker(context, { generate: recordingGenerator(), pollMs: 10 });
  await worker.runUntil(async () => (await getJobProgress(context, jobId)).job.status !== "running");
}

describe("POST /v1/jobs with a spreadsheet", () => {
  it("refuses an .xlsx of 500 rows with 3 bad rows, naming each row and column", async () => {
    const { bytes, bad } = await sheetWithBadRows();
    const response = await upload(bytes);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    const problem = (await response.json()) as {
      detail: string;
      errors: Array<{ field: string; row: number; column: string; message: string }>;
    };
    expect(problem.errors.map(({ row, column }) => ({ row, column }))).toEqual(bad);
    expect(problem.errors.map((error) => error.field)).toEqual([
      "row 12, column 渠道",
      "row 140, column 阶段",
      "row 377, column 条数",
    ]);
    expect(problem.detail).toMatch(/^3 of 500 rows are invalid: row 12, column 渠道/);
    expect(problem.detail).toMatch(/skip_invalid=true to run the 497 valid rows/);
    const { rows } = await context.db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs");
    expect(rows[0]?.n).toBe(0);
  });

  it("runs the 497 good rows when asked to skip the invalid ones", async () => {
    const { bytes } = await sheetWithBadRows();
    const response = await upload(bytes, { skip_invalid: "true" });
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      job: { id: string; items_total: number; rows_total: number };
      skipped: Array<{ row: number }>;
      ignored_columns: string[];
    };
    expect(created.job.rows_total).toBe(500);
    expect(created.job.items_total).toBe(497);
    expect(created.skipped.map((error) => error.row)).toEqual([12, 140, 377]);
    expect(created.ignored_columns).toEqual(["备注"]);
    const { rows } = await context.db.query<{ request: Record<string, unknown> }>(
      "SELECT request FROM job_items WHERE job_id = $1 AND 2 = ANY(source_rows)",
      [created.job.id],
    );
    expect(rows[0]?.request).toMatchObject({
      industry: "beauty",
      product: "产品0",
      stage: "icebreak",
      tier: "high_value",
      channel: "moments",
    });
  });

  it("reads a GB18030 CSV from Excel on Chinese Windows", async () => {
    const csv = "行业,阶段,客户层级,渠道\r\n宠物,兴趣期,普通,朋友圈\r\n";
    const bytes = gb18030(csv);
    const response = await upload(bytes, {}, opsKey, "list.csv");
    expect(response.status).toBe(201);
  });
});

describe("POST /v1/jobs with a matrix, progress, control and export", () => {
  let jobId: string;

  it("expands the matrix into items", async () => {
    const response = await postJson("/v1/jobs", {
      name: "双11 朋友圈",
      matrix: {
        industries: ["beauty"],
        products: ["精华液", "面霜"],
        stages: ["icebreak", "decision"],
        tiers: ["regular"],
        channels: ["moments", "group"],
        message_types: ["morning", "deals_roundup"],
        variants: 2,
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toMatch(/^\/v1\/jobs\/job_/);
    const created = (await response.json()) as { job: { id: string; items_total: number; status: string } };
    expect(created.job.items_total).toBe(2 * 2 * (1 + 2));
    expect(created.job.status).toBe("running");
    jobId = created.job.id;
  });

  it("rejects a bad matrix by field", async () => {
    const response = await postJson("/v1/jobs", {
      matrix: { industries: ["beauty"], stages: ["later"], tiers: ["regular"], channels: ["moments"] },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors[0]?.field).toBe("matrix.stages.0");
  });

  it("names the row and column of a bad matrix combination", async () => {
    const response = await postJson("/v1/jobs", {
      matrix: {
        industries: ["beauty"],
        stages: ["icebreak"],
        tiers: ["regular"],
        channels: ["moments", "outbound"],
      },
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field)).toEqual(["row 2, column scenario"]);
  });

  it("reports progress, streams events until the end, and exports the approved drafts", async () => {
    const before = (await (await get(`/v1/jobs/${jobId}`)).json()) as {
      counts: { queued: number };
      eta_s: unknown;
    };
    expect(before.counts.queued).toBe(12);
    await runJob(jobId);
    const events = await get(`/v1/jobs/${jobId}/events?interval_ms=100`);
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    const stream = await events.text();
    expect(stream).toMatch(/event: progress/);
    expect(stream).toMatch(/event: end\ndata: {"status":"completed"}/);
    const progress = (await (await get(`/v1/jobs/${jobId}`)).json()) as {
      counts: { succeeded: number };
      drafts: number;
      eta_s: number;
      cost: { prompt_tokens: number };
    };
    expect(progress.counts.succeeded).toBe(12);
    expect(progress.drafts).toBe(24);
    expect(progress.eta_s).toBe(0);

    // A reviewer approves four of them.
    await context.db.query(
      `UPDATE drafts SET status = 'approved', decided_by = $2, decided_at = '2026-11-29T08:30:00Z'
       WHERE id IN (SELECT id FROM drafts WHERE job_id = $1 ORDER BY id LIMIT 4)`,
      [jobId, reviewer.id],
    );
    const xlsx = await get(`/v1/jobs/${jobId}/export?headers=zh`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("x-rows")).toBe("4");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 10)).toEqual([
      "行业",
      "产品",
      "阶段",
      "客户层级",
      "渠道",
      "文案",
      "来源",
      "审核人",
      "审核通过时间",
    ]);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(8).value).toBe("审核老张");
    expect(sheet.getRow(2).getCell(9).value).toBe("2026-11-29 16:30:00 +08:00");
    expect(String(sheet.getRow(2).getCell(7).value)).toMatch(/测试素材 \(t-item v1\)/);

    const csv = await get(`/v1/exports/approved?format=csv&industry=beauty&channel=group`);
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A UTF-8 BOM first, so that Excel reads the Chinese text right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(
      text.startsWith("industry,product,stage,tier,channel,text,sources,reviewer,approved at,draft id\r\n"),
    ).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines.slice(1).every((line) => line.startsWith("beauty,") && line.includes(",group,"))).toBe(true);
  });

  it("cancels, resumes and retries over HTTP; refuses what the state does not allow", async () => {
    const created = (await (
      await postJson("/v1/jobs", {
        matrix: { industries: ["pets"], stages: ["icebreak"], tiers: ["regular"], channels: ["moments"] },
      })
    ).json()) as { job: { id: string } };
    const id = created.job.id;
    const cancel = await postJson(`/v1/jobs/${id}/cancel`, {});
    expect(cancel.status).toBe(200);
    expect(((await cancel.json()) as { job: { status: string } }).job.status).toBe("cancelled");
    expect((await postJson(`/v1/jobs/${id}/cancel`, {})).status).toBe(409);
    const resume = await postJson(`/v1/jobs/${id}/resume`, {});
    expect(((await resume.json()) as { items: number }).items).toBe(1);
    expect((await postJson(`/v1/jobs/${id}/retry`, {})).status).toBe(200);
  });

  it("keeps jobs to their author and ops/admin roles", async () => {
    expect((await get(`/v1/jobs/${jobId}`, salesKey)).status).toBe(403);
    expect((await postJson("/v1/jobs", { rows: [{ industry: "pets" }] }, salesKey)).status).toBe(403);
    expect((await get(`/v1/jobs/${jobId}`, otherOpsKey)).status).toBe(404);
    expect((await postJson(`/v1/jobs/${jobId}/cancel`, {}, otherOpsKey)).status).toBe(404);
    expect((await get(`/v1/jobs/${jobId}/export`, otherOpsKey)).status).toBe(404);
    expect((await get(`/v1/jobs/job_nope`)).status).toBe(404);
    const mine = (await (await get("/v1/jobs")).json()) as { jobs: Array<{ id: string }> };
    expect(mine.jobs.map((job) => job.id)).toContain(jobId);
    const theirs = (await (await get("/v1/jobs", otherOpsKey)).json()) as { jobs: unknown[] };
    expect(theirs.jobs).toEqual([]);
  });
});

function gb18030(text: string): Uint8Array {
  // Node has no GB18030 encoder; these are the characters the CSV above uses, encoded by hand.
  const table: Record<string, number[]> = {
    行: [0xd0, 0xd0],
    业: [0xd2, 0xb5],
    阶: [0xbd, 0xd7],
    段: [0xb6, 0xce],
    客: [0xbf, 0xcd],
    户: [0xbb, 0xa7],
    层: [0xb2, 0xe3],
    级: [0xbc, 0xb6],
    渠: [0xc7, 0xfe],
    道: [0xb5, 0xc0],
    宠: [0xb3, 0xe8],
    物: [0xce, 0xef],
    兴: [0xd0, 0xcb],
    趣: [0xc8, 0xa4],
    期: [0xc6, 0xda],
    普: [0xc6, 0xd5],
    通: [0xcd, 0xa8],
    朋: [0xc5, 0xf3],
    友: [0xd3, 0xd1],
    圈: [0xc8, 0xa6],
  };
  const bytes: number[] = [];
  for (const char of text) bytes.push(...(table[char] ?? [char.charCodeAt(0)]));
  return new Uint8Array(bytes);
}
