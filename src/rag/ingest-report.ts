import type { IngestReport } from "./ingest-items.ts";

/** An ingest report as lines a person reads: each rejection by file, index and field, then the totals. */
export function ingestReportLines(report: IngestReport): string[] {
  const rejections = report.rejections.map(
    (rejection) =>
      `rejected ${rejection.origin}${rejection.id ? ` (${rejection.id})` : ""}${rejection.field ? ` field ${rejection.field}` : ""}: ${rejection.message}`,
  );
  return [
    ...rejections,
    `added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}, retired ${report.retired}, ` +
      `rejected ${report.rejected}; embedded ${report.embedded} with ${report.embedder}`,
  ];
}
