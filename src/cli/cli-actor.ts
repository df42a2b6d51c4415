import { readFileSync } from "node:fs";
import { authenticate } from "../auth/api-keys.ts";
import type { Actor } from "../auth/permissions.ts";
import { loadConfig } from "../config/config.ts";
import type { AppContext } from "../context.ts";

export function requireKey(key: string | undefined): string {
  const secret = key ?? loadConfig().LIANGYAN_API_KEY;
  if (!secret)
    throw new Error("pass --key KEY or set LIANGYAN_API_KEY (create one with `liangyan keys create`)");
  return secret;
}

/** The CLI acts as the owner of an API key (--key or LIANGYAN_API_KEY), with that key's role: no back door. */
export async function cliActor(context: AppContext, key: string | undefined): Promise<Actor> {
  const actor = await authenticate(context.db, key ?? requireKey(context.config.LIANGYAN_API_KEY));
  if (!actor) throw new Error("the API key is unknown or revoked");
  return actor;
}

/** A JSON request given inline, as @file, or as - for stdin. */
export function readJsonArgument(value: string | undefined): Record<string, unknown> {
  if (!value) return {};
  const text =
    value === "-"
      ? readFileSync(0, "utf8")
      : value.startsWith("@")
        ? readFileSync(value.slice(1), "utf8")
        : value;
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error("the request must be a JSON object");
  return parsed as Record<string, unknown>;
}

const list = (value: string | undefined) =>
  value
    ?.split(/[,，]/)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Persona flags shared by `generate` and `plan`; flags win over the JSON request. */
export function personaFrom(
  options: Record<string, string | undefined>,
  base: unknown,
): Record<string, unknown> | undefined {
  const persona = { ...(base && typeof base === "object" ? (base as Record<string, unknown>) : {}) };
  if (options.tone) persona.tone = options.tone;
  if (options.name) persona.name = options.name;
  if (options.interests) persona.interests = list(options.interests);
  if (options.strengths) persona.strengths = list(options.strengths);
  return Object.keys(persona).length > 0 ? persona : undefined;
}

export { list as listArgument };
