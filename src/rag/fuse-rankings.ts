/**
 * Reciprocal rank fusion: each ranking contributes weight / (k + rank). It needs no score calibration between
 * a cosine similarity and a BM25 score, which is why we fuse ranks rather than scores.
 */
export function fuseRankings(
  rankings: ReadonlyArray<{ ids: readonly string[]; weight?: number }>,
  k = 60,
): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    const weight = ranking.weight ?? 1;
    ranking.ids.forEach((id, index) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + index + 1));
    });
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
