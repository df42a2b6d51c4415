// A filled frame in its channel's shape (docs/library-format.md §3): moments end with the call to action,
// a 1:1 message opens with its greeting and ends with its question, an SMS gets the brand's signature and
// 回T退订, a group message its send time. The industry's notice goes where the shape says, if still missing.
import type { GroupContent, MomentsContent, PrivateContent, SmsContent } from "../channel-content.ts";
import type { Material } from "../material.ts";
import type { FilledFrame } from "./frame-fill.ts";
import { missingNotice, productAbout } from "./notices.ts";
import { joinPieces, type Piece, sentencesOfText } from "./pieces.ts";

export interface Shaped<C> {
  content: C;
  /** Pieces the shaping added (a notice), beyond the filled frame's own. */
  added: Piece[];
}

const SEND_AT: Record<string, GroupContent["send_at"]> = { morning: "09:00", deals_roundup: "20:00" };
const SMS_SIGNATURE_AT_START = /^\s*【[^】]{2,16}】/;
const SMS_OPT_OUT_AT_END = /\s*(回T退订|退订回T|回复T退订|回TD退订)\s*$/;

/** A frame that slots a product in presents it; a frame bound to its product was approved whole, notice or not. */
function presentsProduct(filled: FilledFrame): boolean {
  return filled.productFact !== null;
}

/** The text before its last sentence, and that sentence. */
function splitLast(text: string): { head: string; last: string } {
  const sentences = sentencesOfText(text);
  const last = sentences[sentences.length - 1] ?? "";
  const at = text.lastIndexOf(last);
  return { head: text.slice(0, at).trim(), last };
}

export function shapeMoments(material: Material, filled: FilledFrame): Shaped<MomentsContent> {
  const { head, last } = splitLast(filled.text.trim());
  const added = missingNotice(material, filled.text, {
    presentsProduct: presentsProduct(filled),
    about: productAbout(filled.product, filled.productFact),
  });
  return {
    content: { channel: "moments", text: `${head}${joinPieces(added)}`, call_to_action: last },
    added,
  };
}

/** A greeting ends at its first 。！？ or at a ～ (您好呀，我是…～). */
const GREETING = /^[^。！？!?～]*[。！？!?～]/;

export function shapePrivate(material: Material, filled: FilledFrame): Shaped<PrivateContent> {
  const text = filled.text.trim();
  const { head, last: question } = splitLast(text);
  const greeting = GREETING.exec(head)?.[0] ?? "";
  const middle = head.slice(greeting.length).trim();
  const added = missingNotice(material, filled.text, {
    presentsProduct: presentsProduct(filled),
    about: productAbout(filled.product, filled.productFact),
  });
  return {
    content: { channel: "private", greeting, text: `${middle}${joinPieces(added)}`, question },
    added,
  };
}

export function shapeGroup(material: Material, filled: FilledFrame): Shaped<GroupContent> {
  const type = material.segment.message_type ?? "morning";
  const added = missingNotice(material, filled.text, {
    presentsProduct: presentsProduct(filled),
    about: productAbout(filled.product, filled.productFact),
  });
  const text = added.length ? `${filled.text.trim()}\n${joinPieces(added)}` : filled.text.trim();
  return {
    content: { channel: "group", message_type: type, send_at: SEND_AT[type] ?? null, text },
    added,
  };
}

export function shapeSms(material: Material, filled: FilledFrame): Shaped<SmsContent> {
  const body = filled.text.replace(SMS_SIGNATURE_AT_START, "").replace(SMS_OPT_OUT_AT_END, "").trim();
  const added = missingNotice(material, body, {
    presentsProduct: presentsProduct(filled),
    about: productAbout(filled.product, filled.productFact),
  });
  return {
    content: {
      channel: "sms",
      signature: `【${material.brand ?? ""}】`,
      text: `${body}${joinPieces(added)}`,
      opt_out: "回T退订",
    },
    added,
  };
}
