import { readFile } from "node:fs/promises";
import { csvRecords, xlsxRecords } from "../spreadsheet/read-records.ts";

/** A table's data rows keyed by header, with the sheet row number (header = row 1) of each. */
export interface Table {
  rows: Record<string, string>[];
  rowNumbers: number[];
}

export async function readCsvTable(path: string): Promise<Table> {
  return toTable(csvRecords(await readFile(path)));
}

/** Reads the first sheet of an .xlsx workbook; row 1 holds the headers. */
export async function readXlsxTable(path: string): Promise<Table> {
  return toTable(await xlsxRecords(await readFile(path)));
}

function toTable(records: string[][]): Table {
  const [header = [], ...data] = records;
  const rows = data.map((cells) =>
    Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ""])),
  );
  return { rows, rowNumbers: data.map((_, index) => index + 2) };
}
