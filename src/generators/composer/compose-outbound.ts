// AI外呼: a structured call script. Approved outbound phrasings are split into their 【sections】; what they lack
// is filled from product facts, benefits and FAQ/objection items; the strategy follows the tier (DOMAIN.md).
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { OutboundContent } from "../channel-content.ts";
import type { ComposeContext } from "./compose-context.ts";
import { personalize } from "./compose-context.ts";
import type { Composed } from "./compose-moments.ts";
import { industryNotices } from "./notices.ts";
import { cited, joinPieces, lead, type Piece, sentencesOf } from "./pieces.ts";

const SECTION = /^【([^】]{1,10})】\s*(.+)$/;
const SECTION_FIELDS: Record<string, string> = {
  开场: "opening",
  目的: "purpose",
  利益点: "benefit",
  询问: "question",
  不方便: "not_now",
  暂不需要: "not_now",
  有异议: "objection",
  异议: "objection",
};

/** The sections of an approved outbound phrasing, each still citing that phrasing. */
export function scriptSections(item: RetrievedItem): Map<string, Piece[]> {
  const sections = new Map<string, Piece[]>();
  for (const line of item.text.split("\n")) {
    const match = SECTION.exec(line.trim());
    const field = match?.[1] ? SECTION_FIELDS[match[1]] : undefined;
    if (field && match?.[2]) sections.set(field, [{ text: match[2].trim(), item }]);
  }
  return sections;
}

function sameProductFirst(items: RetrievedItem[], product: string | undefined): RetrievedItem[] {
  if (!product) return items;
  return [
    ...items.filter((item) => item.product === product),
    ...items.filter((item) => item.product !== product),
  ];
}

const STRATEGY = {
  price_sensitive: { approach: "short_direct", call_rounds: 1, questions: 1, objections: 1 },
  regular: { approach: "balanced", call_rounds: 2, questions: 1, objections: 2 },
  high_value: { approach: "gift_and_service", call_rounds: 3, questions: 2, objections: 2 },
} as const;

/** The objection a customer raises, as an objection item's title quotes it (客户说“…”), or the FAQ question. */
function objectionOf(item: RetrievedItem): { trigger: Piece; answer: Piece[] } {
  const quoted = /[“"]([^”"]{2,60})[”"]/.exec(item.title)?.[1];
  const question = item.kind === "faq" ? /问[:：]\s*([^\n]+)/.exec(item.text)?.[1] : undefined;
  const trigger = (quoted ?? question ?? item.title).trim();
  return { trigger: { text: trigger, item }, answer: cited(item, sentencesOf(item).slice(0, 3)) };
}

export function composeOutbound(context: ComposeContext): Composed<OutboundContent> {
  const { request, variant } = context.input;
  const { phrases } = context;
  const o = phrases.outbound;
  const strategy = STRATEGY[request.tier];
  const scripts = context.candidates("phrasing");
  const script = scripts[variant % Math.max(scripts.length, 1)];
  const sections = script ? scriptSections(script) : new Map<string, Piece[]>();
  const section = (field: string) => personalize(context, sections.get(field) ?? []);

  const disclosure = context.notice("ai_disclosure");
  const opening = section("opening").length
    ? section("opening")
    : disclosure
      ? cited(disclosure, sentencesOf(disclosure).slice(0, 2))
      : [context.glue(o.opening_fallback)];

  // The script's own product leads, so the details a customer asks for are about what the call offered.
  const product = request.product ?? script?.product ?? undefined;
  const facts = sameProductFirst(context.candidates("product_fact"), product);
  const fact = facts[variant % Math.max(facts.length, 1)];
  const purpose = section("purpose").length
    ? section("purpose")
    : [context.rotate(o.purpose.default), ...(fact ? lead(fact, 60, 1) : [])];

  // High value: a gift or service benefit first; price sensitive: the most direct (coupon, red packet).
  const preferred =
    request.tier === "high_value"
      ? ["gift", "free_service", "member_price"]
      : ["coupon", "red_packet", "points"];
  const benefits = sameProductFirst(context.candidates("benefit"), product);
  const benefitItem =
    benefits.find((item) => preferred.includes(item.benefit_type ?? "")) ??
    benefits[variant % Math.max(benefits.length, 1)];
  const benefit = section("benefit").length
    ? section("benefit")
    : benefitItem
      ? lead(benefitItem, strategy.approach === "short_direct" ? 40 : 90, 2)
      : fact
        ? lead(fact, 60, 1)
        : [context.glue(o.purpose.default)];

  const questionPieces = section("question").length ? section("question") : [];
  const stageQuestions = o.questions[request.stage];
  while (questionPieces.length < strategy.questions) {
    const next = stageQuestions[(variant + questionPieces.length) % stageQuestions.length] ?? "";
    if (questionPieces.some((piece) => piece.text === next)) break;
    questionPieces.push({ text: next });
  }

  const objectionItems = [...context.candidates("objection"), ...context.candidates("faq")].slice(
    0,
    strategy.objections,
  );
  const objections = objectionItems.map(objectionOf);
  if (objections.length === 0) {
    objections.push({ trigger: { text: "我再考虑一下" }, answer: [context.rotate(o.not_now)] });
  }
  // Details about the offered product: its fact, else its FAQ answer, else the best fact there is.
  const productFaq = product ? context.candidates("faq").find((item) => item.product === product) : undefined;
  // Never another product's facts: without material on the offered one, the rep sends the details in writing.
  const detailItem = !product || fact?.product === product ? fact : productFaq;
  const details = detailItem ? lead(detailItem, 140, 3) : [];
  const detailNotices = industryNotices(context, joinPieces(details));
  const asksDetails = details.length
    ? [...details, ...detailNotices]
    : [context.rotate(o.details_in_writing), ...detailNotices];

  const notNow = section("not_now").length ? section("not_now") : [context.rotate(o.not_now)];
  const interested = [context.rotate(o.interested)];
  const complaint = [context.rotate(o.complaint)];
  const doNotCall = [context.rotate(o.do_not_call)];
  const addWeChat = [context.rotate(o.add_wechat_work)];
  const optOut = context.notice("opt_out");
  const closing = [
    context.rotate(o.closing),
    ...(optOut ? cited(optOut, sentencesOf(optOut).slice(0, 1)) : [context.glue(o.opt_out_fallback)]),
  ];

  const content: OutboundContent = {
    channel: "outbound",
    scenario: request.scenario ?? "add_friend",
    strategy: {
      approach: strategy.approach,
      call_rounds: strategy.call_rounds,
      note: o.strategy[strategy.approach],
    },
    opening: joinPieces(opening),
    purpose: joinPieces(purpose),
    benefit: joinPieces(benefit),
    questions: questionPieces.map((piece) => piece.text),
    branches: {
      interested: joinPieces(interested),
      not_now: joinPieces(notNow),
      asks_details: joinPieces(asksDetails),
      objection: objections.map((entry) => ({
        trigger: entry.trigger.text,
        answer: joinPieces(entry.answer),
      })),
      complaint: joinPieces(complaint),
      do_not_call: { say: joinPieces(doNotCall), action: "mark_do_not_call" },
    },
    add_wechat_work: joinPieces(addWeChat),
    closing: joinPieces(closing),
  };
  const pieces = [
    ...opening,
    ...purpose,
    ...benefit,
    ...questionPieces,
    ...interested,
    ...notNow,
    ...asksDetails,
    ...objections.flatMap((entry) => [entry.trigger, ...entry.answer]),
    ...complaint,
    ...doNotCall,
    ...addWeChat,
    ...closing,
  ];
  return { content, pieces };
}
