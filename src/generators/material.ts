// The material of one request: the library items its draft may use, chosen by the segment's metadata
// (docs/library-format.md §4), not by search rank. Frames, facts, offers and notices are customer text the draft
// may cite; guidance shapes the model's prompt and the reviewer's notes and is never citable.
import type { AppContext } from "../context.ts";
import { BENEFIT_TYPES, CHANNELS } from "../domain/vocabulary.ts";
import { RETRIEVED_ITEM_COLUMNS, type RetrievedItem } from "../rag/retrieve.ts";
import type { GenerateRequest } from "./generate-request.ts";
import { fitting, fittingIndices, type Placement, type Segment, segmentOf, specificity } from "./segment.ts";

export interface Material {
  segment: Segment;
  /** Every customer item this request's draft may cite: eligible frames, facts, offers, notices... */
  items: RetrievedItem[];
  /** The eligible frames (kind phrasing) of the request's channel, the most specific first. */
  frames: RetrievedItem[];
  /** Guidance for writers and the model that applies to the segment: never said, never cited. */
  guidance: RetrievedItem[];
  /** The brand as the industry's sms_signature notice writes it (和信银行); null when the library names none. */
  brand: string | null;
  /** A benefit the requester typed (not a type slug nor a library id): data, flagged wherever it is used. */
  requestBenefit: string | null;
  /** Whether the library holds customer material about the product the request names (in any segment). */
  productKnown: boolean;
}

/** Every active item of an industry, both audiences: the pool one request's material is chosen from. */
export async function industryItems(context: AppContext, industry: string): Promise<RetrievedItem[]> {
  const { rows } = await context.db.query<Omit<RetrievedItem, "score">>(
    `SELECT ${RETRIEVED_ITEM_COLUMNS}, body AS text FROM library_items
     WHERE industry = $1 AND status = 'active' ORDER BY id`,
    [industry],
  );
  return rows.map((row) => ({ ...row, score: 0 }));
}

const BRAND_PATTERNS = [
  /^【([^】]{2,16})】$/,
  /^【([^】]{2,16})】/m,
  /我是([\u4e00-\u9fa5A-Za-z0-9]{2,12}?)的AI/,
];

/** The brand: the sms_signature notice first (the format's rule), else what older notices and SMS say. */
export function brandOf(items: readonly RetrievedItem[]): string | null {
  const customer = items.filter((item) => item.audience === "customer");
  const signature = customer.find((item) => item.notice_type === "sms_signature");
  const candidates = signature
    ? [signature]
    : customer.filter((item) => item.kind === "notice" || item.kind === "phrasing");
  for (const pattern of BRAND_PATTERNS) {
    for (const item of candidates) {
      const match = pattern.exec(item.text.trim());
      if (match?.[1]) return match[1];
    }
  }
  return null;
}

/** Whether an item is about the product the requester named. */
export function isAbout(item: Pick<RetrievedItem, "product" | "title">, product: string): boolean {
  return item.product === product || (item.product === null && item.title.includes(product));
}

export function requestBenefitOf(request: GenerateRequest, items: readonly RetrievedItem[]): string | null {
  const benefit = request.benefit;
  if (!benefit) return null;
  if ((BENEFIT_TYPES as readonly string[]).includes(benefit)) return null;
  if (items.some((item) => item.id === benefit)) return null;
  return benefit;
}

/** Relevance within the eligible items: the named product, then the rep's strengths, then how specific. */
function relevance(item: RetrievedItem, request: GenerateRequest, segment: Segment): number {
  let score = specificity(item, segment);
  if (request.product && isAbout(item, request.product)) score += 32;
  for (const term of request.persona.strengths) {
    if (item.title.includes(term) || item.tags.includes(term) || item.product?.includes(term)) score += 2;
  }
  return score;
}

/** What a pool yields the same for every request: its brand, and its ids' order (ties in relevance go by id). */
interface PoolFacts {
  brand: string | null;
  rank: Map<string, number>;
  /** The pool's items that may be used on a channel, by audience, in pool order: what a segment is fitted to. */
  byChannel: Map<string, { customer: RetrievedItem[]; guidance: RetrievedItem[]; general: Placement[] }>;
}
const poolFacts = new WeakMap<readonly RetrievedItem[], PoolFacts>();

function factsOf(pool: readonly RetrievedItem[]): PoolFacts {
  let facts = poolFacts.get(pool);
  if (!facts) {
    const ids = pool.map((item) => item.id).sort((a, b) => a.localeCompare(b));
    const byChannel = new Map<
      string,
      { customer: RetrievedItem[]; guidance: RetrievedItem[]; general: Placement[] }
    >();
    for (const channel of CHANNELS) {
      const usable = pool.filter((item) => item.channels.length === 0 || item.channels.includes(channel));
      const guidance = usable.filter((item) => item.audience === "guidance");
      byChannel.set(channel, {
        customer: usable.filter((item) => item.audience === "customer"),
        guidance,
        // Guidance applies by stage, tier and channel; a scenario only narrows it, never hides a general rule.
        general: guidance.map((item) => ({ ...item, customers: [], scenarios: [] })),
      });
    }
    facts = { brand: brandOf(pool), rank: new Map(ids.map((id, index) => [id, index])), byChannel };
    poolFacts.set(pool, facts);
  }
  return facts;
}

export function materialOf(request: GenerateRequest, pool: readonly RetrievedItem[], day: string): Material {
  const segment = segmentOf(request, day);
  const { brand, rank, byChannel } = factsOf(pool);
  const order = (item: RetrievedItem) => rank.get(item.id) ?? 0;
  // fits() checks the channel too; starting from the channel's items only spares it most of the pool.
  const usable = byChannel.get(request.channel) ?? { customer: [], guidance: [], general: [] };
  const eligible = fitting(usable.customer, segment)
    .map((item) => ({ ...item, score: relevance(item, request, segment) }))
    .sort((a, b) => b.score - a.score || order(a) - order(b));
  const guidance = fittingIndices(usable.general, segment).map((at) => usable.guidance[at] as RetrievedItem);
  const frames = eligible.filter(
    (item) => item.kind === "phrasing" && item.channels.includes(request.channel),
  );
  return {
    segment,
    items: eligible,
    frames,
    guidance,
    brand,
    requestBenefit: requestBenefitOf(request, pool),
    productKnown:
      !request.product ||
      pool.some((item) => item.audience === "customer" && isAbout(item, request.product ?? "")),
  };
}
