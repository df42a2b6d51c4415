// The product's vocabulary (explained for users in docs/vocabulary.md), in one place, so that every schema, route and file speaks the same words.

export const CHANNELS = ["moments", "group", "private", "outbound", "sms"] as const;
export type Channel = (typeof CHANNELS)[number];

export const STAGES = ["icebreak", "interest", "decision"] as const;
export type Stage = (typeof STAGES)[number];

export const TIERS = ["high_value", "regular", "price_sensitive"] as const;
export type Tier = (typeof TIERS)[number];

export const SCENARIOS = [
  "add_friend",
  "welcome",
  "new_customer_activation",
  "birthday",
  "points_expiry",
  "dormant_reactivation",
  "promo_notice",
  "balance_payment",
  "after_sale_callback",
  "repurchase",
  "renewal",
  "delivery_appointment",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const INDUSTRIES = [
  "finance",
  "insurance",
  "pharma",
  "medical",
  "health_food",
  "beauty",
  "mother_baby",
  "pets",
  "jewelry",
  "education",
  "auto",
  "manufacturing",
  "retail",
  "food_beverage",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Group message types (社群文案) of the group channel. */
export const GROUP_MESSAGE_TYPES = [
  "welcome",
  "morning",
  "seeding",
  "new_product",
  "live_notice",
  "group_price",
  "lottery",
  "mini_game",
  "knowledge",
  "deals_roundup",
  "good_night",
] as const;
export type GroupMessageType = (typeof GROUP_MESSAGE_TYPES)[number];

export const BENEFIT_TYPES = [
  "coupon",
  "gift",
  "points",
  "free_service",
  "red_packet",
  "group_buy",
  "member_price",
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const TONES = ["relaxed", "rigorous"] as const;
export type Tone = (typeof TONES)[number];

export const PLAN_PURPOSES = ["break_ice", "reactivate", "convert"] as const;
export type PlanPurpose = (typeof PLAN_PURPOSES)[number];
