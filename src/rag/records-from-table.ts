import { LibraryItemSchema } from "./library-item.ts";
import type { RawItem } from "./load-library-files.ts";

const FIELDS = new Set(Object.keys(LibraryItemSchema.shape));

// The headers content ops write in their own spreadsheets. A Map, so that a header like "constructor"
// finds nothing here instead of Object.prototype's.
const CHINESE_HEADERS = new Map(
  Object.entries({
    编号: "id",
    类型: "kind",
    受众: "audience",
    适用客户: "customers",
    行业: "industry",
    标题: "title",
    正文: "text",
    内容: "text",
    产品: "product",
    阶段: "stages",
    客户层级: "tiers",
    层级: "tiers",
    渠道: "channels",
    场景: "scenarios",
    社群类型: "message_types",
    标签: "tags",
    提示类型: "notice_type",
    权益类型: "benefit_type",
    生效日期: "valid_from",
    失效日期: "valid_until",
    来源: "source",
    审核人: "approved_by",
    语气: "tone",
    短句: "clause",
    开头: "openings",
  }),
);

const LIST_FIELDS = new Set([
  "stages",
  "tiers",
  "channels",
  "scenarios",
  "message_types",
  "tags",
  "customers",
  "openings",
]);
// People separate list cells with whatever their keyboard gives: | , ， 、 ; ；
const LIST_SEPARATORS = /[|,，、;；]/;
// Openings are sentences with their own commas: only | or a line break separates them.
const SENTENCE_LIST_SEPARATORS = /[|\n]/;

/**
 * Item records from the rows of a table (CSV, a spreadsheet's first sheet, an uploaded sheet). Headers are
 * schema field names or their Chinese names (编号, 正文...); an unknown header is kept as it is, so the schema
 * rejects it by name. List cells are split on | , ， 、 ; ；. Empty cells are left out, so an optional field
 * may stay blank, and an all-empty row is no item. `origin` receives the index of the row in `rows`.
 */
export function recordsFromTable(rows: Record<string, string>[], origin: (row: number) => string): RawItem[] {
  const items: RawItem[] = [];
  rows.forEach((row, index) => {
    // A Map, not an object: a header such as "__proto__" from an uploaded sheet must stay a plain key,
    // which Object.fromEntries then defines as an own property for validation to reject.
    const record = new Map<string, string | string[]>();
    for (const [header, cell] of Object.entries(row)) {
      const field = fieldOf(header);
      const value = cell.trim();
      // A column with no header holds nothing the schema can name (often a trailing delimiter).
      if (!field || !value || record.has(field)) continue;
      record.set(field, LIST_FIELDS.has(field) ? splitList(value, field) : value);
    }
    if (record.size > 0) items.push({ origin: origin(index), record: Object.fromEntries(record) });
  });
  return items;
}

function fieldOf(header: string): string {
  const name = header.normalize("NFKC").trim();
  const lower = name.toLowerCase();
  if (FIELDS.has(lower)) return lower;
  return CHINESE_HEADERS.get(name) ?? name;
}

function splitList(value: string, field: string): string[] {
  return value
    .split(field === "openings" ? SENTENCE_LIST_SEPARATORS : LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
}
