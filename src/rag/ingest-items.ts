import { toSql } from "pgvector";
import { type Actor, can } from "../auth/permissions.ts";
import { SYSTEM_ACTOR } from "../auth/system-actor.ts";
import type { AppContext } from "../context.ts";
import type { Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { contentHash } from "./content-hash.ts";
import { keywordTokens } from "./keyword-tokens.ts";
import { bumpLibraryGeneration } from "./library-generation.ts";
import type { LibraryItem } from "./library-item.ts";
import { chunkText } from "./split-text.ts";
import { type ItemRejection, validateItems } from "./validate-items.ts";
import { dropStaleVectorIndexes, ensureVectorIndex } from "./vector-index.ts";

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
  rejected: number;
  /** Items whose chunks were embedded in this run (added, updated, or re-embedded for a new embedder). */
  embedded: number;
  rejections: ItemRejection[];
  embedder: string;
}

export interface IngestInput {
  records: ReadonlyArray<{ origin: string; record: unknown }>;
  /** "files:<dir>" for a folder, "api" for items posted over HTTP. */
  collection: string;
  /** A folder ingest retires the items of its collection that are no longer in the folder. */
  retireMissing: boolean;
  /** Who is changing the library: the API caller, or (default) the operator's own CLI or `serve --ingest`. */
  actor?: Actor;
}

interface StoredItem {
  id: string;
  content_hash: string;
  version: number;
  status: string;
}

const EMBED_BATCH = 64;

/**
 * Validates, then upserts by content hash: unchanged items cost one SELECT, changed ones get a new version
 * and fresh chunks, items gone from a folder are retired (never deleted). Each item is written in its own
 * transaction after its embedding is computed, so a failure half-way keeps what was done and a rerun resumes;
 * each change writes its library_audit row in that transaction. Several processes may ingest the same folder
 * at once (replicas starting together): each item's write holds a lock on its id and decides from the row as
 * it is then, so they converge on one copy and one version per content.
 */
