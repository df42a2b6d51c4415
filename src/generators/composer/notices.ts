// Mandated notices per industry (DOMAIN.md): the composer appends the library's own wording, cited.
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { ComposeContext } from "./compose-context.ts";
import { cited, type Piece, sentencesOf } from "./pieces.ts";

const BY_INDUSTRY: Record<string, string[]> = {
  finance: ["risk_warning"],
  insurance: ["risk_warning"],
  pharma: ["pharma_notice"],
  health_food: ["not_a_drug"],
  medical: ["pharma_notice"],
};

/** Wording that already does the notice's job: an approved phrasing often carries its own risk warning. */
const ALREADY_SAID: Record<string, RegExp> = {
  risk_warning: /有风险[^。]{0,8}谨慎|风险自担|不保证|以(保险)?合同(条款)?为准/,
  not_a_drug: /不能代替药物|不可代替药物/,
  // As the compliance check reads it (required-elements.ts): "说明书" alone is not the notice.
  pharma_notice: /药品说明书|药师指导|医生指导|遵医嘱|详见说明书|阅读说明书|禁忌/,
};

/**
 * A short notice whole; of a long one, the first sentences: a moments post carries the short form of a long
 * risk disclosure, while a two-sentence pharma notice needs both (the second names 禁忌 and 说明书).
 */
function shortForm(item: RetrievedItem, max: number): Piece[] {
  const sentences = sentencesOf(item);
  const whole = sentences.length <= 2 && item.text.length <= 80;
  return cited(item, whole ? sentences : sentences.slice(0, max));
}

export function industryNotices(context: ComposeContext, already: string, max = 1): Piece[] {
  const types = BY_INDUSTRY[context.input.request.industry] ?? [];
  const pieces: Piece[] = [];
  for (const type of types) {
    const item = context.notice(type);
    if (!item || ALREADY_SAID[type]?.test(already)) continue;
    const sentences = shortForm(item, max);
    if (sentences.every((piece) => already.includes(piece.text))) continue;
    pieces.push(...sentences.filter((piece) => !already.includes(piece.text)));
  }
  return pieces;
}
