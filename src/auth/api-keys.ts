import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "../db/database.ts";
import type { Actor, Role } from "./permissions.ts";

const KEY_PREFIX = "ly_";

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/**
 * Creates an actor and its first key. The key is returned once; only its hash is stored. `createdBy` is the
 * actor who minted it (four eyes treats a minted reviewer as its minter: src/review/four-eyes.ts).
 */
export async function createApiKey(
  db: Queryable,
  input: { name: string; role: Role; createdBy?: string | undefined },
): Promise<{ actor: Actor; key: string; keyId: string }> {
  const actor: Actor = { id: `act_${randomUUID()}`, name: input.name, role: input.role };
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const keyId = `key_${randomUUID()}`;
  await db.query("INSERT INTO actors (id, name, role, created_by) VALUES ($1, $2, $3, $4)", [
    actor.id,
    actor.name,
    actor.role,
    input.createdBy ?? null,
  ]);
  await db.query("INSERT INTO api_keys (id, actor_id, key_hash, prefix) VALUES ($1, $2, $3, $4)", [
    keyId,
    actor.id,
    hashKey(key),
    key.slice(0, 8),
  ]);
  return { actor, key, keyId };
}

/** The actor a key belongs to, or undefined for an unknown or revoked key. */
export async function authenticate(db: Queryable, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  const { rows } = await db.query<Actor>(
    `SELECT a.id, a.name, a.role FROM api_keys k JOIN actors a ON a.id = k.actor_id
     WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
    [hashKey(key)],
  );
  return rows[0];
}
