// A bounded map that drops its oldest entry first. `map.delete(map.keys().next().value)` does the same on a
// plain Map, but V8 leaves a deleted entry in place until the table is rebuilt, so finding the first live key
// walks past every entry dropped since: on a full cache of 20,000 clauses that walk was 28% of a whole check
// in the profile. The keys are kept in insertion order in a ring as well, so the oldest is found in one step.

export class FifoCache<K, V> {
  private readonly entries = new Map<K, V>();
  /** live keys in insertion order, from `oldest` on (a slot is reused once its key is dropped) */
  private readonly order: K[] = [];
  private oldest = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` under `key`. A full cache drops its oldest entry first, as a bounded Map in insertion
   * order would, even when `key` is already held (setting a held key does not make it newer). */
  set(key: K, value: V): void {
    if (this.entries.size >= this.capacity) this.dropOldest();
    const held = this.entries.size;
    this.entries.set(key, value);
    // a new key grew the map: it goes in the slot after the newest held (one look-up, not has() then set())
    if (this.entries.size > held) this.order[(this.oldest + held) % this.capacity] = key;
  }

  clear(): void {
    this.entries.clear();
    this.order.length = 0;
    this.oldest = 0;
  }

  private dropOldest(): void {
    this.entries.delete(this.order[this.oldest] as K);
    this.oldest = (this.oldest + 1) % this.capacity;
  }
}
