// One frame filled for one request: every slot from an item eligible for the segment (or the benefit the
// requester typed), or the frame is not used. Pure and deterministic: the same material, request, variant and
// seed give the same choice.
import { BENEFIT_TYPES } from "../../domain/vocabulary.ts";
import { type FrameSlot, slotNamesOf, withoutSlots } from "../../rag/frame-text.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import { seededRandom } from "../../shared/seeded-random.ts";
import type { GenerateRequest } from "../generate-request.ts";
import { isAbout, type Material } from "../material.ts";
import { specificity } from "../segment.ts";
import { missingNotice, productAbout } from "./notices.ts";
import type { Piece } from "./pieces.ts";

export interface FilledFrame {
  frame: RetrievedItem;
  /** The frame's text with every slot filled. */
  text: string;
  /** What the text says, piece by piece, each citing the item it comes from (requester text cites none). */
  pieces: Piece[];
  /** The product the draft is about, if any (the frame's own, or the one filled in). */
  product: string | null;
  productFact: RetrievedItem | null;
  offers: RetrievedItem[];
  /** The requester's own benefit went into the text. */
  usesRequestBenefit: boolean;
  /** The industry's notice is already in the text (a {{notice}} slot). */
  noticeInText: boolean;
}

export interface Unfillable {
  frame: RetrievedItem;
  reason: string;
}

export interface FrameChoice {
  /** Fillable frames in the order variants take them. */
  filled: FilledFrame[];
  unfillable: Unfillable[];
}

interface FillInput {
  request: GenerateRequest;
  material: Material;
  /** Which filling of the frame (0 = the first choice of product, offer and opening). */
  turn: number;
  avoid: ReadonlySet<string>;
  useRequestBenefit: boolean;
}

const TIER_BELOW: Record<string, string | undefined> = { high_value: "regular", regular: "price_sensitive" };

/**
 * How well a product suits a tier: written for it (2), and not also for the tier below (1 more). So the entry
 * product leads for price-sensitive customers, the mid-range one for regular ones, the premium one for high value.
 */
function tierAffinity(item: Pick<RetrievedItem, "tiers">, tier: string): number {
  if (item.tiers.length === 0) return 1;
  if (!item.tiers.includes(tier)) return 0;
  const below = TIER_BELOW[tier];
  return 2 + (below && !item.tiers.includes(below) ? 1 : 0);
}

/** High-value customers get gifts and services first; price-sensitive ones the most direct benefit. */
const OFFER_PREFERENCE: Record<string, readonly string[]> = {
  high_value: ["gift", "free_service", "member_price", "points"],
  regular: [],
  price_sensitive: ["coupon", "red_packet", "group_buy", "points"],
};

/** The last valid day as a customer reads it: 12月31日 this year, 2027年1月31日 in another. */
export function deadlineText(validUntil: string, day: string): string {
  const [year, month, date] = validUntil.split("-").map(Number);
  const sameYear = validUntil.slice(0, 4) === day.slice(0, 4);
  return sameYear ? `${month}月${date}日` : `${year}年${month}月${date}日`;
}

function rotate<T>(list: readonly T[], turn: number): T[] {
  if (list.length === 0) return [];
  const shift = turn % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

function productFacts(input: FillInput, frame: RetrievedItem): RetrievedItem[] {
  const { request, material, avoid } = input;
  const tier = material.segment.tier;
  const facts = material.items.filter(
    (item) => item.kind === "product_fact" && item.clause && item.product && !avoid.has(item.id),
  );
  const bound = frame.product ?? request.product;
  const about = bound ? facts.filter((item) => isAbout(item, bound)) : facts;
  // Products written for this tier first (an entry product for price-sensitive customers).
  return [
    ...about.filter((item) => item.tiers.includes(tier)),
    ...about.filter((item) => !item.tiers.includes(tier)),
  ];
}

function offerCandidates(input: FillInput, frame: RetrievedItem, product: string | null): RetrievedItem[] {
  const { request, material, avoid } = input;
  const segment = material.segment;
  let offers = material.items.filter((item) => item.kind === "benefit" && item.clause && !avoid.has(item.id));
  if (frame.benefit_types.length > 0)
    offers = offers.filter((item) => frame.benefit_types.includes(item.benefit_type ?? ""));
  const asked = request.benefit;
  if (asked && (BENEFIT_TYPES as readonly string[]).includes(asked)) {
    offers = offers.filter((item) => item.benefit_type === asked);
  } else if (asked && !material.requestBenefit) {
    offers = offers.filter((item) => item.id === asked);
  }
  // Never another product's offer in a draft about a product.
  if (product) offers = offers.filter((item) => !item.product || item.product === product);
  // A frame written for new (or existing) customers speaks of their offer: only offers approved for them.
  if (frame.customers.length > 0) {
    offers = offers.filter((item) => item.customers.some((status) => frame.customers.includes(status)));
  }
  const preference = OFFER_PREFERENCE[segment.tier] ?? [];
  const rank = (item: RetrievedItem) =>
    (segment.scenario && item.scenarios.includes(segment.scenario) ? 100 : 0) +
    (preference.includes(item.benefit_type ?? "") ? 10 - preference.indexOf(item.benefit_type ?? "") : 0);
  return [...offers].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id));
}

