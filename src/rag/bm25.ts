export interface KeywordDocument {
  id: string;
  keywords: readonly string[];
}

/**
 * Okapi BM25 over documents that share at least one query token. `totalDocuments` and `averageLength` describe
 * the whole filtered corpus, so the document frequencies counted here (among the candidates, which hold every
 * document containing a query token) are exact.
 */
export function bm25Scores(
  queryTokens: readonly string[],
  candidates: readonly KeywordDocument[],
  corpus: { totalDocuments: number; averageLength: number },
  parameters = { k1: 1.2, b: 0.75 },
): Map<string, number> {
  const query = new Set(queryTokens);
  const documentFrequency = new Map<string, number>();
  for (const document of candidates) {
    for (const token of new Set(document.keywords)) {
      if (query.has(token)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
  }
  const total = Math.max(corpus.totalDocuments, candidates.length);
  const averageLength = corpus.averageLength > 0 ? corpus.averageLength : 1;
  const scores = new Map<string, number>();
  for (const document of candidates) {
    const termFrequency = new Map<string, number>();
    for (const token of document.keywords) {
      if (query.has(token)) termFrequency.set(token, (termFrequency.get(token) ?? 0) + 1);
    }
    let score = 0;
    for (const [token, frequency] of termFrequency) {
      const df = documentFrequency.get(token) ?? 0;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      const norm = 1 - parameters.b + (parameters.b * document.keywords.length) / averageLength;
      score += (idf * frequency * (parameters.k1 + 1)) / (frequency + parameters.k1 * norm);
    }
    if (score > 0) scores.set(document.id, score);
  }
  return scores;
}
