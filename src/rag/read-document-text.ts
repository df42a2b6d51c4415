import { readFile } from "node:fs/promises";

/**
 * The plain text of a .docx or .pdf product sheet: mammoth for docx, pdf-parse (pdf.js) for pdf, the whole
 * file as one text (the item is the sheet, not its pages). Both are imported on first use, since pdf.js is
 * heavy and most libraries hold no document.
 */
export async function readDocumentText(path: string, kind: "docx" | "pdf"): Promise<string> {
  if (kind === "docx") {
    const mammoth = await import("mammoth");
    const { value } = await mammoth.extractRawText({ path });
    return value.trim();
  }
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: await readFile(path) });
  try {
    // No "-- 1 of 2 --" marker after each page: the sheet is one text.
    const { text } = await parser.getText({ pageJoiner: "" });
    return text.trim();
  } finally {
    await parser.destroy();
  }
}
