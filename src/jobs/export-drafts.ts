import ExcelJS from "exceljs";
import { z } from "zod";
import { type Actor, can } from "../auth/permissions.ts";
import { type AppContext, today } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { type LabelTable, label } from "../domain/labels.ts";
import { CHANNELS, INDUSTRIES, STAGES, TIERS } from "../domain/vocabulary.ts";
import { fillMergeFields } from "../generators/merge-fill.ts";
import { loadVisibleJob } from "./job-access.ts";

export const ExportFilterSchema = z
  .object({
    job_id: z.string().min(1).max(100).optional(),
    industry: z.enum(INDUSTRIES).optional(),
    channel: z.enum(CHANNELS).optional(),
    stage: z.enum(STAGES).optional(),
    tier: z.enum(TIERS).optional(),
    product: z.string().trim().min(1).max(200).optional(),
    approved_from: z.iso.date().optional().describe("Approved on or after this day (UTC)"),
    approved_to: z.iso.date().optional().describe("Approved on or before this day (UTC)"),
    format: z.enum(["xlsx", "csv"]).default("xlsx"),
    headers: z.enum(["en", "zh"]).default("en").describe("Column headers in English or Chinese"),
  })
  .strict();
export type ExportFilter = z.output<typeof ExportFilterSchema>;

const COLUMNS = [
  { key: "industry", en: "industry", zh: "行业", width: 14 },
  { key: "product", en: "product", zh: "产品", width: 18 },
  { key: "stage", en: "stage", zh: "阶段", width: 10 },
  { key: "tier", en: "tier", zh: "客户层级", width: 14 },
  { key: "channel", en: "channel", zh: "渠道", width: 10 },
  { key: "text", en: "text", zh: "文案", width: 60 },
  { key: "sources", en: "sources", zh: "来源", width: 40 },
  { key: "reviewer", en: "reviewer", zh: "审核人", width: 12 },
  { key: "approved_at", en: "approved at", zh: "审核通过时间", width: 20 },
  { key: "draft_id", en: "draft id", zh: "草稿编号", width: 42 },
] as const;

// Added only when the job's sheet carried customer merge fields: one row per customer, the text filled.
const FILL_COLUMNS = [
  { key: "sheet_row", en: "sheet row", zh: "表格行", width: 10 },
  { key: "fill_errors", en: "fill errors", zh: "填充问题", width: 30 },
] as const;

export type ExportRow = Record<(typeof COLUMNS)[number]["key"], string> &
  Partial<Record<(typeof FILL_COLUMNS)[number]["key"], string>>;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
  rows: number;
}

/**
 * Approved drafts (of a job, or by filter) as the spreadsheet content ops work from. Ops export only their own
 * drafts; roles that read every draft export any.
 */
