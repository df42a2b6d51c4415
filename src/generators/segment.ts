// Who a draft is for, and which library items fit them (docs/library-format.md §4). Pure: material selection,
// the composer, the model's material and the eval's `ineligible` count all ask the same question here.
import type {
  Channel,
  GroupMessageType,
  Industry,
  Scenario,
  Stage,
  Tier,
  Tone,
} from "../domain/vocabulary.ts";
import type { CustomerStatus } from "../rag/library-item.ts";
import type { GenerateRequest } from "./generate-request.ts";

export interface Segment {
  industry: Industry;
  channel: Channel;
  stage: Stage;
  tier: Tier;
  scenario: Scenario | null;
  message_type: GroupMessageType | null;
  /** New or existing customer; null when neither the request nor its scenario says. */
  customer: CustomerStatus | null;
  tone: Tone;
  /** The day material must be valid on (YYYY-MM-DD). */
  day: string;
}

/** The fields of an item that decide where it may be used. */
export interface Placement {
  kind: string;
  audience?: string;
  stages: readonly string[];
  tiers: readonly string[];
  channels: readonly string[];
  scenarios: readonly string[];
  message_types: readonly string[];
  customers: readonly string[];
  valid_from: string | null;
  valid_until: string | null;
  tone?: string | null;
}

const NEW_CUSTOMER_SCENARIOS: ReadonlySet<string> = new Set([
  "add_friend",
  "welcome",
  "new_customer_activation",
]);
const EXISTING_CUSTOMER_SCENARIOS: ReadonlySet<string> = new Set([
  "dormant_reactivation",
  "renewal",
  "repurchase",
  "points_expiry",
  "after_sale_callback",
  "balance_payment",
  "delivery_appointment",
  "birthday",
]);
/** Kinds whose scenario list restricts them (a frame or an offer for one lifecycle moment only). */
const RESTRICTED_BY_SCENARIO: ReadonlySet<string> = new Set(["phrasing", "benefit"]);

export function customerStatusOf(
  request: Pick<GenerateRequest, "customer" | "scenario">,
): CustomerStatus | null {
  if (request.customer) return request.customer;
  if (!request.scenario) return null;
  if (NEW_CUSTOMER_SCENARIOS.has(request.scenario)) return "new";
  if (EXISTING_CUSTOMER_SCENARIOS.has(request.scenario)) return "existing";
  return null;
}

export function segmentOf(request: GenerateRequest, day: string): Segment {
  return {
    industry: request.industry,
    channel: request.channel,
    stage: request.stage,
    tier: request.tier,
    scenario: request.scenario ?? null,
    message_type: request.message_type ?? null,
    customer: customerStatusOf(request),
    tone: request.persona.tone,
    day,
  };
}

const admits = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);

type Rule =
  | "valid_from"
  | "valid_until"
  | "stages"
  | "tiers"
  | "channels"
  | "scenarios"
  | "message_types"
  | "customers"
  | "tone";

/** Each rule, in the order they are asked, with the segment fields it reads. */
const RULES: ReadonlyArray<{
  rule: Rule;
  reads: ReadonlyArray<keyof Segment>;
  breaks: (item: Placement, segment: Segment) => boolean;
}> = [
  { rule: "valid_from", reads: ["day"], breaks: (item, s) => !!item.valid_from && item.valid_from > s.day },
  {
    rule: "valid_until",
    reads: ["day"],
    breaks: (item, s) => !!item.valid_until && item.valid_until < s.day,
  },
  { rule: "stages", reads: ["stage"], breaks: (item, s) => !admits(item.stages, s.stage) },
  { rule: "tiers", reads: ["tier"], breaks: (item, s) => !admits(item.tiers, s.tier) },
  { rule: "channels", reads: ["channel"], breaks: (item, s) => !admits(item.channels, s.channel) },
  {
    rule: "scenarios",
    reads: ["scenario"],
    breaks: (item, s) =>
      item.scenarios.length > 0 &&
      (s.scenario ? !item.scenarios.includes(s.scenario) : RESTRICTED_BY_SCENARIO.has(item.kind)),
  },
  {
    rule: "message_types",
    reads: ["channel", "message_type"],
    breaks: (item, s) =>
      item.kind === "phrasing" && s.channel === "group"
        ? !s.message_type || !item.message_types.includes(s.message_type)
        : !!s.message_type && !admits(item.message_types, s.message_type),
  },
  {
    rule: "customers",
    reads: ["customer"],
    breaks: (item, s) => item.customers.length > 0 && !(s.customer && item.customers.includes(s.customer)),
  },
  {
    rule: "tone",
    reads: ["tone"],
    breaks: (item, s) => item.kind === "phrasing" && !!item.tone && item.tone !== s.tone,
  },
];

