import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { RawRow } from "./job-row.ts";

export interface Sheet {
  headers: string[];
  rows: RawRow[];
}

export class SheetError extends Error {}

/** Reads an uploaded .xlsx (first sheet) or CSV: row 1 holds the headers, each later non-empty row a request. */
export async function readSheet(filename: string, bytes: Uint8Array): Promise<Sheet> {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".xlsx")) return toSheet(await xlsxRecords(bytes));
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return toSheet(csvRecords(bytes));
  // A spreadsheet sent without a useful name: an .xlsx is a zip ("PK").
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return toSheet(await xlsxRecords(bytes));
  return toSheet(csvRecords(bytes));
}

/** Excel on Chinese Windows saves CSV as GB18030: text that is not valid UTF-8 is read as GB18030. */
function csvRecords(bytes: Uint8Array): string[][] {
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    content = new TextDecoder("gb18030").decode(bytes);
  }
  try {
    return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new SheetError(`the CSV cannot be read: ${(error as Error).message}`);
  }
}

async function xlsxRecords(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetError(`the .xlsx file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++)
      values.push(cellText(cells.getCell(column).value));
    records.push(values);
  }
  return records;
}

function toSheet(records: string[][]): Sheet {
  const [header = [], ...data] = records;
  const headers = header.map((name) => String(name).trim());
  const rows: RawRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => String(cell ?? "").trim() === "")) return;
    // A Map, then own properties: a header such as "__proto__" stays a plain (ignored) column.
    const record = new Map<string, unknown>();
    headers.forEach((name, column) => {
      if (name && !record.has(name)) record.set(name, cells[column] ?? "");
    });
    rows.push({ row: index + 2, cells: Object.fromEntries(record) });
  });
  return { headers, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  return "";
}
