// The claim model's clause caches (reading-cache.ts, find-claims.ts) drop their oldest entry through FifoCache:
// it must hold exactly what a bounded Map in insertion order held, entry for entry, in the same order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FifoCache } from "../../src/shared/fifo-cache.ts";

/** What the caches did before: a Map whose first key goes when it is full. */
function mapSet(map: Map<number, number>, capacity: number, key: number, value: number): void {
  if (map.size >= capacity) map.delete(map.keys().next().value as number);
  map.set(key, value);
}

describe("FifoCache", () => {
  it("drops the same entries as a bounded Map in insertion order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer()), { maxLength: 200 }),
        (capacity, writes) => {
          const cache = new FifoCache<number, number>(capacity);
          const reference = new Map<number, number>();
          for (const [key, value] of writes) {
            cache.set(key, value);
            mapSet(reference, capacity, key, value);
            expect(cache.size).toBe(reference.size);
            for (let probe = 0; probe <= 12; probe++) expect(cache.get(probe)).toBe(reference.get(probe));
          }
        },
      ),
    );
  });

  it("starts over after clear", () => {
    const cache = new FifoCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.clear();
    cache.set("c", 3);
    cache.set("d", 4);
    cache.set("e", 5);
    expect([cache.get("c"), cache.get("d"), cache.get("e"), cache.size]).toEqual([undefined, 4, 5, 2]);
  });
});