/** The first rule an item breaks for the segment, or null. No text is built: material selection asks this of
 * every item in the industry for every request, and most items do not fit. */
function brokenRule(item: Placement, segment: Segment): Rule | null {
  for (const { rule, breaks } of RULES) if (breaks(item, segment)) return rule;
  return null;
}

/**
 * The items of a fixed list that fit a segment, the same as filtering by fits(), without asking every item
 * every rule for every request: each rule reads one or two segment fields, so which items pass it is worked
 * out once per value of those fields (three stages, three tiers, a few channels...) and kept with the list.
 * Material selection shuffles through an industry's items for every request; this reads a few flags instead.
 */
export function fitting<T extends Placement>(items: readonly T[], segment: Segment): T[] {
  return fittingIndices(items, segment).map((at) => items[at] as T);
}

/** Where in `items` the ones that fit the segment are (see fitting). */
export function fittingIndices(items: readonly Placement[], segment: Segment): number[] {
  let passes = passing.get(items);
  if (!passes) {
    passes = RULES.map(() => new Map());
    passing.set(items, passes);
  }
  const lists: Uint8Array[] = [];
  RULES.forEach(({ reads, breaks }, index) => {
    const byValue = passes[index] as Map<string, Uint8Array>;
    const key = reads.map((field) => String(segment[field])).join("\u0000");
    let pass = byValue.get(key);
    if (!pass) {
      pass = Uint8Array.from(items, (item) => (breaks(item, segment) ? 0 : 1));
      byValue.set(key, pass);
    }
    lists.push(pass);
  });
  const fit: number[] = [];
  for (let at = 0; at < items.length; at++) {
    let passesAll = true;
    for (const pass of lists) {
      if (pass[at] !== 1) {
        passesAll = false;
        break;
      }
    }
    if (passesAll) fit.push(at);
  }
  return fit;
}

const passing = new WeakMap<readonly Placement[], Array<Map<string, Uint8Array>>>();

/** Why an item does not fit the segment (the first rule it breaks), or null when it fits. */
export function misfit(item: Placement, segment: Segment): string | null {
  const rule = brokenRule(item, segment);
  switch (rule) {
    case null:
      return null;
    case "valid_from":
      return `valid only from ${item.valid_from}`;
    case "valid_until":
      return `valid only until ${item.valid_until}`;
    case "tone":
      return `tone ${item.tone}`;
    default:
      return `${rule} ${item[rule].join("/")}`;
  }
}

export function fits(item: Placement, segment: Segment): boolean {
  return brokenRule(item, segment) === null;
}

/** How closely an item was written for this segment: a frame for this very scenario beats a general one. */
export function specificity(item: Placement, segment: Segment): number {
  let score = 0;
  if (segment.scenario && item.scenarios.includes(segment.scenario)) score += 8;
  // A frame written for this tier alone beats one shared by two tiers, which beats a general one.
  if (item.tiers.includes(segment.tier)) score += 4 + (3 - item.tiers.length);
  if (item.tone === segment.tone) score += 2;
  if (segment.customer && item.customers.includes(segment.customer)) score += 1;
  if (item.stages.includes(segment.stage)) score += 1;
  return score;
}
