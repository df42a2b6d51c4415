// Mandated notices per industry (DOMAIN.md): the library's own wording, short form, cited. A draft carries the
// notice when it presents a product, or when the compliance rules would miss it in that channel.
import { checkRequiredElements } from "../../compliance/required/required-elements.ts";
import type { Channel, Industry } from "../../domain/vocabulary.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { Material } from "../material.ts";
import { cited, type Piece, sentencesOf } from "./pieces.ts";

const BY_INDUSTRY: Record<string, string> = {
  finance: "risk_warning",
  insurance: "risk_warning",
  pharma: "pharma_notice",
  health_food: "not_a_drug",
  medical: "pharma_notice",
};
// The compliance rules that ask for each notice (src/compliance/required/required-elements.ts).
const RULES_OF_TYPE: Record<string, readonly string[]> = {
  risk_warning: ["required.risk_warning", "required.insurance_warning"],
  not_a_drug: ["required.health_food_notice"],
  pharma_notice: ["required.pharma_notice"],
};

/** Wording that already does the notice's job: an approved frame often carries its own risk warning. */
const ALREADY_SAID: Record<string, RegExp> = {
  risk_warning: /有风险[^。]{0,8}谨慎|风险自担|不保证|以(保险)?合同(条款)?为准/,
  not_a_drug: /不能代替药物|不可代替药物/,
  // As the compliance check reads it (required-elements.ts): "说明书" alone is not the notice.
  pharma_notice: /药品说明书|药师指导|医生指导|遵医嘱|详见说明书|阅读说明书|禁忌/,
};

/**
 * Products a notice is not about, read from the product the text presents (its name and approved short form):
 * an ordinary food is no health food (保健食品不是药物 would be wrong about it), a deposit is no wealth product
 * (理财非存款 would contradict it). The rules still win: a text they find wanting gets the notice anyway.
 */
const NOT_ITS_PRODUCT: Record<string, { product: RegExp; wrong: RegExp }> = {
  not_a_drug: { product: /普通食品/, wrong: /保健食品/ },
  risk_warning: { product: /大额存单|定期存款|储蓄存款/, wrong: /理财/ },
};

/** The product a text presents, as NOT_ITS_PRODUCT reads it: its name and approved short form. */
export function productAbout(
  product: string | null | undefined,
  fact: { clause?: string | null } | null | undefined,
): string {
  return [product, fact?.clause].filter(Boolean).join("：");
}

export function noticeTypeOf(industry: string): string | undefined {
  return BY_INDUSTRY[industry];
}

/**
 * The industry's notice, short form: its first sentence (the format asks that it stand alone). A short
 * two-sentence pharma notice stays whole: its second names 禁忌 and 说明书, which the rules ask for.
 */
/** Whether a text already says what the industry's notice says. */
export function saysNotice(industry: string, text: string): boolean {
  const type = noticeTypeOf(industry);
  return Boolean(type && ALREADY_SAID[type]?.test(text));
}

export function noticeFor(material: Material): Piece[] | null {
  const type = noticeTypeOf(material.segment.industry);
  const item = type
    ? material.items.find((entry) => entry.kind === "notice" && entry.notice_type === type)
    : undefined;
  if (!item) return null;
  return shortForm(item);
}

function shortForm(item: RetrievedItem): Piece[] {
  const sentences = sentencesOf(item);
  const whole = item.notice_type === "pharma_notice" && sentences.length <= 2 && item.text.length <= 80;
  return cited(item, whole ? sentences : sentences.slice(0, 1));
}

/** The notice still to add to a text: none when it is said already, not needed there, or not about its product. */
export function missingNotice(
  material: Material,
  text: string,
  options: { presentsProduct: boolean; about?: string },
): Piece[] {
  const type = noticeTypeOf(material.segment.industry);
  if (!type || ALREADY_SAID[type]?.test(text)) return [];
  const rules = RULES_OF_TYPE[type] ?? [];
  const required = checkRequiredElements({
    text,
    industry: material.segment.industry as Industry,
    channel: material.segment.channel as Channel,
  }).some((finding) => rules.includes(finding.rule_id));
  const other = NOT_ITS_PRODUCT[type];
  const notItsProduct = Boolean(other?.product.test(options.about ?? ""));
  if (!required && (!options.presentsProduct || notItsProduct)) return [];
  const notice = noticeFor(material) ?? [];
  if (notItsProduct && other) {
    // The rules still want the notice: say only its sentences that are true of this product (本品不能代替药物).
    const item = notice[0]?.item;
    const fitting = item ? sentencesOf(item).filter((sentence) => !other.wrong.test(sentence)) : [];
    if (item && fitting.length > 0) {
      return cited(item, fitting.slice(0, 1)).filter((piece) => !text.includes(piece.text));
    }
  }
  return notice.filter((piece) => !text.includes(piece.text));
}