export async function ingestItems(context: AppContext, input: IngestInput): Promise<IngestReport> {
  const actor = input.actor ?? SYSTEM_ACTOR;
  if (!can(actor.role, "library:write")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'library:write'`);
  }
  const { db, embedder } = context;
  const { valid, rejected } = validateItems(input.records);
  const report: IngestReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    retired: 0,
    rejected: new Set(rejected.map((r) => r.origin)).size,
    embedded: 0,
    rejections: rejected,
    embedder: embedder.id,
  };

  await reembedIfEmbedderChanged(context, report);

  const ids = valid.map((v) => v.item.id);
  const { rows: stored } = await db.query<StoredItem>(
    "SELECT id, content_hash, version, status FROM library_items WHERE id = ANY($1::text[])",
    [ids],
  );
  const storedById = new Map(stored.map((row) => [row.id, row]));

  const pending: Array<{ origin: string; item: LibraryItem; hash: string; previous?: StoredItem }> = [];
  for (const { origin, item } of valid) {
    const hash = contentHash(item);
    const previous = storedById.get(item.id);
    if (previous && previous.content_hash === hash && previous.status === "active") {
      report.unchanged++;
      continue;
    }
    pending.push({ origin, item, hash, ...(previous ? { previous } : {}) });
  }

  for (let start = 0; start < pending.length; start += EMBED_BATCH) {
    const batch = pending.slice(start, start + EMBED_BATCH);
    const prepared = await Promise.all(
      batch.map(async (entry) => ({ ...entry, chunks: await chunkText(entry.item.text) })),
    );
    const embeddings = await embedder.embed(
      prepared.flatMap((entry) => entry.chunks.map((chunk) => embeddingInput(entry.item, chunk))),
    );
    let offset = 0;
    for (const entry of prepared) {
      const vectors = embeddings.slice(offset, offset + entry.chunks.length);
      offset += entry.chunks.length;
      const outcome = await db.transaction(async (tx) => {
        await lockItem(tx, entry.item.id);
        // Read again under the lock: another process may have written this item since the first SELECT.
        const { rows } = await tx.query<StoredItem>(
          "SELECT id, content_hash, version, status FROM library_items WHERE id = $1",
          [entry.item.id],
        );
        const current = rows[0];
        if (current && current.content_hash === entry.hash && current.status === "active") return "unchanged";
        const version = (current?.version ?? 0) + (current?.content_hash === entry.hash ? 0 : 1);
        await upsertItem(tx, entry.item, {
          hash: entry.hash,
          version,
          collection: input.collection,
          origin: entry.origin,
        });
        if (current?.content_hash !== entry.hash) {
          await tx.query(
            `INSERT INTO library_item_versions (item_id, version, content_hash, data, origin)
             VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (item_id, version) DO NOTHING`,
            [entry.item.id, version, entry.hash, JSON.stringify(entry.item), entry.origin],
          );
        }
        await replaceChunks(tx, entry.item, version, entry.chunks, vectors, embedder.id);
        const action = current ? "updated" : "added";
        await writeLibraryAudit(tx, {
          item_id: entry.item.id,
          item_version: version,
          action,
          actor,
          collection: input.collection,
          origin: entry.origin,
        });
        return action;
      });
      report[outcome]++;
      if (outcome !== "unchanged") report.embedded++;
    }
  }

  if (input.retireMissing) {
    // Rejected records keep their stored version: a typo in a file must not pull approved material.
    const keep = [...ids, ...rejected.flatMap((r) => (r.id ? [r.id] : []))];
    report.retired = await db.transaction((tx) => retireMissing(tx, input.collection, keep, actor));
  }
  // Built once after the first load (much faster than growing the graph row by row); later inserts join it.
  if (report.embedded > 0) await ensureVectorIndex(db, embedder.dimensions);
  if (report.embedded > 0 || report.retired > 0) bumpLibraryGeneration();
  return report;
}

function embeddingInput(item: LibraryItem, chunk: string): string {
  return `${item.title}\n${chunk}`;
}

async function upsertItem(
  tx: Queryable,
  item: LibraryItem,
  meta: { hash: string; version: number; collection: string; origin: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO library_items (id, kind, industry, title, body, product, stages, tiers, channels, scenarios,
       message_types, tags, notice_type, benefit_type, valid_from, valid_until, source, approved_by, content_hash,
       version, status, collection, origin, audience, customers, tone, clause, openings, benefit_types)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13,
       $14, $15::date, $16::date, $17, $18, $19, $20, 'active', $21, $22, $23, $24::text[], $25, $26, $27::text[], $28::text[])
     ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, industry = EXCLUDED.industry, title = EXCLUDED.title,
       body = EXCLUDED.body, product = EXCLUDED.product, stages = EXCLUDED.stages, tiers = EXCLUDED.tiers,
       channels = EXCLUDED.channels, scenarios = EXCLUDED.scenarios, message_types = EXCLUDED.message_types,
       tags = EXCLUDED.tags, notice_type = EXCLUDED.notice_type, benefit_type = EXCLUDED.benefit_type,
       valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, source = EXCLUDED.source,
       approved_by = EXCLUDED.approved_by, content_hash = EXCLUDED.content_hash, version = EXCLUDED.version,
       status = 'active', collection = EXCLUDED.collection, origin = EXCLUDED.origin, updated_at = now(),
       retired_at = NULL, audience = EXCLUDED.audience, customers = EXCLUDED.customers, tone = EXCLUDED.tone,
       clause = EXCLUDED.clause, openings = EXCLUDED.openings,
       benefit_types = EXCLUDED.benefit_types`,
    [
      item.id,
      item.kind,
      item.industry,
      item.title,
      item.text,
      item.product ?? null,
      item.stages,
      item.tiers,
      item.channels,
      item.scenarios,
      item.message_types,
      item.tags,
      item.notice_type ?? null,
      item.benefit_type ?? null,
      item.valid_from ?? null,
      item.valid_until ?? null,
      item.source,
      item.approved_by,
      meta.hash,
      meta.version,
      meta.collection,
      meta.origin,
      item.audience,
      item.customers,
      item.tone ?? null,
      item.clause ?? null,
      item.openings ?? [],
      item.benefit_types ?? [],
    ],
  );
}

