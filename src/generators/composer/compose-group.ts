// 社群: one message of a given type. Core: an approved group phrasing of that type, else material the type
// calls for (knowledge for morning posts, benefits for the 20:00 roundup, product facts for seeding).
import type { GroupContent } from "../channel-content.ts";
import type { ComposeContext } from "./compose-context.ts";
import { personalize } from "./compose-context.ts";
import { type Composed, coreCandidates } from "./compose-moments.ts";
import type { Layouts } from "./layouts.ts";
import { industryNotices } from "./notices.ts";
import { joinPieces, lead, type Piece } from "./pieces.ts";

const MATERIAL_BY_TYPE: Record<string, readonly string[]> = {
  welcome: ["faq"],
  morning: ["faq", "product_fact"],
  knowledge: ["faq", "product_fact"],
  seeding: ["product_fact", "customer_case"],
  new_product: ["product_fact"],
  live_notice: ["product_fact", "faq"],
  group_price: ["benefit"],
  lottery: ["benefit"],
  mini_game: ["faq", "product_fact"],
  deals_roundup: ["benefit"],
  good_night: [],
};
const SEND_AT: Record<string, GroupContent["send_at"]> = { morning: "09:00", deals_roundup: "20:00" };

export function composeGroup(context: ComposeContext, layouts: Layouts): Composed<GroupContent> {
  const { request, material, variant } = context.input;
  const type = request.message_type ?? "morning";
  const { phrases } = context;
  const typed = context.candidates(
    "phrasing",
    (item) => material.messageTypes.get(item.id)?.includes(type) ?? false,
  );
  // An approved phrasing of this very type wins for the first variant(s); later variants are composed.
  const phrasing = typed[variant];
  let opener: Piece[] = [];
  let lines: Piece[][] = [];
  let closer: Piece[] = [];
  if (phrasing) {
    lines = [personalize(context, lead(phrasing, 400, 10))];
  } else {
    opener = [context.rotate(phrases.group_openers[type] ?? phrases.group_openers.knowledge ?? [""])];
    const kinds = MATERIAL_BY_TYPE[type] ?? ["faq"];
    const pool = coreCandidates(context, kinds);
    const shift = pool.length > 0 ? (variant - typed.length + pool.length * 10) % pool.length : 0;
    const rotated = [...pool.slice(shift), ...pool.slice(0, shift)];
    // A roundup lists several benefits, one line each; other types lean on one item.
    const take = type === "deals_roundup" || type === "group_price" ? 3 : 1;
    lines = rotated.slice(0, take).map((item) => lead(item, take > 1 ? 50 : 100, take > 1 ? 1 : 3));
    closer = [context.glue(phrases.group_closers[type] ?? phrases.group_closers.default ?? [""])];
  }
  const interest =
    (type === "mini_game" || type === "lottery") && request.customer_interests.length > 0
      ? [context.glue(phrases.interest_lines)]
      : [];
  const flat = lines.flat();
  const notices = industryNotices(context, joinPieces(flat));
  const text = layouts.render("group", {
    opener: joinPieces(opener),
    lines: lines.map((pieces) => joinPieces(pieces)),
    bulleted: lines.length > 1,
    interest: joinPieces(interest),
    closer: joinPieces(closer),
    notices: joinPieces(notices),
  });
  return {
    content: { channel: "group", message_type: type, send_at: SEND_AT[type] ?? null, text },
    pieces: [...opener, ...flat, ...interest, ...closer, ...notices],
  };
}
