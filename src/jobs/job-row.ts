import { LABELS, type LabelTable } from "../domain/labels.ts";
import { isMergeField, type MergeField } from "../domain/merge-fields.ts";
import { mergeValue } from "../generators/merge-fill.ts";
import { type GenerationRequest, GenerationRequestSchema } from "./generation-request.ts";

/** A row that failed validation: where (sheet row, column as the sheet names it) and why. */
export interface RowError {
  in: "row";
  /** "row 12, column 渠道": what a person looks for in the sheet. */
  field: string;
  row: number;
  column: string;
  message: string;
}

/** One row of a job before validation: the sheet row number (or matrix index) and its cells by header. */
export interface RawRow {
  row: number;
  cells: Record<string, unknown>;
}

/** `fields`: the row's customer merge fields ({客户称呼}...) by name, type-checked, for the export to fill. */
export type ValidatedRow = { row: number; request: GenerationRequest; fields?: Record<string, string> };

// Request field for every header content ops write (English slugs and their Chinese names).
const HEADERS: Record<string, string> = {
  industry: "industry",
  行业: "industry",
  product: "product",
  产品: "product",
  stage: "stage",
  阶段: "stage",
  关系阶段: "stage",
  tier: "tier",
  客户层级: "tier",
  层级: "tier",
  channel: "channel",
  渠道: "channel",
  message_type: "message_type",
  社群类型: "message_type",
  消息类型: "message_type",
  scenario: "scenario",
  场景: "scenario",
  benefit: "benefit",
  利益点: "benefit",
  tone: "persona.tone",
  persona_tone: "persona.tone",
  语气: "persona.tone",
  persona_interests: "persona.interests",
  人设兴趣: "persona.interests",
  strengths: "persona.strengths",
  persona_strengths: "persona.strengths",
  擅长品类: "persona.strengths",
  customer_interests: "customer_interests",
  客户兴趣: "customer_interests",
  variants: "variants",
  条数: "variants",
  变体数: "variants",
  persona_name: "persona.name",
  顾问姓名: "persona.name",
  ai_label: "ai_label",
  ai标识: "ai_label",
  seed: "seed",
  种子: "seed",
};

const BOOLEANS: Record<string, boolean> = {
  true: true,
  yes: true,
  "1": true,
  是: true,
  false: false,
  no: false,
  "0": false,
  否: false,
};

// Cells may hold the Chinese name of a slug (DOMAIN.md); they are read as the slug.
const VALUES: Record<string, Record<string, string>> = {
  channel: {
    朋友圈: "moments",
    社群: "group",
    社群文案: "group",
    私聊: "private",
    "1对1": "private",
    一对一: "private",
    外呼: "outbound",
    AI外呼: "outbound",
    AI外呼话术: "outbound",
    短信: "sms",
  },
  stage: {
    破冰期: "icebreak",
    破冰: "icebreak",
    兴趣期: "interest",
    兴趣: "interest",
    决策期: "decision",
    决策: "decision",
  },
  tier: {
    高净值: "high_value",
    普通: "regular",
    观望: "regular",
    低购买力: "price_sensitive",
    价格敏感: "price_sensitive",
  },
  industry: {
    金融: "finance",
    理财: "finance",
    保险: "insurance",
    医药: "pharma",
    医疗: "medical",
    保健食品: "health_food",
    美妆: "beauty",
    母婴: "mother_baby",
    宠物: "pets",
    珠宝: "jewelry",
    教育: "education",
    汽车: "auto",
    制造: "manufacturing",
    制造业: "manufacturing",
    零售: "retail",
    食品饮料: "food_beverage",
  },
  "persona.tone": { 轻松: "relaxed", 严谨: "rigorous" },
  message_type: {
    欢迎语: "welcome",
    早安: "morning",
    种草: "seeding",
    新品: "new_product",
    直播预告: "live_notice",
    群专属价: "group_price",
    抽奖: "lottery",
    小游戏: "mini_game",
    知识分享: "knowledge",
    福利汇总: "deals_roundup",
    晚安: "good_night",
  },
  scenario: {
    私域加粉: "add_friend",
    欢迎语: "welcome",
    新客激活: "new_customer_activation",
    生日关怀: "birthday",
    积分到期提醒: "points_expiry",
    沉睡唤醒: "dormant_reactivation",
    大促通知: "promo_notice",
    尾款催付: "balance_payment",
    售后回访: "after_sale_callback",
    复购: "repurchase",
    续保: "renewal",
    续费: "renewal",
    预约配送安装: "delivery_appointment",
  },
};

const LIST_FIELDS = new Set(["persona.interests", "persona.strengths", "customer_interests"]);
const LIST_SEPARATORS = /[|,，、;；]/;

