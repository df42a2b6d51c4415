// Material per request shape, memoized per context while the library is unchanged. Plans and bulk jobs ask
// for the same segment over and over; retrieval is most of a composed draft's cost. The library's version
// (item count and last change) is read on every call, so an edit or a retirement is seen by the very next
// draft, from this process or any other.
import { type AppContext, today } from "../context.ts";
import type { GenerateRequest } from "./generate-request.ts";
import { gatherMaterial, type Material } from "./material.ts";

const MAX_ENTRIES = 1000;

interface Cache {
  version: string;
  entries: Map<string, Material>;
  enabled: boolean;
}

const caches = new WeakMap<object, Cache>();

function cacheOf(context: AppContext): Cache {
  let cache = caches.get(context);
  if (!cache) {
    cache = { version: "", entries: new Map(), enabled: true };
    caches.set(context, cache);
  }
  return cache;
}

/** For measuring the uncached path (bench) or ruling the cache out while debugging. */
export function setMaterialCaching(context: AppContext, enabled: boolean): void {
  const cache = cacheOf(context);
  cache.enabled = enabled;
  cache.entries.clear();
}

async function libraryVersion(context: AppContext): Promise<string> {
  const { rows } = await context.db.query<{ n: number; at: string | null }>(
    "SELECT count(*)::int AS n, max(updated_at)::text AS at FROM library_items",
  );
  return `${rows[0]?.n ?? 0}@${rows[0]?.at ?? ""}`;
}

export function materialKey(context: AppContext, request: GenerateRequest): string {
  const { industry, stage, tier, channel, scenario, message_type, product, benefit, persona } = request;
  return JSON.stringify([
    industry,
    stage,
    tier,
    channel,
    scenario,
    message_type,
    product,
    benefit,
    persona.strengths,
    today(context),
  ]);
}

export async function materialFor(context: AppContext, request: GenerateRequest): Promise<Material> {
  const cache = cacheOf(context);
  if (!cache.enabled) return gatherMaterial(context, request);
  const version = await libraryVersion(context);
  if (version !== cache.version) {
    cache.entries.clear();
    cache.version = version;
  }
  const key = materialKey(context, request);
  const hit = cache.entries.get(key);
  if (hit) return hit;
  const material = await gatherMaterial(context, request);
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
  cache.entries.set(key, material);
  return material;
}
