// Where a composed draft shows its joins (issue 11's "stitched" sentences, as far as a mechanical check sees them):
// clause punctuation running into other punctuation ("，。", "。；"), an empty bracket or quote, or the same
// sentence said twice. Stylistic "！！" and "？！" are not seams.
const CLASH = /[，、；：][，、；：。！？]|[。！？][，、；：。]/;
const EMPTY = /（\s*）|\(\s*\)|【\s*】|“\s*”/;

/** The first seam in a body, or null. */
export function seamOf(body: string): string | null {
  const clash = CLASH.exec(body) ?? EMPTY.exec(body);
  if (clash) return body.slice(Math.max(0, clash.index - 8), clash.index + clash[0].length + 4);
  const seen = new Set<string>();
  for (const sentence of body.split(/[。！？!?\n]/).map((part) => part.trim())) {
    if (sentence.length < 8) continue;
    if (seen.has(sentence)) return `twice: ${sentence}`;
    seen.add(sentence);
  }
  return null;
}