function fieldOf(header: string): string | undefined {
  const name = header.normalize("NFKC").trim();
  return Object.hasOwn(HEADERS, name)
    ? HEADERS[name]
    : Object.hasOwn(HEADERS, name.toLowerCase())
      ? HEADERS[name.toLowerCase()]
      : undefined;
}

/** A header naming a customer merge field (客户称呼, 积分数...) that no request field takes. */
function mergeFieldOf(header: string): MergeField | undefined {
  const name = header.normalize("NFKC").trim();
  return !fieldOf(header) && isMergeField(name) ? name : undefined;
}

/** Headers of a sheet that name no request field nor merge field: ignored, and reported once. */
export function unknownHeaders(headers: readonly string[]): string[] {
  return headers.filter((header) => header.trim() !== "" && !fieldOf(header) && !mergeFieldOf(header));
}

function cellValue(field: string, cell: unknown): unknown {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (Array.isArray(cell)) return cell;
  if (typeof cell !== "string") return cell;
  const text = cell.normalize("NFKC").trim();
  if (text === "") return undefined;
  if (LIST_FIELDS.has(field))
    return text
      .split(LIST_SEPARATORS)
      .map((part) => part.trim())
      .filter(Boolean);
  if (field === "variants") return /^\d+$/.test(text) ? Number(text) : text;
  if (field === "ai_label") return BOOLEANS[text.toLowerCase()] ?? text;
  const labels = VALUES[field];
  if (labels && Object.hasOwn(labels, text)) return labels[text];
  return slugForLabel(field, text) ?? text;
}

// The console's and the exports' words (src/domain/labels.ts) are read back too, so an exported sheet re-imports.
const LABEL_TABLES: Record<string, LabelTable> = {
  industry: "industry",
  channel: "channel",
  stage: "stage",
  tier: "tier",
  scenario: "scenario",
  message_type: "message_type",
  "persona.tone": "tone",
};

function slugForLabel(field: string, text: string): string | undefined {
  const table = LABEL_TABLES[field];
  if (!table) return undefined;
  return Object.entries(LABELS[table] as Record<string, string>).find(([, word]) => word === text)?.[0];
}

/**
 * Validates one row against the generation request schema. Headers are request fields or their Chinese
 * names; cells may be slugs or their Chinese names. Errors name the row and the column as the sheet wrote it.
 */
export function validateRow(raw: RawRow): ValidatedRow | { errors: RowError[] } {
  const request: Record<string, unknown> = {};
  const persona: Record<string, unknown> = {};
  const columnOf = new Map<string, string>();
  const fields: Record<string, string> = {};
  const fieldErrors: RowError[] = [];
  for (const [header, cell] of Object.entries(raw.cells)) {
    const merge = mergeFieldOf(header);
    if (merge && String(cell ?? "").trim() !== "") {
      const checked = mergeValue(merge, cell);
      if ("value" in checked) fields[merge] = String(cell).normalize("NFKC").trim();
      else
        fieldErrors.push({
          in: "row",
          field: `row ${raw.row}, column ${header}`,
          row: raw.row,
          column: header,
          message: checked.error,
        });
      continue;
    }
    const field = fieldOf(header);
    if (!field) continue;
    const value = cellValue(field, cell);
    if (value === undefined) continue;
    columnOf.set(field, header);
    if (field.startsWith("persona.")) persona[field.slice("persona.".length)] = value;
    else request[field] = value;
  }
  if (Object.keys(persona).length > 0) {
    request.persona = persona;
    columnOf.set("persona", columnOf.get("persona.tone") ?? "tone");
  }
  const parsed = GenerationRequestSchema.safeParse(request);
  if (parsed.success && fieldErrors.length === 0) {
    return { row: raw.row, request: parsed.data, ...(Object.keys(fields).length ? { fields } : {}) };
  }
  if (parsed.success) return { errors: fieldErrors };
  const errors = parsed.error.issues.map((issue): RowError => {
    const path = issue.path.map(String);
    const field = path.slice(0, 2).join(".");
    const column = columnOf.get(field) ?? columnOf.get(path[0] ?? "") ?? path[0] ?? "(row)";
    return {
      in: "row",
      field: `row ${raw.row}, column ${column}`,
      row: raw.row,
      column,
      message: issue.message,
    };
  });
  return { errors: [...errors, ...fieldErrors] };
}

/** Validates every row; the good ones and every error, in row order. */
export function validateRows(rows: readonly RawRow[]): { valid: ValidatedRow[]; errors: RowError[] } {
  const valid: ValidatedRow[] = [];
  const errors: RowError[] = [];
  for (const row of rows) {
    const result = validateRow(row);
    if ("errors" in result) errors.push(...result.errors);
    else valid.push(result);
  }
  return { valid, errors };
}
