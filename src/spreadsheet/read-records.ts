// Spreadsheets as content ops keep them (.xlsx, or CSV from Excel), read into rows of cell text. Shared by
// library ingest and bulk-job uploads.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * The rows of a CSV. Excel on Chinese Windows saves CSV as GB18030 (GBK), not UTF-8: text that is not valid
 * UTF-8 is decoded as GB18030. Each record is one sheet row as Excel shows it, even when a cell spans lines.
 */
export function csvRecords(bytes: Uint8Array): string[][] {
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    content = new TextDecoder("gb18030").decode(bytes);
  }
  return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false });
}

/** The rows of the first sheet of an .xlsx workbook, as the text a person sees in each cell. */
export async function xlsxRecords(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
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

/** The text a person sees in a cell; dates as YYYY-MM-DD, which is what our schemas take. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  return "";
}
