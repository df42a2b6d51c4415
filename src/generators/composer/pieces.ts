// A composed draft is a sequence of pieces: approved sentences (each citing its item) and connective phrases
// (citing nothing, carrying no facts). Citations fall out of the pieces, one per sentence.
import type { Citation } from "../../drafts/draft.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import { sentenceSpans } from "../../rag/sentence-spans.ts";

export interface Piece {
  text: string;
  item?: RetrievedItem;
}

/** Merge fields the sending tool fills per customer; any other {placeholder} is a hole the composer avoids. */
export const MERGE_FIELDS = new Set([
  "客户称呼",
  "顾问姓名",
  "日期",
  "到期日期",
  "积分数",
  "门店名称",
  "网点名称",
  "孩子称呼",
  "课程名称",
  "订单编号",
  "小区名称",
  "剩余课时",
  "到货日期",
  "上课时间",
  "产品名称",
  "药品名称",
]);

const PLACEHOLDER = /\{([^{}]{1,20})\}/g;

export function hasHoles(text: string): boolean {
  for (const match of text.matchAll(PLACEHOLDER)) if (!MERGE_FIELDS.has(match[1] ?? "")) return true;
  return false;
}

export function mergeFieldsOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].filter((field) =>
    MERGE_FIELDS.has(field),
  );
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
