// Whether the library can ground a request at all. When no approved frame fits the segment, or none can be
// filled from eligible items, the request is refused (422) naming what is missing and what kind of item to add,
// instead of a hollow draft. The composer and a model answer to the same rule.
import { DomainError, type FieldError } from "../domain/errors.ts";
import { chooseFrames } from "./composer/frame-fill.ts";
import type { GenerateRequest } from "./generate-request.ts";
import type { Material } from "./material.ts";

export interface Uncovered {
  detail: string;
  errors: FieldError[];
  missing: Record<string, string | null>;
  add: string[];
  frames: Array<{ id: string; reason: string }>;
}

function segmentWords(material: Material): string {
  const { segment } = material;
  return [
    segment.industry,
    segment.channel,
    segment.message_type ? `message type ${segment.message_type}` : null,
    `stage ${segment.stage}`,
    `tier ${segment.tier}`,
    segment.scenario ? `scenario ${segment.scenario}` : null,
    segment.customer ? `${segment.customer} customer` : null,
    `tone ${segment.tone}`,
  ]
    .filter(Boolean)
    .join(", ");
}

function kindsToAdd(reasons: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const reason of reasons) {
    if (reason.includes("product_fact")) kinds.add("product_fact (with a clause)");
    if (reason.includes("offer")) kinds.add("benefit (with a clause and this segment's eligibility)");
    if (reason.includes("sms_signature")) kinds.add("notice (notice_type sms_signature)");
  }
  kinds.add("phrasing (a frame for this channel that fits the segment)");
  return [...kinds];
}

// Whether frames can be filled does not depend on the seed (only their order does): one answer per material.
const answers = new WeakMap<Material, Uncovered | null>();

export function uncovered(material: Material, request: GenerateRequest, seed: string): Uncovered | null {
  const known = answers.get(material);
  if (known !== undefined) return known;
  const answer = findGap(material, request, seed);
  answers.set(material, answer);
  return answer;
}

function findGap(material: Material, request: GenerateRequest, seed: string): Uncovered | null {
  const errors: FieldError[] = [];
  if (!material.productKnown) {
    errors.push({
      in: "body",
      field: "product",
      message: `the library holds no approved material about “${request.product}”`,
    });
  }
  const choice = chooseFrames({ request, material, avoid: new Set() }, seed, 0);
  if (choice.filled.length > 0 && errors.length === 0) return null;
  const { segment } = material;
  const missing = {
    industry: segment.industry,
    channel: segment.channel,
    stage: segment.stage,
    tier: segment.tier,
    scenario: segment.scenario,
    message_type: segment.message_type,
    customer: segment.customer,
    tone: segment.tone,
  };
  const frames = choice.unfillable.map((entry) => ({ id: entry.frame.id, reason: entry.reason }));
  const add =
    errors.length > 0 && choice.filled.length > 0
      ? ["product_fact (with a clause)"]
      : kindsToAdd(frames.map((f) => f.reason));
  const why =
    errors.length > 0
      ? errors.map((error) => error.message).join("; ")
      : frames.length === 0
        ? `no approved frame (phrasing) fits ${segmentWords(material)}`
        : `${frames.length} frame${frames.length > 1 ? "s fit" : " fits"} ${segmentWords(material)} but none can be filled: ${frames
            .slice(0, 4)
            .map((frame) => `${frame.id}: ${frame.reason}`)
            .join("; ")}`;
  // SMS frames are written per scenario (docs/library-format.md §7): a request naming none rarely fits one.
  const hint =
    frames.length === 0 && !segment.scenario && segment.channel === "sms"
      ? "; or name the request's scenario: sms frames are usually written for one"
      : "";
  return {
    detail: `the library cannot ground this request: ${why}. Add: ${add.join("; ")} (docs/library-format.md)${hint}`,
    errors,
    missing,
    add,
    frames,
  };
}

export function refuseUncovered(problem: Uncovered): DomainError {
  return new DomainError("unprocessable", problem.detail, problem.errors, {
    missing: problem.missing,
    add: problem.add,
    frames: problem.frames,
  });
}
