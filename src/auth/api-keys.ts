// API keys: created, listed, revoked and rotated by admins (or by the system with database access: the first
// start and the CLI), each change audited in its own transaction. A key is a 256-bit random secret shown once;
// only its SHA-256 is stored. Revoked and expired keys stop working at the next request (nothing is cached).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database, Queryable } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { writeAdminAudit } from "./admin-audit.ts";
import { type Actor, can, type Role } from "./permissions.ts";

const KEY_PREFIX = "ly_";
/** Characters of a key kept in clear to tell keys apart in listings and to throttle guessing per prefix. */
export const SHOWN_PREFIX_LENGTH = 8;
/** Longest grace period an old key keeps after a rotation. */
export const MAX_ROTATION_GRACE_SECONDS = 30 * 24 * 3600;

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function keyPrefix(key: string): string {
  return key.slice(0, SHOWN_PREFIX_LENGTH);
}

function newSecret(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Who changes keys: an actor (checked for keys:manage) or the system (`via` says which door). */
export type KeyChanger = { actor: Actor } | { system: "first-start" | "cli" };

function changerId(by: KeyChanger): string | null {
  if ("system" in by) return null;
  if (!can(by.actor.role, "keys:manage")) {
    throw new DomainError("forbidden", `role '${by.actor.role}' lacks the permission 'keys:manage'`);
  }
  return by.actor.id;
}

function via(by: KeyChanger): Record<string, string> {
  return "system" in by ? { via: by.system } : { via: "api" };
}

export interface KeyInput {
  name: string;
  role: Role;
  /** when the key stops working; none: until revoked */
  expires_at?: Date | undefined;
}

export interface CreatedKey {
  actor: Actor;
  key: string;
  keyId: string;
  expiresAt: string | null;
}

async function insertKey(tx: Queryable, actorId: string, expiresAt: Date | null | undefined) {
  const key = newSecret();
  const keyId = `key_${randomUUID()}`;
  await tx.query(
    "INSERT INTO api_keys (id, actor_id, key_hash, prefix, expires_at) VALUES ($1, $2, $3, $4, $5)",
    [keyId, actorId, hashKey(key), keyPrefix(key), expiresAt ?? null],
  );
  return { key, keyId };
}

/** Creates an actor and its first key, in its own transaction. */
export async function createApiKey(
  db: Database,
  input: KeyInput,
  by: KeyChanger = { system: "cli" },
): Promise<CreatedKey> {
  return db.transaction((tx) => insertApiKey(tx, input, by));
}

/** Creates an actor and its first key inside the caller's transaction, with its audit row. */
export async function insertApiKey(
  tx: Queryable,
  input: KeyInput,
  by: KeyChanger = { system: "cli" },
): Promise<CreatedKey> {
  const changer = changerId(by);
  if (input.expires_at && input.expires_at.getTime() <= Date.now()) {
    throw new DomainError("invalid_request", "expires_at must be in the future", [
      { in: "body", field: "expires_at", message: "in the past" },
    ]);
  }
  const actor: Actor = { id: `act_${randomUUID()}`, name: input.name, role: input.role };
  // created_by: four eyes treats a minted reviewer as its minter (src/review/four-eyes.ts).
  await tx.query("INSERT INTO actors (id, name, role, created_by) VALUES ($1, $2, $3, $4)", [
    actor.id,
    actor.name,
    actor.role,
    changer,
  ]);
  const { key, keyId } = await insertKey(tx, actor.id, input.expires_at);
  await writeAdminAudit(tx, {
    actor_id: changer,
    action: "key_created",
    subject_actor_id: actor.id,
    key_id: keyId,
    detail: { role: actor.role, expires_at: input.expires_at?.toISOString() ?? null, ...via(by) },
  });
  return { actor, key, keyId, expiresAt: input.expires_at?.toISOString() ?? null };
}

export type KeyState = "active" | "revoked" | "expired";

export interface KeyRecord {
  id: string;
  prefix: string;
  actor: Actor;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  replaced_by: string | null;
  state: KeyState;
}

const KEY_SELECT = `SELECT k.id, k.prefix, k.created_at, k.expires_at, k.revoked_at, k.replaced_by,
  a.id AS actor_id, a.name AS actor_name, a.role AS actor_role,
  CASE WHEN k.revoked_at IS NOT NULL THEN 'revoked'
       WHEN k.expires_at IS NOT NULL AND k.expires_at <= now() THEN 'expired' ELSE 'active' END AS state
  FROM api_keys k JOIN actors a ON a.id = k.actor_id`;

const iso = (value: unknown) =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);