/** Fills one frame, or says why it cannot be filled for this request. */
export function fillFrame(input: FillInput, frame: RetrievedItem): FilledFrame | Unfillable {
  const { material } = input;
  const slots = slotNamesOf(frame.text) as FrameSlot[];
  const has = (slot: FrameSlot) => slots.includes(slot);
  const count = (slot: FrameSlot) => slots.filter((name) => name === slot).length;
  if (!material.brand && (has("brand") || material.segment.channel === "sms")) {
    return {
      frame,
      reason: "the library names no brand: add a notice with notice_type sms_signature (【品牌】)",
    };
  }
  let productFact: RetrievedItem | null = null;
  if (has("product") || has("fact")) {
    const facts = productFacts(input, frame);
    const named = frame.product ?? input.request.product;
    if (facts.length === 0) {
      return {
        frame,
        reason: named
          ? `no product_fact with a clause about “${named}” fits this segment`
          : "no product_fact with a clause fits this segment",
      };
    }
    productFact = rotate(facts, input.turn)[0] ?? null;
  }
  const product = frame.product ?? productFact?.product ?? null;
  const benefitSlots = count("benefit");
  const offers: RetrievedItem[] = [];
  let usesRequestBenefit = false;
  if (benefitSlots > 0) {
    const requestText = input.useRequestBenefit ? material.requestBenefit : null;
    const needed = benefitSlots - (requestText ? 1 : 0);
    const candidates = rotate(offerCandidates(input, frame, product), input.turn);
    if (candidates.length < needed) {
      return {
        frame,
        reason: `needs ${needed} offer${needed > 1 ? "s" : ""}${frame.benefit_types.length ? ` (${frame.benefit_types.join("/")})` : ""} approved for this segment, found ${candidates.length}`,
      };
    }
    offers.push(...candidates.slice(0, needed));
    usesRequestBenefit = Boolean(requestText);
    // A deadline belongs to the offer before it; the requester's benefit has none the library knows.
    if (usesRequestBenefit && has("deadline")) {
      return { frame, reason: "its {{deadline}} cannot follow a benefit the requester typed" };
    }
  }
  const pieces: Piece[] = [];
  const benefitQueue: Array<{ text: string; item?: RetrievedItem }> = [
    ...(usesRequestBenefit && material.requestBenefit ? [{ text: trimClause(material.requestBenefit) }] : []),
    ...offers.map((item) => ({ text: item.clause ?? "", item })),
  ];
  const deadlines = offers.map((item) => item.valid_until);
  const opening = frame.openings.length ? frame.openings[input.turn % frame.openings.length] : undefined;
  let benefitIndex = 0;
  let deadlineIndex = 0;
  let noticeInText = false;
  const frameClaim = withoutSlots(frame.text).trim();
  const text = frame.text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_whole, name: FrameSlot) => {
    switch (name) {
      case "brand":
        return material.brand ?? "";
      case "product":
        if (product) pieces.push({ text: product, ...(productFact ? { item: productFact } : {}) });
        return product ?? "";
      case "fact":
        if (productFact?.clause) pieces.push({ text: productFact.clause, item: productFact });
        return productFact?.clause ?? "";
      case "benefit": {
        const next = benefitQueue[benefitIndex++];
        if (next) pieces.push(next.item ? { text: next.text, item: next.item } : { text: next.text });
        return next?.text ?? "";
      }
      case "deadline": {
        const offer = offers[deadlineIndex];
        const until = deadlines[deadlineIndex++];
        const value = until ? deadlineText(until, material.segment.day) : "";
        if (offer && value) pieces.push({ text: value, item: offer });
        return value;
      }
      case "notice":
        // Decided below, on the text around it: marked for now.
        return NOTICE_MARK;
      case "opening":
        if (opening) pieces.push({ text: opening, item: frame });
        return opening ?? "";
      default:
        return "";
    }
  });
  // The slot holds the notice where the appended-notice path would add it: not when the text already says it,
  // nor when it presents no product the notice is about (an icebreak naming none, an ordinary food, a deposit)
  // unless the rules ask for it there.
  const around = text.replaceAll(NOTICE_MARK, "");
  const notice = text.includes(NOTICE_MARK)
    ? missingNotice(material, around, {
        presentsProduct: productFact !== null || frame.product !== null,
        about: productAbout(product, productFact),
      })
    : [];
  if (notice.length > 0) {
    noticeInText = true;
    pieces.push(...notice);
  }
  const noticeText = notice.map((piece) => piece.text).join("");
  let first = true;
  const finished = text.replaceAll(NOTICE_MARK, () => {
    const value = first ? noticeText : "";
    first = false;
    return value;
  });
  pieces.unshift({ text: frameClaim, item: frame });
  return { frame, text: finished, pieces, product, productFact, offers, usesRequestBenefit, noticeInText };
}

