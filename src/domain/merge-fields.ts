// Customer merge fields: placeholders such as {客户称呼} that the sending tool fills per customer. They are
// typed (a name, a number, a date...) so that an export can fill them from a spreadsheet column and refuse a
// value of the wrong type. They are never claims: approved text keeps them as placeholders. Any other
// {placeholder} in a draft is a hole (an unfilled brand or product, say) and no draft may carry one.

export const MERGE_FIELD_TYPES = ["name", "number", "date", "datetime", "text"] as const;
export type MergeFieldType = (typeof MERGE_FIELD_TYPES)[number];

export const MERGE_FIELDS = {
  客户称呼: "name",
  孩子称呼: "name",
  顾问姓名: "name",
  积分数: "number",
  剩余课时: "number",
  日期: "date",
  到期日期: "date",
  到货日期: "date",
  上课时间: "datetime",
  预约时间: "datetime",
  门店名称: "text",
  网点名称: "text",
  小区名称: "text",
  订单编号: "text",
} as const satisfies Record<string, MergeFieldType>;

export type MergeField = keyof typeof MERGE_FIELDS;

export function isMergeField(name: string): name is MergeField {
  return Object.hasOwn(MERGE_FIELDS, name);
}

const PLACEHOLDER = /\{([^{}]{1,20})\}/g;

/** The merge fields a text uses, each once, in order of first use. */
export function mergeFieldsOf(text: string): MergeField[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].filter(isMergeField);
}

/** Placeholders that are not merge fields: an unfilled brand, product or summary nobody may send. */
export function holesOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].filter(
    (name) => !isMergeField(name),
  );
}
