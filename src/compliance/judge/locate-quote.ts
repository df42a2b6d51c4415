// Finds a span the judge quoted in the original text: exactly, or through normalization (the judge may
// quote 稳赚 where the draft says 穩 賺). Returns null when the quote is not there.
import { normalize, normalizedString, normalizeTerm, originalRange } from "../normalize/normalize.ts";

export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  if (quote.length === 0) return null;
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const needle = normalizeTerm(quote);
  if (needle.length === 0) return null;
  const normalized = normalize(text);
  const at = normalizedString(normalized).indexOf(needle);
  if (at < 0) return null;
  return originalRange(normalized, at, at + needle.length);
}
