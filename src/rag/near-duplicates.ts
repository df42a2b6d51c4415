function bigrams(text: string): Set<string> {
  const compact = text.replace(/[\s\p{P}\p{S}]/gu, "");
  const grams = new Set<string>();
  for (let i = 0; i < compact.length - 1; i++) grams.add(compact.slice(i, i + 2));
  if (compact.length === 1) grams.add(compact);
  return grams;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Keeps ranked order and drops any entry whose text is a near copy (character-bigram Jaccard at or above
 * `threshold`) of one kept before it: the same approved sentence filed twice should not fill two of five slots.
 */
export function dropNearDuplicates<T>(
  ranked: readonly T[],
  textOf: (entry: T) => string,
  threshold = 0.85,
): T[] {
  const kept: Array<{ entry: T; grams: Set<string> }> = [];
  for (const entry of ranked) {
    const grams = bigrams(textOf(entry));
    if (kept.some((other) => jaccard(other.grams, grams) >= threshold)) continue;
    kept.push({ entry, grams });
  }
  return kept.map((k) => k.entry);
}