const NOTICE_MARK = "\u0000notice\u0000";

function trimClause(text: string): string {
  return text.trim().replace(/[。！？；.!?;]+$/u, "");
}

function isFilled(result: FilledFrame | Unfillable): result is FilledFrame {
  return "text" in result;
}

/**
 * The frames a request can use, in the order variants take them: the most specific group first (a frame for
 * this very scenario, tier and tone), shuffled by the seed within a group; then the less specific ones. Variant
 * v takes frame v of n, and variants past n take the same frames again with the next product, offer and opening.
 */
export function chooseFrames(
  input: Omit<FillInput, "turn" | "useRequestBenefit">,
  seed: string,
  rotation: number,
): FrameChoice {
  // The coverage check and the first variant's first attempt ask the very same question of one request: fill
  // its frames once. A non-empty `avoid` (a repair) is a different question and is never remembered.
  if (input.avoid.size > 0) return choose(input, seed, rotation);
  let byRequest = remembered.get(input.material);
  if (!byRequest) {
    byRequest = new WeakMap();
    remembered.set(input.material, byRequest);
  }
  let choices = byRequest.get(input.request);
  if (!choices) {
    choices = new Map();
    byRequest.set(input.request, choices);
  }
  const key = `${seed}\u0000${rotation}`;
  let choice = choices.get(key);
  if (!choice) {
    choice = choose(input, seed, rotation);
    choices.set(key, choice);
  }
  return choice;
}

const remembered = new WeakMap<Material, WeakMap<GenerateRequest, Map<string, FrameChoice>>>();

function choose(
  input: Omit<FillInput, "turn" | "useRequestBenefit">,
  seed: string,
  rotation: number,
): FrameChoice {
  const { material } = input;
  const usable = material.frames.filter((frame) => !input.avoid.has(frame.id));
  const order = seededRandom(`${seed}|frames`);
  const shuffled = order.shuffle(usable);
  const score = (frame: RetrievedItem) =>
    specificity(frame, material.segment) +
    (input.request.product && frame.product === input.request.product ? 32 : 0) +
    (material.requestBenefit && slotNamesOf(frame.text).includes("benefit") ? 16 : 0);
  const ranked = [...shuffled].sort((a, b) => score(b) - score(a));
  const tier = material.segment.tier;
  // Among frames that fit alike, the one about the product that suits the tier best leads.
  const affinity = (result: FilledFrame | Unfillable) => {
    if (!isFilled(result)) return 0;
    const fact =
      result.productFact ??
      material.items.find((item) => item.kind === "product_fact" && item.product === result.product);
    return fact ? tierAffinity(fact, tier) : 1;
  };
  const fill = (turn: number, useRequestBenefit: boolean) =>
    ranked
      .map((frame) => fillFrame({ ...input, turn, useRequestBenefit }, frame))
      .map((result, index) => ({ result, key: score(result.frame) * 4 + affinity(result), index }))
      .sort((a, b) => b.key - a.key || a.index - b.index)
      .map((entry) => entry.result);
  // The requester's benefit goes in when a frame can hold it; otherwise the library's offers do.
  let useRequestBenefit = Boolean(material.requestBenefit);
  let first = fill(0, useRequestBenefit);
  if (useRequestBenefit && !first.some(isFilled)) {
    useRequestBenefit = false;
    first = fill(0, false);
  }
  const fillable = first.filter(isFilled);
  const unfillable = first.filter((result): result is Unfillable => !isFilled(result));
  if (fillable.length === 0) return { filled: [], unfillable };
  const turn = Math.floor(rotation / fillable.length);
  const results = turn === 0 ? first : fill(turn, useRequestBenefit);
  return { filled: results.filter(isFilled), unfillable };
}
