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

/** The first rule an item breaks for the segment, or null. No text is built: material selection asks this of
 * every item in the industry for every request, and most items do not fit. */
function brokenRule(item: Placement, segment: Segment): Rule | null {
  if (item.valid_from && item.valid_from > segment.day) return "valid_from";
  if (item.valid_until && item.valid_until < segment.day) return "valid_until";
  if (!admits(item.stages, segment.stage)) return "stages";
  if (!admits(item.tiers, segment.tier)) return "tiers";
  if (!admits(item.channels, segment.channel)) return "channels";
  if (item.scenarios.length > 0) {
    const restricted = RESTRICTED_BY_SCENARIO.has(item.kind);
    if (segment.scenario ? !item.scenarios.includes(segment.scenario) : restricted) return "scenarios";
  }
  if (item.kind === "phrasing" && segment.channel === "group") {
    if (!segment.message_type || !item.message_types.includes(segment.message_type)) return "message_types";
  } else if (segment.message_type && !admits(item.message_types, segment.message_type)) {
    return "message_types";
  }
  if (item.customers.length > 0 && !(segment.customer && item.customers.includes(segment.customer))) {
    return "customers";
  }
  if (item.kind === "phrasing" && item.tone && item.tone !== segment.tone) return "tone";
  return null;
}

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
