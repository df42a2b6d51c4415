// A composed draft is a sequence of pieces: approved sentences (each citing its item) and connective phrases
// (citing nothing, carrying no facts). Citations fall out of the pieces, one per sentence.

import { holesOf } from "../../domain/merge-fields.ts";
import type { Citation } from "../../drafts/draft.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import { sentenceSpans } from "../../rag/sentence-spans.ts";

export interface Piece {
  text: string;
  item?: RetrievedItem;
}

const PLACEHOLDER = /\{([^{}]{1,20})\}/g;

export function hasHoles(text: string): boolean {
  return holesOf(text).length > 0;
}

/** Fills the composer's own slots ({brand}, {rep}, {interest}) and the rep's name; merge fields stay. */
export function fill(text: string, values: Record<string, string | undefined>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export function sentencesOf(item: RetrievedItem): string[] {
  // FAQ items are "问：... 答：..."; the answer is what a draft may say.
  const text = item.kind === "faq" ? (item.text.split(/答[:：]/)[1] ?? item.text) : item.text;
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end).trim());
}

export function cited(item: RetrievedItem, sentences: readonly string[]): Piece[] {
  return sentences.map((text) => ({ text, item }));
}

/** The first sentences of an item, up to a length budget (always at least one sentence). */
export function lead(item: RetrievedItem, budget: number, max = 3): Piece[] {
  const out: string[] = [];
  let used = 0;
  for (const sentence of sentencesOf(item).slice(0, max)) {
    if (out.length > 0 && used + sentence.length > budget) break;
    out.push(sentence);
    used += sentence.length;
  }
  return cited(item, out);
}

export function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((piece) => piece.text).join("");
}

export function citationsOf(pieces: readonly Piece[]): Citation[] {
  return pieces.flatMap((piece) =>
    piece.item ? [{ item_id: piece.item.id, item_version: piece.item.version, claim: piece.text }] : [],
  );
}
