// An approved draft becomes approved material: the library learns phrasing a reviewer has already signed off.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { ingestItems } from "../rag/ingest-items.ts";
import type { LibraryItemInput } from "../rag/library-item.ts";
import { writeAudit } from "./audit.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface PromoteResult {
  item_id: string;
  version: number;
  outcome: "added" | "updated" | "unchanged";
}

export function libraryIdFor(draftId: string): string {
  return `approved-draft-${draftId.toLowerCase().replace(/[^a-z0-9_-]/g, "-")}`.slice(0, 120);
}

export async function promoteDraft(
  context: AppContext,
  actor: Actor,
  input: { id: string; title?: string | undefined },
): Promise<PromoteResult> {
  if (!can(actor.role, "library:write")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'library:write'`);
  }
  // Visibility before status: someone else's draft answers 404 whatever state it is in.
  const draft = await loadVisibleDraft(context.db, actor, input.id);
  if (draft.status !== "approved") {
    throw new DomainError(
      "conflict",
      `the draft is ${draft.status}: only approved drafts become library material`,
    );
  }
  const itemId = libraryIdFor(draft.id);
  const record: LibraryItemInput = {
    id: itemId,
    kind: "phrasing",
    audience: "customer",
    industry: draft.industry as LibraryItemInput["industry"],
    title: (input.title ?? draft.body.replace(/\s+/g, " ").slice(0, 30)).trim() || draft.id,
    text: draft.body,
    ...(draft.product ? { product: draft.product } : {}),
    stages: [draft.stage as never],
    tiers: [draft.tier as never],
    channels: [draft.channel as never],
    scenarios: draft.scenario ? [draft.scenario as never] : [],
    message_types: draft.message_type ? [draft.message_type as never] : [],
    tags: ["approved-draft"],
    source: `approved draft ${draft.id}`,
    approved_by: draft.decided_by_name ?? draft.decided_by ?? "reviewer",
  };
  const report = await ingestItems(context, {
    records: [{ origin: `draft:${draft.id}`, record }],
    collection: "approved-drafts",
    retireMissing: false,
  });
  if (report.rejected > 0) {
    const reasons = report.rejections.map((r) => `${r.field ?? ""}: ${r.message}`).join("; ");
    throw new DomainError("unprocessable", `the draft cannot become a library item: ${reasons}`);
  }
  const outcome = report.added > 0 ? "added" : report.updated > 0 ? "updated" : "unchanged";
  const { rows } = await context.db.query<{ version: number }>(
    "SELECT version FROM library_items WHERE id = $1",
    [itemId],
  );
  const version = rows[0]?.version ?? 1;
  // Ingest commits per item on its own; a promotion that changed nothing leaves no second audit row.
  if (outcome !== "unchanged") {
    await context.db.transaction((tx) =>
      writeAudit(tx, {
        draft_id: draft.id,
        actor_id: actor.id,
        action: "promoted",
        draft_version: draft.version,
        detail: { item_id: itemId, item_version: version, outcome },
      }),
    );
  }
  return { item_id: itemId, version, outcome };
}
