import { csvRecords, xlsxRecords } from "../spreadsheet/read-records.ts";
import type { RawRow } from "./job-row.ts";

export interface Sheet {
  headers: string[];
  rows: RawRow[];
}

export class SheetError extends Error {}

/** Reads an uploaded .xlsx (first sheet) or CSV: row 1 holds the headers, each later non-empty row a request. */
export async function readSheet(filename: string, bytes: Uint8Array): Promise<Sheet> {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".xlsx")) return toSheet(await readXlsx(bytes));
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return toSheet(readCsv(bytes));
  // A spreadsheet sent without a useful name: an .xlsx is a zip ("PK").
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return toSheet(await readXlsx(bytes));
  return toSheet(readCsv(bytes));
}

function readCsv(bytes: Uint8Array): string[][] {
  try {
    return csvRecords(bytes);
  } catch (error) {
    throw new SheetError(`the CSV cannot be read: ${(error as Error).message}`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  try {
    return await xlsxRecords(bytes);
  } catch (error) {
    throw new SheetError(`the .xlsx file cannot be read: ${(error as Error).message}`);
  }
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
