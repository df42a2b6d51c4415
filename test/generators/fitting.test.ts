// fitting() answers "which items fit this segment" from flags kept per rule and field value; it must give
// exactly what asking fits() of every item gives, for every segment the eval matrix asks about, and the
// material built on it must not change. Real library, every industry, on two days (validity differs).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATION_INDUSTRIES, matrixOf } from "../../evals/generation/segments.ts";
import { parseGenerateRequest } from "../../src/generators/generate-drafts.ts";
import { industryItems } from "../../src/generators/material.ts";
import { fits, fitting, segmentOf } from "../../src/generators/segment.ts";
import type { RetrievedItem } from "../../src/rag/retrieve.ts";
import { libraryContext } from "./library-context.ts";

let context: Awaited<ReturnType<typeof libraryContext>>;
const pools = new Map<string, RetrievedItem[]>();

beforeAll(async () => {
  context = await libraryContext();
  for (const industry of GENERATION_INDUSTRIES) pools.set(industry, await industryItems(context, industry));
}, 120_000);
afterAll(() => context?.close());

describe("fitting", () => {
  it("equals filtering by fits() for every segment of the eval matrix, every industry, on two days", () => {
    let compared = 0;
    let fitted = 0;
    for (const day of ["2026-12-01", "2027-06-30"]) {
      for (const industry of GENERATION_INDUSTRIES) {
        const pool = pools.get(industry) ?? [];
        expect(pool.length).toBeGreaterThan(0);
        for (const input of matrixOf(industry)) {
          const segment = segmentOf(parseGenerateRequest({ ...input, seed: "s" }), day);
          const expected = pool.filter((item) => fits(item, segment));
          expect(fitting(pool, segment)).toEqual(expected);
          // a second ask reads the kept flags
          expect(fitting(pool, segment)).toEqual(expected);
          compared++;
          fitted += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(4_000);
    // not a vacuous comparison: segments do get items, and not all of them
    expect(fitted).toBeGreaterThan(compared);
  });

  it("sees a customer status and a missing scenario the way fits() does", () => {
    const pool = pools.get("finance") ?? [];
    for (const customer of ["new", "existing", undefined] as const) {
      for (const scenario of ["welcome", "renewal", undefined] as const) {
        const request = parseGenerateRequest({
          industry: "finance",
          channel: "private",
          stage: "decision",
          tier: "regular",
          ...(customer ? { customer } : {}),
          ...(scenario ? { scenario } : {}),
          seed: "s",
        });
        const segment = segmentOf(request, "2026-12-01");
        expect(fitting(pool, segment)).toEqual(pool.filter((item) => fits(item, segment)));
      }
    }
  });
});
