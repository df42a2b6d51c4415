// Four eyes between people, not keys: whoever wrote any version of a draft does not approve it or dismiss its
// findings, and neither does a reviewer whose key they minted (an admin minting a reviewer key for themselves is
// still one person). The trigger of migrations/0011_review_integrity.sql (four_eyes_conflict) says the same.
import type { Queryable } from "../db/database.ts";

export interface Contributor {
  actor_id: string;
  /** The version this person wrote (1: the author's original). */
  version: number;
}

/** The author and every editor of the draft, each with the version they made. */
export async function contributorsOf(
  db: Queryable,
  draft: { id: string; author_id: string; edited_by: string | null; version: number },
): Promise<Contributor[]> {
  const { rows } = await db.query<{ made_by: string; version: number }>(
    "SELECT made_by, version FROM draft_versions WHERE draft_id = $1 ORDER BY version",
    [draft.id],
  );
  return [
    { actor_id: draft.author_id, version: 1 },
    ...rows.filter((row) => row.version > 1).map((row) => ({ actor_id: row.made_by, version: row.version })),
    ...(draft.edited_by ? [{ actor_id: draft.edited_by, version: draft.version }] : []),
  ];
}

export interface LineageLink {
  id: string;
  name: string;
  /** 0: the actor itself; 1: who minted its key; 2: who minted theirs ... */
  depth: number;
}

/** The actor and every actor up its chain of minters, nearest first. */
export async function lineageOf(db: Queryable, actorId: string): Promise<LineageLink[]> {
  const { rows } = await db.query<LineageLink>(
    `SELECT l.id, a.name, l.depth FROM actor_lineage($1) l JOIN actors a ON a.id = l.id ORDER BY l.depth`,
    [actorId],
  );
  return rows;
}

/** Why this actor may not approve or dismiss on this draft, or null when they may. */
export function fourEyesRefusal(
  lineage: readonly LineageLink[],
  contributors: readonly Contributor[],
  act: "approve" | "dismiss findings of",
): string | null {
  for (const link of lineage) {
    const wrote = contributors.find((contributor) => contributor.actor_id === link.id);
    if (!wrote) continue;
    const role = wrote.version === 1 ? "the author" : `the editor of version ${wrote.version}`;
    if (link.depth === 0) return `you are ${role} of this draft: someone else must ${act} it`;
    return `your key was minted by ${link.name}, ${role} of this draft: a reviewer they did not mint must ${act} it`;
  }
  return null;
}
