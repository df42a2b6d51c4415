// AI外呼: the approved script frame, section by section. Branches the frame leaves out come from the segment's
// approved objection answers and product facts when the call is about a product, else from the service's
// procedural lines (no facts). Tier decides the strategy: how many questions and objections the script carries.

import { type OutboundSection, parseScript, splitObjection } from "../../rag/frame-text.ts";
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { OutboundContent } from "../channel-content.ts";
import type { Material } from "../material.ts";
import type { FilledFrame } from "./frame-fill.ts";
import { missingNotice, productAbout } from "./notices.ts";
import type { Phrases } from "./phrases.ts";
import { cited, joinPieces, lead, type Piece, sentencesOf } from "./pieces.ts";

const STRATEGY = {
  price_sensitive: { approach: "short_direct", call_rounds: 1, questions: 1, objections: 1 },
  regular: { approach: "balanced", call_rounds: 2, questions: 2, objections: 2 },
  high_value: { approach: "gift_and_service", call_rounds: 3, questions: 2, objections: 3 },
} as const;

const OPT_OUT = /不再致电|不再来电|不希望再接到|不再打扰/;
/** A question that already asks to add the customer on WeChat (请问方便让顾问通过企业微信添加您吗？). */
export const ASKS_TO_ADD_WECHAT =
  /(添加|加)[^。？?]{0,12}(企业微信|企微)|(企业微信|企微)[^。？?]{0,6}(添加|加)您/;

/** The objection a customer raises, as an objection item's title quotes it (客户说“…”), or the FAQ question. */
function objectionOf(item: RetrievedItem): { trigger: string; answer: Piece[] } {
  const quoted = /[“"]([^”"]{2,60})[”"]/.exec(item.title)?.[1];
  const question = item.kind === "faq" ? /问[:：]\s*([^\n]+)/.exec(item.text)?.[1] : undefined;
  return {
    trigger: (quoted ?? question ?? item.title).trim(),
    answer: cited(item, sentencesOf(item).slice(0, 3)),
  };
}

export function composeOutbound(
  material: Material,
  filled: FilledFrame,
  phrases: Phrases,
  turn: number,
): { content: OutboundContent; added: Piece[] } {
  const segment = material.segment;
  const o = phrases.outbound;
  const strategy = STRATEGY[segment.tier];
  const pick = (options: readonly string[]) => options[turn % options.length] ?? "";
  const tiered = (options: { high_value: readonly string[]; default: readonly string[] }) =>
    pick(segment.tier === "high_value" ? options.high_value : options.default);
  const lines = parseScript(filled.text).lines;
  const section = (name: OutboundSection) =>
    lines.filter((line) => line.section === name).map((line) => line.text);
  const first = (name: OutboundSection) => section(name)[0];
  const added: Piece[] = [];
  const procedural = (text: string) => {
    added.push({ text });
    return text;
  };

  const product = filled.product;
  // Details about the product the call offers; a call about no product sends its details in writing.
  const fact =
    filled.productFact ??
    (product
      ? material.items.find((item) => item.kind === "product_fact" && item.product === product)
      : undefined);
  const faq = segment.scenario
    ? material.items.find((item) => item.kind === "faq" && item.scenarios.includes(segment.scenario ?? ""))
    : undefined;
  let asksDetails = first("asks_details");
  if (!asksDetails) {
    // The product's approved short form (a lead cut from a long fact could drop its own disclaimer), then the
    // offer to send the full terms in writing.
    const detail: Piece[] = fact?.clause
      ? [{ text: `${fact.product ?? ""}：${fact.clause}。`, item: fact }]
      : faq
        ? lead(faq, 140, 3)
        : [];
    added.push(...detail);
    asksDetails = `${joinPieces(detail)}${procedural(pick(o.details_in_writing))}`;
  }
  const detailNotice = missingNotice(material, asksDetails, {
    presentsProduct: Boolean(fact),
    about: productAbout(product, fact),
  });
  added.push(...detailNotice);
  asksDetails += joinPieces(detailNotice);

  // Objections: the frame's own, then the segment's approved answers that belong to this call.
  const objections = section("objection").flatMap((text) => {
    const split = splitObjection(text);
    return split ? [split] : [];
  });
  const relevant = material.items.filter(
    (item) =>
      item.kind === "objection" &&
      ((product !== null && (item.product === null || item.product === product)) ||
        (segment.scenario !== null && item.scenarios.includes(segment.scenario))),
  );
  for (const item of relevant) {
    if (objections.length >= strategy.objections) break;
    const entry = objectionOf(item);
    added.push({ text: entry.trigger, item }, ...entry.answer);
    objections.push({ trigger: entry.trigger, answer: joinPieces(entry.answer) });
  }
  if (objections.length === 0) {
    objections.push({
      trigger: procedural(o.objection_fallback.trigger),
      answer: procedural(pick(o.objection_fallback.answers)),
    });
  }

  let closing = first("closing") ?? "";
  if (!OPT_OUT.test(closing)) {
    const notice = material.items.find((item) => item.kind === "notice" && item.notice_type === "opt_out");
    const sentence = notice
      ? cited(notice, sentencesOf(notice).slice(0, 1))
      : [{ text: pick(o.opt_out_fallback) }];
    added.push(...sentence);
    closing += joinPieces(sentence);
  }

  const questions = section("question").slice(0, strategy.questions);
  // The frame's question already asked for WeChat: the standing branch must not ask the customer twice.
  const asked = questions.some((question) => ASKS_TO_ADD_WECHAT.test(question));
  const content: OutboundContent = {
    channel: "outbound",
    scenario: segment.scenario ?? "add_friend",
    strategy: {
      approach: strategy.approach,
      call_rounds: strategy.call_rounds,
      note: o.strategy[strategy.approach],
    },
    opening: first("opening") ?? "",
    purpose: first("purpose") ?? "",
    benefit: first("benefit") ?? "",
    questions,
    branches: {
      interested: first("interested") ?? procedural(tiered(o.interested)),
      not_now: first("not_now") ?? procedural(pick(o.not_now)),
      asks_details: asksDetails,
      objection: objections.slice(0, Math.max(strategy.objections, 1)),
      complaint: first("complaint") ?? procedural(pick(o.complaint)),
      do_not_call: {
        say: first("do_not_call") ?? procedural(pick(o.do_not_call)),
        action: "mark_do_not_call",
      },
    },
    add_wechat_work:
      first("add_wechat_work") ?? procedural(tiered(asked ? o.add_wechat_work_agreed : o.add_wechat_work)),
    closing,
  };
  return { content, added };
}
