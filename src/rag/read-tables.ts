import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** A table's data rows keyed by header, with the sheet row number (header = row 1) of each. */
export interface Table {
  rows: Record<string, string>[];
  rowNumbers: number[];
}

/**
 * Reads a CSV. Excel on Chinese Windows saves CSV as GB18030 (GBK), not UTF-8: text that is not valid UTF-8
 * is decoded as GB18030. Each record is one sheet row, as Excel shows it, even when a cell spans lines.
 */
export async function readCsvTable(path: string): Promise<Table> {
  const bytes = await readFile(path);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    content = new TextDecoder("gb18030").decode(bytes);
  }
  const records: string[][] = parse(content, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  return toTable(records);
}

/** Reads the first sheet of an .xlsx workbook; row 1 holds the headers. */
export async function readXlsxTable(path: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], rowNumbers: [] };
  const records: string[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++)
      values.push(cellText(cells.getCell(column).value));
    records.push(values);
  }
  return toTable(records);
}

function toTable(records: string[][]): Table {
  const [header = [], ...data] = records;
  const rows = data.map((cells) =>
    Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ""])),
  );
  return { rows, rowNumbers: data.map((_, index) => index + 2) };
}

/** The text a person sees in a cell; dates as YYYY-MM-DD, which is what the item schema takes. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  return "";
}
