// How different the variants of one request are: 1 − Jaccard similarity of their character bigrams, averaged
// over pairs (0 = identical texts, 1 = nothing in common).

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/g, "")];
  const out = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index++) out.add(`${chars[index]}${chars[index + 1]}`);
  return out;
}

export function distance(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return 1 - shared / (left.size + right.size - shared);
}

/** Mean pairwise distance; a single text has no diversity to measure (null). */
export function diversity(texts: readonly string[]): number | null {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      total += distance(texts[i] ?? "", texts[j] ?? "");
      pairs++;
    }
  }
  return pairs === 0 ? null : total / pairs;
}
