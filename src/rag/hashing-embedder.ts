import type { Embedder } from "./embedder.ts";
import { normalizeText, segmentWords } from "./segment-words.ts";
import { STOP_WORDS } from "./stop-words.ts";

// Bump the version whenever features, weights or hashing change: the id is stored with every vector, and
// a new id makes ingest re-embed the library rather than compare vectors from two different functions.
const VERSION = "hashing-v1";
const DEFAULT_DIMENSIONS = 256;

// Words carry the meaning; character bigrams catch words jieba splits differently in query and item
// (收益率 vs 收益 + 率) and unknown product names; unigrams only break ties, since a single Chinese
// character matches almost everything.
const WEIGHT = { word: 1, bigram: 0.6, unigram: 0.25 } as const;
type FeatureType = keyof typeof WEIGHT;

const HAN = /\p{Script=Han}/u;
// What is not a letter or digit (punctuation, spaces, symbols) carries no meaning for retrieval.
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * The offline default embedder: deterministic, local, and fast (no model, no network). It is a lexical
 * embedding: texts that share words and characters are close; it knows nothing of synonyms
 * (理财 and 投资 are unrelated to it) or paraphrase, which an OpenAI-compatible model does.
 *
 * Features are jieba words plus Chinese character unigrams and bigrams, each feature-hashed into one of
 * `dimensions` slots with a sign (so collisions cancel out on average instead of piling up), weighted by
 * (1 + ln tf) times a weight per feature type, then L2-normalized, so cosine similarity is a dot product.
 * At 256 dimensions unrelated features share slots, so a short query carries some noise (a cosine of
 * about 0.2 with an unrelated item happens); hard metadata filters and keyword fusion absorb it, and more
 * dimensions reduce it. A text with no letters or digits at all embeds to the zero vector.
 */
export function createHashingEmbedder(options: { dimensions?: number } = {}): Embedder {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 8 || dimensions > 16_000) {
    throw new RangeError(`hashing embedder dimensions must be an integer from 8 to 16000, got ${dimensions}`);
  }
  return {
    id: `${VERSION}:${dimensions}`,
    dimensions,
    embed: async (texts) => texts.map((text) => embedOne(text, dimensions)),
  };
}

function embedOne(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  for (const [feature, { weight, count }] of countFeatures(normalizeText(text))) {
    const hash = hashFeature(feature);
    const slot = (hash >>> 1) % dimensions;
    const sign = hash & 1 ? -1 : 1;
    vector[slot] = (vector[slot] ?? 0) + sign * (1 + Math.log(count)) * weight;
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return Array.from(vector, (value) => (norm > 0 ? value / norm : 0));
}

/** Features are "type:token" keys, so the same string as a word and as a bigram hash independently. */
function countFeatures(normalized: string): Map<string, { weight: number; count: number }> {
  const counts = new Map<string, { weight: number; count: number }>();
  const add = (type: FeatureType, token: string) => {
    const key = `${type}:${token}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { weight: WEIGHT[type], count: 1 });
  };
  for (const raw of segmentWords(normalized)) {
    const word = raw.trim();
    if (word && MEANINGFUL.test(word) && !STOP_WORDS.has(word)) add("word", word);
  }
  // Bigrams only inside runs of Chinese characters: a bigram across punctuation or a latin word is noise.
  let previous = "";
  for (const char of normalized) {
    if (!HAN.test(char)) {
      previous = "";
      continue;
    }
    if (!STOP_WORDS.has(char)) add("unigram", char);
    if (previous && !STOP_WORDS.has(previous + char)) add("bigram", previous + char);
    previous = char;
  }
  return counts;
}

/** FNV-1a 32 over UTF-16 code units, then murmur3's finalizer so that low bits (slot and sign) mix well. */
function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