function toKeyRecord(row: Record<string, unknown>): KeyRecord {
  return {
    id: String(row.id),
    prefix: String(row.prefix),
    actor: { id: String(row.actor_id), name: String(row.actor_name), role: row.actor_role as Role },
    created_at: iso(row.created_at) ?? "",
    expires_at: iso(row.expires_at),
    revoked_at: iso(row.revoked_at),
    replaced_by: row.replaced_by === null ? null : String(row.replaced_by),
    state: row.state as KeyState,
  };
}

export async function listKeys(db: Queryable, by: KeyChanger): Promise<KeyRecord[]> {
  changerId(by);
  const { rows } = await db.query(`${KEY_SELECT} ORDER BY k.created_at, k.id`);
  return rows.map(toKeyRecord);
}

async function lockedKey(tx: Queryable, keyId: string): Promise<KeyRecord> {
  const { rows } = await tx.query(`${KEY_SELECT} WHERE k.id = $1 FOR UPDATE OF k`, [keyId]);
  const row = rows[0];
  if (!row) throw new DomainError("not_found", `no key '${keyId}'`);
  return toKeyRecord(row);
}

/** Revokes a key at once. Revoking a revoked key is a 409 that says when it happened. */
export async function revokeKey(
  db: Database,
  keyId: string,
  by: KeyChanger,
  reason?: string | undefined,
): Promise<KeyRecord> {
  const changer = changerId(by);
  return db.transaction(async (tx) => {
    const current = await lockedKey(tx, keyId);
    if (current.revoked_at) {
      throw new DomainError("conflict", `key '${keyId}' was revoked at ${current.revoked_at}`, [], {
        revoked_at: current.revoked_at,
      });
    }
    await tx.query("UPDATE api_keys SET revoked_at = now(), revoked_by = $2 WHERE id = $1", [keyId, changer]);
    await writeAdminAudit(tx, {
      actor_id: changer,
      action: "key_revoked",
      subject_actor_id: current.actor.id,
      key_id: keyId,
      detail: { reason: reason ?? null, ...via(by) },
    });
    return lockedKey(tx, keyId);
  });
}

export interface RotatedKey {
  key: string;
  keyId: string;
  /** the new key's record */
  record: KeyRecord;
  /** the old key, now ending at the end of its grace period */
  previous: KeyRecord;
}

/**
 * A new key for the same actor; the old one keeps working for `graceSeconds` (0: it stops now), so clients
 * can switch without an outage. The new key inherits no expiry unless one is given.
 */
export async function rotateKey(
  db: Database,
  keyId: string,
  by: KeyChanger,
  options: { graceSeconds: number; expiresAt?: Date | undefined },
): Promise<RotatedKey> {
  const changer = changerId(by);
  const grace = options.graceSeconds;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_ROTATION_GRACE_SECONDS) {
    throw new DomainError(
      "invalid_request",
      `the grace period must be 0 to ${MAX_ROTATION_GRACE_SECONDS} seconds`,
      [{ in: "body", field: "grace_seconds", message: "out of range" }],
    );
  }
  return db.transaction(async (tx) => {
    const current = await lockedKey(tx, keyId);
    if (current.state !== "active") {
      throw new DomainError("conflict", `key '${keyId}' is ${current.state}: only an active key is rotated`);
    }
    const { key, keyId: newId } = await insertKey(tx, current.actor.id, options.expiresAt);
    await tx.query(
      `UPDATE api_keys SET replaced_by = $2,
         expires_at = least(coalesce(expires_at, 'infinity'), now() + make_interval(secs => $3))
       WHERE id = $1`,
      [keyId, newId, options.graceSeconds],
    );
    await writeAdminAudit(tx, {
      actor_id: changer,
      action: "key_rotated",
      subject_actor_id: current.actor.id,
      key_id: keyId,
      detail: { new_key_id: newId, grace_seconds: options.graceSeconds, ...via(by) },
    });
    return { key, keyId: newId, record: await lockedKey(tx, newId), previous: await lockedKey(tx, keyId) };
  });
}

/** The actor a key belongs to, or undefined for an unknown, revoked or expired key. */
export async function authenticate(db: Queryable, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  const { rows } = await db.query<Actor>(
    `SELECT a.id, a.name, a.role FROM api_keys k JOIN actors a ON a.id = k.actor_id
     WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
    [hashKey(key)],
  );
  return rows[0];
}
