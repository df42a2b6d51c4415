/**
 * The plain text of a .docx or .pdf product sheet, through @langchain/community's loaders (mammoth for
 * docx; pdf-parse for pdf, whose v2 API the installed PDFLoader supports). The loaders are imported on first
 * use, since pdf.js is heavy and most libraries hold no PDF.
 */
export async function readDocumentText(path: string, kind: "docx" | "pdf"): Promise<string> {
  const documents =
    kind === "docx"
      ? await new (await import("@langchain/community/document_loaders/fs/docx")).DocxLoader(path).load()
      : // One document for the whole file: the item is the sheet, not its pages.
        await new (await import("@langchain/community/document_loaders/fs/pdf")).PDFLoader(path, {
          splitPages: false,
        }).load();
  return documents
    .map((document) => document.pageContent)
    .join("\n\n")
    .trim();
}
