// Browsing the library: items by industry, kind and status, in id order, a page at a time (keyset on the id, so
// an ingest that adds items while someone pages never repeats or skips one).
import type { AppContext } from "../context.ts";
import { decodeCursor, pageOf } from "../shared/keyset-cursor.ts";

export interface ListLibraryItemsInput {
  industry?: string | undefined;
  kind?: string | undefined;
  status?: "active" | "retired" | undefined;
  /** Part of the title or text. */
  contains?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface LibraryItemRow {
  id: string;
  kind: string;
  industry: string;
  title: string;
  product: string | null;
  version: number;
  status: string;
  source: string;
  approved_by: string;
  valid_until: string | null;
  updated_at: string;
}

export async function listLibraryItems(
  context: AppContext,
  input: ListLibraryItemsInput,
): Promise<{ items: LibraryItemRow[]; next_cursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  where.push(`status = ${bind(input.status ?? "active")}`);
  if (input.industry) where.push(`industry = ${bind(input.industry)}`);
  if (input.kind) where.push(`kind = ${bind(input.kind)}`);
  if (input.contains) {
    const pattern = `%${input.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const p = bind(pattern);
    where.push(`(title ILIKE ${p} OR body ILIKE ${p})`);
  }
  if (input.cursor) {
    const [id] = decodeCursor(input.cursor, ["id"]);
    where.push(`id > ${bind(id)}`);
  }
  const { rows } = await context.db.query<LibraryItemRow>(
    `SELECT id, kind, industry, title, product, version, status, source, approved_by,
       valid_until::text AS valid_until, updated_at::text AS updated_at
     FROM library_items WHERE ${where.join(" AND ")} ORDER BY id LIMIT ${bind(input.limit + 1)}`,
    params,
  );
  const page = pageOf(rows, input.limit, (item) => [item.id]);
  return { items: page.rows, next_cursor: page.next_cursor };
}
