// What a window must hold before the claim model may call it a claim, whatever its score. The heads read
// industry and numbers as context, so on published copy they scored fragments that state nothing ("12,800",
// "2.5 小時", "账 单": a price list split at its commas, a template's "%s 被取消") as claims. A score says how
// much a window resembles claims; this says whether it could be one at all.

const HAN = /\p{Script=Han}/gu;

/** Fewer ideographs than this and a window is a figure, a unit or a placeholder, not a statement. */
export const MIN_CLAIM_HAN = 4;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** What a window's clauses say of themselves: their clean text (a clause reading is one). */
export interface WindowEvidence {
  clean: string;
}

/**
 * Whether the window's clauses could carry a claim at all. Only the ideograph count is asked: a list of the
 * words each label needs was tried for harassment (a threat, a third party, pressure, shaming) and took about a
 * hundred of the training corpus's harassment lines with it ("穿不起的别来问", "脸都不要了"), since contempt and pressure
 * are said in words no list holds, as treatment and promise claims are.
 */
export function mayClaim(parts: readonly WindowEvidence[]): boolean {
  // counted here, not for every clause read: only a window over a head's threshold is asked
  const counts = parts.map((part) => hanCount(part.clean));
  const han = counts.reduce((sum, count) => sum + count, 0);
  // a phrase spaced out to dodge filters ("不 买 就 后 悔") is cut into clauses of one ideograph each, so a
  // window of it holds two: those are letters of a claim, not a figure
  return han >= MIN_CLAIM_HAN || counts.every((count) => count === 1);
}
