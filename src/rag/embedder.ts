/**
 * Turns texts into vectors. Vectors from different embedders (or the same model at another dimension)
 * live in different spaces, so `id` names all three and is stored beside every vector: when it changes,
 * the library is re-embedded instead of mixing spaces.
 */
export interface Embedder {
  /** Embedder, model and dimension, e.g. "hashing-v1:256" or "openai:text-embedding-3-small:1536". */
  readonly id: string;
  readonly dimensions: number;
  /** One vector per text, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
}
