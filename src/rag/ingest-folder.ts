import { resolve } from "node:path";
import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { type IngestReport, ingestItems } from "./ingest-items.ts";
import { loadLibraryFiles } from "./load-library-files.ts";

/**
 * Ingests a folder as one collection: what is in it is upserted, what has left it is retired. A folder on the
 * server's disk is the operator's: the actor defaults to the system actor.
 */
export async function ingestFolder(context: AppContext, dir: string, actor?: Actor): Promise<IngestReport> {
  const root = resolve(dir);
  const { items, errors } = await loadLibraryFiles(root);
  const report = await ingestItems(context, {
    records: items,
    collection: `files:${root}`,
    retireMissing: errors.length === 0,
    ...(actor ? { actor } : {}),
  });
  // An unreadable file is a rejection too; while any file failed to load we retire nothing, since its items
  // would look gone.
  report.rejections.push(...errors);
  report.rejected += new Set(errors.map((error) => error.origin)).size;
  return report;
}
