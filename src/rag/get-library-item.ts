import type { AppContext } from "../context.ts";

export interface LibraryItemView {
  id: string;
  kind: string;
  audience: string;
  industry: string;
  title: string;
  text: string;
  product: string | null;
  stages: string[];
  tiers: string[];
  channels: string[];
  scenarios: string[];
  message_types: string[];
  tags: string[];
  notice_type: string | null;
  benefit_type: string | null;
  customers: string[];
  tone: string | null;
  clause: string | null;
  openings: string[];
  valid_from: string | null;
  valid_until: string | null;
  source: string;
  approved_by: string;
  version: number;
  status: "active" | "retired";
  origin: string;
  updated_at: string;
  versions: Array<{
    version: number;
    content_hash: string;
    origin: string;
    created_at: string;
    data: unknown;
  }>;
}

/** One item with every version it has had, newest first; undefined when the id is unknown. */
export async function getLibraryItem(context: AppContext, id: string): Promise<LibraryItemView | undefined> {
  const { rows } = await context.db.query<Omit<LibraryItemView, "versions">>(
    `SELECT id, kind, audience, customers, tone, clause, openings, industry, title, body AS text, product, stages, tiers, channels, scenarios, message_types, tags,
       notice_type, benefit_type, valid_from::text AS valid_from, valid_until::text AS valid_until, source,
       approved_by, version, status, origin, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
     FROM library_items WHERE id = $1`,
    [id],
  );
  const item = rows[0];
  if (!item) return undefined;
  const { rows: versions } = await context.db.query<LibraryItemView["versions"][number]>(
    `SELECT version, content_hash, origin, data,
       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at
     FROM library_item_versions WHERE item_id = $1 ORDER BY version DESC`,
    [id],
  );
  return { ...item, versions };
}
