// 短信: 【品牌】 signature, one short message, 回T退订. Short sentences win: above 70 characters an SMS is billed
// as several.
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { SmsContent } from "../channel-content.ts";
import { GenerationError } from "../generator.ts";
import type { ComposeContext } from "./compose-context.ts";
import { personalize } from "./compose-context.ts";
import type { Composed } from "./compose-moments.ts";
import type { Layouts } from "./layouts.ts";
import { industryNotices } from "./notices.ts";
import { cited, joinPieces, type Piece, sentencesOf } from "./pieces.ts";

const SIGNATURE_AT_START = /^\s*【[^】]{2,16}】/;
const OPT_OUT_AT_END = /\s*(回T退订|退订回T|回复T退订|回TD退订)\s*$/;

function stripFrame(text: string): string {
  return text.replace(SIGNATURE_AT_START, "").replace(OPT_OUT_AT_END, "").trim();
}

/** The shortest one or two sentences of an item that say something (not a bare clause). */
function shortLead(item: RetrievedItem): string[] {
  const sentences = sentencesOf(item).filter((sentence) => sentence.length >= 8);
  const first = sentences[0];
  if (!first) return [];
  const second = sentences[1];
  return second && first.length + second.length <= 56 ? [first, second] : [first];
}

export function composeSms(context: ComposeContext, layouts: Layouts): Composed<SmsContent> {
  const { request, material, variant } = context.input;
  if (!material.brand) {
    throw new GenerationError("no_material", "the library names no brand for the SMS signature", false);
  }
  const phrasings = context.candidates("phrasing");
  const kinds =
    request.stage === "icebreak" ? ["faq", "benefit", "product_fact"] : ["benefit", "product_fact"];
  const others = kinds.flatMap((kind) => context.candidates(kind));
  // Material that fits one 70-character SMS goes first (seeded order kept within each group).
  const fits = (item: RetrievedItem) =>
    material.brand !== null &&
    material.brand.length +
      (item.kind === "phrasing" ? stripFrame(item.text) : shortLead(item).join("")).length +
      10 <=
      70;
  const all = [...phrasings, ...others];
  const pool = [...all.filter(fits), ...all.filter((item) => !fits(item))];
  const item = pool[variant % Math.max(pool.length, 1)];
  let greeting: Piece[] = [];
  let core: Piece[] = [];
  if (item?.kind === "phrasing") {
    core = personalize(context, [{ text: stripFrame(item.text), item }]);
  } else if (item) {
    greeting = [context.rotate(context.phrases.sms.greeting)];
    core = cited(item, shortLead(item));
  }
  if (core.length === 0) throw new GenerationError("no_material", "no approved material fits an SMS", false);
  // Finance and insurance SMS carry the risk warning too (its short form), like every other channel.
  const notices = industryNotices(context, joinPieces(core));
  const text = layouts.render("sms", {
    greeting: joinPieces(greeting),
    core: joinPieces([...core, ...notices]),
  });
  return {
    content: { channel: "sms", signature: `【${material.brand}】`, text, opt_out: "回T退订" },
    pieces: [...greeting, ...core, ...notices],
  };
}
