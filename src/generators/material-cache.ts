// The industry's items, memoized per context while the library is unchanged. Plans and bulk jobs ask for the
// same industry over and over; reading it is most of a composed draft's cost, choosing from it is cheap. An
// ingest in this process clears the cache at once (library-generation.ts); a change made by another process is
// seen within VERSION_CHECK_MS, when the library's version (item count and last change) is read again.
import { type AppContext, today } from "../context.ts";
import { libraryGeneration } from "../rag/library-generation.ts";
import type { RetrievedItem } from "../rag/retrieve.ts";
import type { GenerateRequest } from "./generate-request.ts";
import { industryItems, type Material, materialOf } from "./material.ts";

const VERSION_CHECK_MS = 1000;
const MAX_MATERIALS = 2000;

interface Cache {
  version: string;
  generation: number;
  checkedAt: number;
  industries: Map<string, Promise<RetrievedItem[]>>;
  /** Material per request shape (plans and bulk jobs ask for the same segment over and over). */
  materials: Map<string, Material>;
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
      industries: new Map(),
      materials: new Map(),
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
  cache.industries.clear();
  cache.materials.clear();
}

async function libraryVersion(context: AppContext): Promise<string> {
  const { rows } = await context.db.query<{ n: number; at: string | null }>(
    "SELECT count(*)::int AS n, max(updated_at)::text AS at FROM library_items",
  );
  return `${rows[0]?.n ?? 0}@${rows[0]?.at ?? ""}`;
}

export async function poolFor(context: AppContext, industry: string): Promise<RetrievedItem[]> {
  const cache = cacheOf(context);
  if (!cache.enabled) return industryItems(context, industry);
  const now = Date.now();
  if (cache.generation !== libraryGeneration() || now - cache.checkedAt >= VERSION_CHECK_MS) {
    const version = await libraryVersion(context);
    if (version !== cache.version || cache.generation !== libraryGeneration()) {
      cache.industries.clear();
      cache.materials.clear();
      cache.version = version;
      cache.generation = libraryGeneration();
    }
    cache.checkedAt = now;
  }
  let pool = cache.industries.get(industry);
  if (!pool) {
    pool = industryItems(context, industry);
    cache.industries.set(industry, pool);
    // A failed read must not stay cached; the caller sees the failure.
    pool.catch(() => cache.industries.delete(industry));
  }
  return pool;
}

/** Everything of a request the material depends on. */
export function materialKey(request: GenerateRequest, day: string): string {
  const { industry, channel, stage, tier, scenario, message_type, customer, product, benefit, persona } =
    request;
  return JSON.stringify([
    industry,
    channel,
    stage,
    tier,
    scenario,
    message_type,
    customer,
    persona.tone,
    product,
    benefit,
    persona.strengths,
    day,
  ]);
}

export async function materialFor(context: AppContext, request: GenerateRequest): Promise<Material> {
  const pool = await poolFor(context, request.industry);
  const cache = cacheOf(context);
  const day = today(context);
  if (!cache.enabled) return materialOf(request, pool, day);
  const key = materialKey(request, day);
  const hit = cache.materials.get(key);
  if (hit) return hit;
  const material = materialOf(request, pool, day);
  if (cache.materials.size >= MAX_MATERIALS)
    cache.materials.delete(cache.materials.keys().next().value as string);
  cache.materials.set(key, material);
  return material;
}
