// What every channel composer gets: the request, the material, seeded choices and the connective phrases.
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { Random } from "../../shared/seeded-random.ts";
import { hashString, seededRandom } from "../../shared/seeded-random.ts";
import type { GenerationInput } from "../generator.ts";
import type { Phrases } from "./phrases.ts";
import { fill, hasHoles, type Piece } from "./pieces.ts";

export interface ComposeContext {
  input: GenerationInput;
  phrases: Phrases;
  /** Choices within one variant (which connective phrase). */
  random: Random;
  /** Items of a kind, best first for this variant: usable ones rotated so each variant leads with another. */
  candidates(kind: string, accept?: (item: RetrievedItem) => boolean): RetrievedItem[];
  /** A connective phrase (no citation), with {brand}, {rep} and {interest} filled. */
  glue(options: readonly string[]): Piece;
  /** Like glue, but consecutive variants take consecutive options: the frame itself differs between variants. */
  rotate(options: readonly string[]): Piece;
  /** A notice of this type from the material, if the library has one for this request. */
  notice(type: string): RetrievedItem | undefined;
}

function matchesProduct(item: RetrievedItem, product: string | undefined): boolean {
  return !product || item.product === product || item.title.includes(product) || item.text.includes(product);
}

export function composeContext(input: GenerationInput, phrases: Phrases): ComposeContext {
  const { request, material, variant, attempt, seed, avoid } = input;
  // One order per request (seed without the variant), so variant v takes the v-th choice: variants differ
  // whenever the library offers that many candidates, and a repair attempt moves on to the next ones.
  const order = seededRandom(`${seed}|order`);
  const shuffled = order.shuffle(material.items);
  const random = seededRandom(`${seed}|${variant}|${attempt}`);
  const rep = request.persona.name ?? "{顾问姓名}";
  const interest = random.pick(request.customer_interests) ?? random.pick(request.persona.interests);
  const values = { brand: material.brand ?? undefined, rep, 顾问姓名: request.persona.name, interest };
  return {
    input,
    phrases,
    random,
    candidates(kind, accept = () => true) {
      const usable = shuffled.filter(
        (item) => item.kind === kind && accept(item) && !hasHoles(item.text) && !avoid.has(item.id),
      );
      // The requested product's material goes first; the rest keeps the seeded order.
      const preferred = [
        ...usable.filter((item) => matchesProduct(item, request.product) && request.product),
        ...usable.filter((item) => !(matchesProduct(item, request.product) && request.product)),
      ];
      if (preferred.length === 0) return [];
      const shift = (variant + attempt) % preferred.length;
      return [...preferred.slice(shift), ...preferred.slice(0, shift)];
    },
    glue(options) {
      return { text: fill(random.pick(options) ?? "", values) };
    },
    rotate(options) {
      const offset = hashString(seed) + variant + attempt;
      return { text: fill(options[offset % Math.max(options.length, 1)] ?? "", values) };
    },
    notice(type) {
      return material.items.find((item) => item.kind === "notice" && item.notice_type === type);
    },
  };
}

/** Fills the rep's name and the composer's slots in an approved sentence; merge fields stay for sending. */
export function personalize(context: ComposeContext, pieces: readonly Piece[]): Piece[] {
  const { request, material } = context.input;
  const values = { 顾问姓名: request.persona.name, brand: material.brand ?? undefined };
  return pieces.map((piece) => ({ ...piece, text: fill(piece.text, values) }));
}