export async function exportApprovedDrafts(
  context: AppContext,
  actor: Actor,
  filter: ExportFilter,
): Promise<ExportFile> {
  if (!can(actor.role, "jobs:manage"))
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'jobs:manage'`);
  if (filter.job_id) await loadVisibleJob(context, actor, filter.job_id);
  const rows = await approvedRows(context, actor, filter);
  const stamp = today(context);
  const base = `liangyan-approved-${filter.job_id ?? stamp}`;
  const columns = rows.some((row) => row.sheet_row !== undefined) ? [...COLUMNS, ...FILL_COLUMNS] : COLUMNS;
  const header = columns.map((column) => column[filter.headers]);
  if (filter.format === "csv") {
    const records = [header, ...rows.map((row) => columns.map((column) => row[column.key] ?? ""))];
    // A BOM, so that Excel opens the UTF-8 Chinese text as text rather than mojibake.
    const csv = `\uFEFF${records.map((record) => record.map(csvCell).join(",")).join("\r\n")}\r\n`;
    return {
      filename: `${base}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: new TextEncoder().encode(csv),
      rows: rows.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Liangyan";
  const sheet = workbook.addWorksheet(filter.headers === "zh" ? "已审核文案" : "approved");
  sheet.columns = columns.map((column) => ({
    header: column[filter.headers],
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn("text").alignment = { wrapText: true, vertical: "top" };
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${base}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: new Uint8Array(buffer as ArrayBuffer),
    rows: rows.length,
  };
}

export async function approvedRows(
  context: AppContext,
  actor: Actor,
  filter: ExportFilter,
): Promise<ExportRow[]> {
  const where = ["d.status = 'approved'"];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (!can(actor.role, "drafts:read_all")) add("d.author_id = ?", actor.id);
  if (filter.job_id) add("d.job_id = ?", filter.job_id);
  if (filter.industry) add("d.industry = ?", filter.industry);
  if (filter.channel) add("d.channel = ?", filter.channel);
  if (filter.stage) add("d.stage = ?", filter.stage);
  if (filter.tier) add("d.tier = ?", filter.tier);
  if (filter.product) add("d.product = ?", filter.product);
  // Days are China days, spelled out rather than left to the session's time zone.
  if (filter.approved_from)
    add("d.decided_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'", filter.approved_from);
  if (filter.approved_to)
    add("d.decided_at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'", filter.approved_to);
  const { rows } = await context.db.query<
    ApprovedDraftRow & {
      merge_values: Record<string, Record<string, string>> | null;
    }
  >(
    `SELECT d.id, d.industry, d.product, d.stage, d.tier, d.channel, d.body, d.sources,
       a.name AS reviewer, d.decided_at::text AS decided_at, ji.merge_values
     FROM drafts d LEFT JOIN actors a ON a.id = d.decided_by
       LEFT JOIN job_items ji ON ji.job_id = d.job_id AND ji.item_key = regexp_replace(d.job_item_key, '#[0-9]+$', '')
     WHERE ${where.join(" AND ")}
     ORDER BY d.decided_at, d.id`,
    params,
  );
  // A sheet with Chinese headers says the values in Chinese too, in the words the console uses (and a job sheet
  // accepts back); the English sheet keeps the slugs.
  const say = (table: LabelTable, slug: string) => (filter.headers === "zh" ? label(table, slug) : slug);
  return rows.flatMap((row) => {
    const exported = exportRow(row, say);
    const customers = Object.entries(row.merge_values ?? {}).sort(([a], [b]) => Number(a) - Number(b));
    if (customers.length === 0) return [exported];
    // One row per customer of the sheet: their merge fields filled, the approved text around them unchanged.
    return customers.map(([sheetRow, values]) => {
      const filled = fillMergeFields(row.body, values);
      return { ...exported, text: filled.text, sheet_row: sheetRow, fill_errors: filled.errors.join("; ") };
    });
  });
}

/** An approved draft as the export reads it. */
interface ApprovedDraftRow {
  id: string;
  industry: string;
  product: string | null;
  stage: string;
  tier: string;
  channel: string;
  body: string;
  sources: Array<{ id: string; version: number; title: string }>;
  reviewer: string | null;
  decided_at: string | null;
}

function exportRow(row: ApprovedDraftRow, say: (table: LabelTable, slug: string) => string): ExportRow {
  return {
    industry: say("industry", row.industry),
    product: row.product ?? "",
    stage: say("stage", row.stage),
    tier: say("tier", row.tier),
    channel: say("channel", row.channel),
    text: row.body,
    sources: (row.sources ?? [])
      .map((source) => `${source.title} (${source.id} v${source.version})`)
      .join("; "),
    reviewer: row.reviewer ?? "",
    approved_at: row.decided_at ? beijingTime(row.decided_at) : "",
    draft_id: row.id,
  };
}

/** Content ops read times in China time: "2026-11-29 16:05:00 +08:00". */
function beijingTime(timestamp: string): string {
  const date = new Date(timestamp.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00"));
  if (Number.isNaN(date.getTime())) return timestamp;
  const shifted = new Date(date.getTime() + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)} +08:00`;
}

/**
 * One CSV cell: quoted when it holds a quote, comma or line break. A cell starting with = + - @ is prefixed with
 * an apostrophe, so a spreadsheet opening the file shows it as text and never runs it as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
