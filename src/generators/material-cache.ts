// Material per request shape, memoized per context while the library is unchanged. Plans and bulk jobs ask
// for the same segment over and over; retrieval is most of a composed draft's cost. An ingest in this process
// clears the cache at once (library-generation.ts); a change made by another process is seen within
// VERSION_CHECK_MS, when the library's version (item count and last change) is read again.
import { type AppContext, today } from "../context.ts";
import { libraryGeneration } from "../rag/library-generation.ts";
import type { GenerateRequest } from "./generate-request.ts";
import { gatherMaterial, type MandatedWording, type Material, mandatedWording } from "./material.ts";

const MAX_ENTRIES = 1000;
const VERSION_CHECK_MS = 1000;

interface Cache {
  version: string;
  generation: number;
  checkedAt: number;
  entries: Map<string, Material>;
  /** The industry's mandated wording, by industry and day: the same for every segment of the industry. */
  wording: Map<string, Promise<MandatedWording[]>>;
  enabled: boolean;
}

const caches = new WeakMap<object, Cache>();

function cacheOf(context: AppContext): Cache {
  let cache = caches.get(context);
  if (!cache) {
    cache = {
      version: "",
      generation: -1,
      checkedAt: 0,
      entries: new Map(),
      wording: new Map(),
      enabled: true,
    };
    caches.set(context, cache);
  }
  return cache;
}

/** For measuring the uncached path (bench) or ruling the cache out while debugging. */
export function setMaterialCaching(context: AppContext, enabled: boolean): void {
  const cache = cacheOf(context);
  cache.enabled = enabled;
  cache.entries.clear();
  cache.wording.clear();
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
  const now = Date.now();
  if (cache.generation !== libraryGeneration() || now - cache.checkedAt >= VERSION_CHECK_MS) {
    const version = await libraryVersion(context);
    if (version !== cache.version || cache.generation !== libraryGeneration()) {
      cache.entries.clear();
      cache.wording.clear();
      cache.version = version;
      cache.generation = libraryGeneration();
    }
    cache.checkedAt = now;
  }
  const key = materialKey(context, request);
  const hit = cache.entries.get(key);
  if (hit) return hit;
  const wordingKey = `${request.industry}@${today(context)}`;
  let wording = cache.wording.get(wordingKey);
  if (!wording) {
    wording = mandatedWording(context, request);
    cache.wording.set(wordingKey, wording);
    // A failed read must not stay cached; the caller sees the failure through gatherMaterial.
    wording.catch(() => cache.wording.delete(wordingKey));
  }
  const material = await gatherMaterial(context, request, wording);
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
  cache.entries.set(key, material);
  return material;
}
