// Feature hashing without building strings: FNV-1a continued over the parts of a feature, so
// mix(mix(start("w|"), word)) is the hash of "w|" + word. A check hashes a few thousand features; building
// each as a string first cost more than the model itself.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

export function mix(hash: number, text: string): number {
  let value = hash;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, PRIME);
  }
  return value;
}

export function mixUnit(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

/** The hash state after a feature's prefix ("w|", "kk|"...). */
export function start(prefix: string): number {
  return mix(OFFSET, prefix);
}

/** The bucket of a finished hash in a table of `dimensions` (a power of two). */
export function bucket(hash: number, dimensions: number): number {
  return (hash >>> 0) & (dimensions - 1);
}
