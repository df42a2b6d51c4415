// A composed draft is a sequence of pieces: approved text (each piece citing its item) and, in outbound
// scripts, the service's procedural lines (citing nothing, carrying no facts). Citations fall out of the pieces.
import type { Citation } from "../../drafts/draft.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import { sentenceSpans } from "../../rag/sentence-spans.ts";

export interface Piece {
  text: string;
  item?: RetrievedItem;
}

/** The sentences of a text, trimmed, in order. */
export function sentencesOfText(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end).trim());
}

export function sentencesOf(item: RetrievedItem): string[] {
  // FAQ items are "问：... 答：..."; the answer is what a draft may say.
  const text = item.kind === "faq" ? (item.text.split(/答[:：]/)[1] ?? item.text) : item.text;
  return sentencesOfText(text);
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

/** One citation per item and claim (a frame's own text, each slot's filling, each notice sentence). */
export function citationsOf(pieces: readonly Piece[]): Citation[] {
  const seen = new Set<string>();
  return pieces.flatMap((piece) => {
    if (!piece.item || !piece.text) return [];
    const key = `${piece.item.id}\0${piece.text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ item_id: piece.item.id, item_version: piece.item.version, claim: piece.text }];
  });
}
