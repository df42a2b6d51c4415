// 私聊: a 1:1 message from a named rep: the least pushy channel, so one idea per message and a soft question.
import type { PrivateContent } from "../channel-content.ts";
import type { ComposeContext } from "./compose-context.ts";
import { personalize } from "./compose-context.ts";
import { type Composed, coreCandidates } from "./compose-moments.ts";
import type { Layouts } from "./layouts.ts";
import { industryNotices } from "./notices.ts";
import { joinPieces, lead, type Piece, sentencesOf } from "./pieces.ts";

const CORE_KINDS = {
  icebreak: ["phrasing", "faq"],
  interest: ["phrasing", "customer_case", "product_fact", "faq"],
  decision: ["phrasing", "product_fact", "objection", "faq"],
} as const;

const GREETING = /(您好|你好)/;

export function composePrivate(context: ComposeContext, layouts: Layouts): Composed<PrivateContent> {
  const { request, variant } = context.input;
  const { phrases } = context;
  const cores = coreCandidates(context, CORE_KINDS[request.stage]);
  const coreItem = cores[variant % Math.max(cores.length, 1)];
  let greeting: Piece[];
  let core: Piece[];
  if (coreItem?.kind === "phrasing" && GREETING.test(sentencesOf(coreItem)[0] ?? "")) {
    // An approved 1:1 phrasing opens with its own greeting: keep it as the greeting.
    const pieces = personalize(context, lead(coreItem, 300, 8));
    greeting = pieces.slice(0, 1);
    core = pieces.slice(1);
  } else {
    greeting = [context.rotate(phrases.private.greeting[request.persona.tone])];
    core = coreItem ? personalize(context, lead(coreItem, 120, 3)) : [];
  }
  if (core.length === 0) core = [context.glue(phrases.private.icebreak)];
  const smallTalk =
    request.stage === "icebreak" && request.persona.interests.length > 0
      ? [context.glue(phrases.private.rep_interest)]
      : [];
  const benefitItem = request.stage === "decision" ? context.candidates("benefit")[0] : undefined;
  const benefit = benefitItem ? lead(benefitItem, 60, 1) : [];
  const notices = industryNotices(context, joinPieces([...greeting, ...core, ...benefit]));
  const question = context.glue(phrases.private.question[request.stage]);
  const text = layouts.render("private", {
    small_talk: joinPieces(smallTalk),
    core: joinPieces(core),
    benefit: joinPieces(benefit),
    notices: joinPieces(notices),
  });
  return {
    content: { channel: "private", greeting: joinPieces(greeting), text, question: question.text },
    pieces: [...greeting, ...smallTalk, ...core, ...benefit, ...notices, question],
  };
}
