// sortedUnique sorts short lists by insertion: the features' order decides the order their weights are summed
// in, so it must equal a typed array's sort exactly, for short lists and long ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FEATURE_DIMENSIONS } from "../../src/compliance/claims/features.ts";
import { sortedUnique } from "../../src/compliance/claims/sorted-unique.ts";

describe("sortedUnique", () => {
  it("equals a typed array sorted and stripped of repeats", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(FEATURE_DIMENSIONS - 1), { maxLength: 200 }), (values) => {
        const expected = [...new Set(Uint32Array.from(values).sort())];
        expect([...sortedUnique([...values])]).toEqual(expected);
      }),
    );
  });
});
