// The segments the generation eval and bench cover: the eight industries issue 4 names, every stage and tier.
import { type Industry, STAGES, TIERS } from "../../src/domain/vocabulary.ts";

export const GENERATION_INDUSTRIES: readonly Industry[] = [
  "finance",
  "insurance",
  "pharma",
  "beauty",
  "mother_baby",
  "pets",
  "education",
  "manufacturing",
];
export { STAGES, TIERS };
