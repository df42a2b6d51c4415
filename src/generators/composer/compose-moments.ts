// 朋友圈: a short post. Core: an approved moments phrasing, or a fact / case / benefit lead by stage.
import type { RetrievedItem } from "../../rag/retrieve.ts";
import type { MomentsContent } from "../channel-content.ts";
import type { ComposeContext } from "./compose-context.ts";
import { personalize } from "./compose-context.ts";
import type { Layouts } from "./layouts.ts";
import { industryNotices } from "./notices.ts";
import { joinPieces, lead, type Piece } from "./pieces.ts";

export interface Composed<C> {
  content: C;
  pieces: Piece[];
}

/** The kinds a post leans on in each stage: light first, proof in interest, price and benefit in decision. */
const CORE_KINDS = {
  icebreak: ["phrasing", "faq", "customer_case", "product_fact"],
  interest: ["phrasing", "customer_case", "product_fact", "faq"],
  decision: ["phrasing", "product_fact", "benefit", "objection"],
} as const;

export function coreCandidates(context: ComposeContext, kinds: readonly string[]): RetrievedItem[] {
  // Interleave kinds so that consecutive variants lean on different kinds of material, not just other items.
  const lists = kinds.map((kind) => context.candidates(kind));
  const out: RetrievedItem[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index++) {
    for (const list of lists) if (list[index]) out.push(list[index] as RetrievedItem);
  }
  return out;
}

export function composeMoments(context: ComposeContext, layouts: Layouts): Composed<MomentsContent> {
  const { request } = context.input;
  const { phrases } = context;
  const cores = coreCandidates(context, CORE_KINDS[request.stage]);
  const rotation = context.input.variant % Math.max(cores.length, 1);
  const coreItem = cores[rotation];
  const isPhrasing = coreItem?.kind === "phrasing";
  const hook = isPhrasing ? [] : [context.rotate(phrases.hooks[request.stage][request.persona.tone])];
  const core = coreItem
    ? personalize(context, lead(coreItem, isPhrasing ? 260 : 110, isPhrasing ? 8 : 3))
    : [];
  const benefitItem =
    request.stage === "decision" && coreItem?.kind !== "benefit"
      ? context.candidates("benefit")[0]
      : undefined;
  const benefit = benefitItem ? lead(benefitItem, 60, 1) : [];
  const tierLine = isPhrasing ? [] : [context.glue(phrases.tier_lines[request.tier])];
  const draft = joinPieces([...hook, ...core, ...benefit]);
  const notices = industryNotices(context, draft);
  const ctaOptions =
    request.stage === "decision" ? phrases.cta.decision[request.tier] : phrases.cta[request.stage];
  const cta = context.glue(ctaOptions);
  const text = layouts.render("moments", {
    hook: joinPieces(hook),
    core: joinPieces(core),
    benefit: joinPieces(benefit),
    tier_line: joinPieces(tierLine),
    notices: joinPieces(notices),
  });
  return {
    content: { channel: "moments", text, call_to_action: cta.text },
    pieces: [...hook, ...core, ...benefit, ...tierLine, ...notices, cta],
  };
}
