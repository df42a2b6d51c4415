// Library items from an uploaded spreadsheet (.xlsx first sheet, or CSV): row 1 names the fields (English or
// Chinese headers, as for library files), each later row is an item. Every row is validated and reported by its
// row number; the good rows go in as by POST /v1/library/items.
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { csvRecords, xlsxRecords } from "../spreadsheet/read-records.ts";
import { type IngestInput, type IngestReport, ingestItems } from "./ingest-items.ts";
import { recordsFromTable } from "./records-from-table.ts";

async function tableOf(filename: string, bytes: Uint8Array): Promise<string[][]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  try {
    return filename.toLowerCase().endsWith(".xlsx") || zip ? await xlsxRecords(bytes) : csvRecords(bytes);
  } catch (error) {
    throw new DomainError(
      "unprocessable",
      `the file cannot be read as .xlsx or CSV: ${(error as Error).message}`,
      [{ in: "body", field: "file", message: "not a readable .xlsx or CSV file" }],
    );
  }
}

export async function ingestSheet(
  context: AppContext,
  actor: IngestInput["actor"],
  file: { filename: string; bytes: Uint8Array },
): Promise<IngestReport> {
  const [header = [], ...data] = await tableOf(file.filename, file.bytes);
  const headers = header.map((name) => String(name).trim());
  const rows = data.map((cells) =>
    Object.fromEntries(headers.map((name, index) => [name, cells[index] ?? ""])),
  );
  const records = recordsFromTable(rows, (index) => `${file.filename} 第 ${index + 2} 行`);
  if (records.length === 0) {
    throw new DomainError("unprocessable", "the sheet has no item rows under its header row", [
      { in: "body", field: "file", message: "no rows" },
    ]);
  }
  return ingestItems(context, { records, collection: "api", retireMissing: false, actor });
}
