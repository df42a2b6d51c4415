// Retrieval for one request: the approved items a draft may use, grouped by kind, with the brand they name.
import { type AppContext, today } from "../context.ts";
import { BENEFIT_TYPES } from "../domain/vocabulary.ts";
import { RETRIEVED_ITEM_COLUMNS, type RetrievedItem, retrieve } from "../rag/retrieve.ts";
import type { GenerateRequest } from "./generate-request.ts";

export interface Material {
  items: RetrievedItem[];
  /** Group message types of the retrieved group phrasings, by item id (retrieval does not carry them). */
  messageTypes: Map<string, string[]>;
  /** The brand the library's own notices and signatures use (和信银行); null when the library names none. */
  brand: string | null;
  /** A benefit the requester stated themselves: citable, as coming from the request. */
  requestBenefit: string | null;
}

const STAGE_WORDS = {
  icebreak: "认识 介绍 日常",
  interest: "案例 知识 对比",
  decision: "价格 优惠 下单",
} as const;
const SCENARIO_WORDS: Record<string, string> = {
  points_expiry: "积分 到期",
  birthday: "生日",
  renewal: "到期 续费 续保",
  dormant_reactivation: "回访 好久不见",
  promo_notice: "活动 大促",
  new_customer_activation: "新客 礼券",
  after_sale_callback: "售后 回访",
  delivery_appointment: "预约 配送 安装",
};

/** A query built from the request: product and benefit first, then the rep's strengths and the stage's words. */
export function materialQuery(request: GenerateRequest): string {
  return [
    request.product,
    request.benefit,
    ...request.persona.strengths,
    request.scenario ? SCENARIO_WORDS[request.scenario] : undefined,
    request.message_type === "deals_roundup" ? "福利 活动" : undefined,
    STAGE_WORDS[request.stage],
  ]
    .filter(Boolean)
    .join(" ");
}

const BRAND_PATTERNS = [
  /^【([^】]{2,16})】/m,
  /我是([\u4e00-\u9fa5A-Za-z0-9]{2,12}?)的AI/,
  /以【([^】]{2,16})】开头/,
];

export function brandFrom(texts: readonly string[]): string | null {
  for (const pattern of BRAND_PATTERNS) {
    for (const text of texts) {
      const match = pattern.exec(text);
      if (match?.[1]) return match[1];
    }
  }
  return null;
}

export type MandatedWording = Omit<RetrievedItem, "score">;

/**
 * The industry's mandated notices (and its SMS phrasings, which carry the brand signature), by the same hard
 * filters as retrieval. Notices are required wording, not ranked material: a draft needs the one that applies,
 * however poorly it matches the query, so they are selected, not searched.
 */
export async function mandatedWording(
  context: AppContext,
  request: GenerateRequest,
): Promise<MandatedWording[]> {
  const { rows } = await context.db.query<MandatedWording>(
    `SELECT ${RETRIEVED_ITEM_COLUMNS}, body AS text
     FROM library_items
     WHERE industry = $1 AND status = 'active' AND audience = 'customer'
       AND (kind = 'notice' OR (kind = 'phrasing' AND 'sms' = ANY(channels)))
       AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_until IS NULL OR valid_until >= $2::date)
     ORDER BY id`,
    [request.industry, today(context)],
  );
  return rows;
}

const applies = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);

function groupMessageTypes(request: GenerateRequest, items: readonly RetrievedItem[]): Map<string, string[]> {
  if (request.channel !== "group") return new Map();
  return new Map(
    items.filter((item) => item.kind === "phrasing").map((item) => [item.id, item.message_types]),
  );
}

export async function gatherMaterial(
  context: AppContext,
  request: GenerateRequest,
  mandated: Promise<MandatedWording[]> = mandatedWording(context, request),
): Promise<Material> {
  // Scenario is a hard filter like the others: an item with no scenarios applies to every scenario.
  const filter = {
    industry: request.industry,
    stage: request.stage,
    tier: request.tier,
    channel: request.channel,
    scenario: request.scenario,
  };
  const [main, wording] = await Promise.all([
    retrieve(context, {
      ...filter,
      query: materialQuery(request),
      k: 30,
      audience: "customer",
      kinds: ["product_fact", "customer_case", "benefit", "faq", "objection", "phrasing"],
    }),
    mandated,
  ]);
  const notices: RetrievedItem[] = wording
    .filter(
      (row) =>
        row.kind === "notice" &&
        applies(row.channels, request.channel) &&
        applies(row.stages, request.stage) &&
        applies(row.tiers, request.tier),
    )
    .map((item) => ({ ...item, score: 0 }));
  const items = [...main, ...notices];
  // The brand as the industry's own notices and SMS signatures write it, whatever the channel.
  const brand = brandFrom(wording.map((row) => row.text)) ?? brandFrom(items.map((item) => item.text));
  const benefit = request.benefit;
  const requestBenefit =
    benefit &&
    !(BENEFIT_TYPES as readonly string[]).includes(benefit) &&
    !items.some((item) => item.id === benefit)
      ? benefit
      : null;
  return { items, brand, requestBenefit, messageTypes: groupMessageTypes(request, items) };
}