async function replaceChunks(
  tx: Queryable,
  item: LibraryItem,
  version: number,
  chunks: readonly string[],
  vectors: readonly number[][],
  embedderId: string,
  active = true,
): Promise<void> {
  await tx.query("DELETE FROM library_chunks WHERE item_id = $1", [item.id]);
  for (const [ord, chunk] of chunks.entries()) {
    await tx.query(
      `INSERT INTO library_chunks (item_id, item_version, ord, body, kind, industry, stages, tiers, channels, scenarios,
         valid_from, valid_until, keywords, embedder, embedding, active, audience, customers, message_types)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9::text[], $10::text[], $11::date, $12::date,
         $13::text[], $14, $15::vector, $16, $17, $18::text[], $19::text[])`,
      [
        item.id,
        version,
        ord,
        chunk,
        item.kind,
        item.industry,
        item.stages,
        item.tiers,
        item.channels,
        item.scenarios,
        item.valid_from ?? null,
        item.valid_until ?? null,
        keywordTokens(`${item.title} ${item.product ?? ""} ${chunk}`),
        embedderId,
        toSql(vectors[ord]),
        active,
        // Version data stored before audience existed lacks it (re-embedding reads old versions).
        item.audience ?? "customer",
        item.customers ?? [],
        item.message_types ?? [],
      ],
    );
  }
}

async function retireMissing(
  tx: Queryable,
  collection: string,
  keep: readonly string[],
  actor: Actor,
): Promise<number> {
  const { rows } = await tx.query<{ id: string; version: number }>(
    `UPDATE library_items SET status = 'retired', retired_at = now(), updated_at = now()
     WHERE collection = $1 AND status = 'active' AND NOT (id = ANY($2::text[])) RETURNING id, version`,
    [collection, [...keep]],
  );
  if (rows.length > 0) {
    await tx.query("UPDATE library_chunks SET active = false WHERE item_id = ANY($1::text[])", [
      rows.map((r) => r.id),
    ]);
  }
  for (const row of rows) {
    await writeLibraryAudit(tx, {
      item_id: row.id,
      item_version: row.version,
      action: "retired",
      actor,
      collection,
      origin: null,
    });
  }
  return rows.length;
}

/** Serializes writers of one item across processes (hashtext collisions only make two items wait). */
async function lockItem(tx: Queryable, id: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('liangyan.library:' || $1::text))", [id]);
}

async function writeLibraryAudit(
  tx: Queryable,
  entry: {
    item_id: string;
    item_version: number;
    action: "added" | "updated" | "retired";
    actor: Actor;
    collection: string;
    origin: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO library_audit (item_id, item_version, action, actor_id, actor_name, collection, origin)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.item_id,
      entry.item_version,
      entry.action,
      entry.actor.id,
      entry.actor.name,
      entry.collection,
      entry.origin,
    ],
  );
}

/**
 * Vectors from two embedders live in different spaces: when the configured embedder is not the one the
 * stored chunks were made with, every active item is re-embedded before anything is searched or added.
 */
async function reembedIfEmbedderChanged(context: AppContext, report: IngestReport): Promise<void> {
  const { db, embedder } = context;
  const { rows } = await db.query<{ item_id: string }>(
    "SELECT DISTINCT item_id FROM library_chunks WHERE embedder <> $1",
    [embedder.id],
  );
  if (rows.length === 0) return;
  await dropStaleVectorIndexes(db, embedder.dimensions);
  const { rows: items } = await db.query<{ id: string; version: number; status: string; data: LibraryItem }>(
    `SELECT i.id, i.version, i.status, v.data FROM library_items i
     JOIN library_item_versions v ON v.item_id = i.id AND v.version = i.version
     WHERE i.id = ANY($1::text[])`,
    [rows.map((r) => r.item_id)],
  );
  for (const stored of items) {
    const chunks = await chunkText(stored.data.text);
    const vectors = await embedder.embed(chunks.map((chunk) => embeddingInput(stored.data, chunk)));
    await db.transaction(async (tx) => {
      await lockItem(tx, stored.id);
      await replaceChunks(
        tx,
        stored.data,
        stored.version,
        chunks,
        vectors,
        embedder.id,
        stored.status === "active",
      );
    });
    report.embedded++;
  }
}
