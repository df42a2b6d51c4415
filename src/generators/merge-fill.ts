// Filling customer merge fields ({客户称呼}, {积分数}...) at export time, from a spreadsheet's columns. Each value
// is checked against its field's type (a name, a number, a date...); a value that fails leaves the placeholder
// in place and says why. Only the placeholders change: the approved text around them stays exactly as approved.
import { isMergeField, MERGE_FIELDS, type MergeField } from "../domain/merge-fields.ts";

const NAME = /^[\p{L}\p{M}·•．. ]{1,20}$/u;
const NUMBER = /^\d{1,9}(\.\d{1,2})?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const CHINESE_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;
const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date as customers read it (2026年12月31日), or null when the value is no date. */
function readDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDate(year, month, day) ? `${year}年${month}月${day}日` : null;
  }
  const chinese = CHINESE_DATE.exec(value);
  if (chinese) {
    const [month, day] = [Number(chinese[2]), Number(chinese[3])];
    const year = chinese[1] ? Number(chinese[1]) : 2000;
    return validDate(year, month, day) ? value : null;
  }
  return null;
}

/** The value as it goes into the text, or an error saying what the field expects. */
export function mergeValue(field: MergeField, raw: unknown): { value: string } | { error: string } {
  const value = String(raw ?? "")
    .normalize("NFKC")
    .trim();
  if (value === "") return { error: `${field}: empty` };
  if (/[{}\n\r]/.test(value)) return { error: `${field}: braces and line breaks are not allowed` };
  switch (MERGE_FIELDS[field]) {
    case "name":
      return NAME.test(value) ? { value } : { error: `${field}: expected a name (letters only, up to 20)` };
    case "number":
      return NUMBER.test(value) ? { value } : { error: `${field}: expected a number, got “${value}”` };
    case "date": {
      const date = readDate(value);
      return date ? { value: date } : { error: `${field}: expected a date (YYYY-MM-DD), got “${value}”` };
    }
    case "datetime": {
      const [day, time] = value.split(/\s+/);
      const date = day ? readDate(day) : null;
      return date && time && TIME.test(time)
        ? { value: `${date} ${time.replace("：", ":")}` }
        : { error: `${field}: expected a date and time (YYYY-MM-DD HH:MM), got “${value}”` };
    }
    case "text":
      return value.length <= 30 ? { value } : { error: `${field}: at most 30 characters` };
  }
}

export interface Filled {
  text: string;
  filled: MergeField[];
  errors: string[];
}

/** Fills the merge fields `values` gives (by field name) and leaves every other character of `text` as it is. */
export function fillMergeFields(text: string, values: Readonly<Record<string, unknown>>): Filled {
  const filled: MergeField[] = [];
  const errors: string[] = [];
  const checked = new Map<string, { value: string } | { error: string }>();
  const out = text.replace(/\{([^{}]{1,20})\}/g, (whole, name: string) => {
    if (!isMergeField(name) || !Object.hasOwn(values, name)) return whole;
    let result = checked.get(name);
    if (!result) {
      result = mergeValue(name, values[name]);
      checked.set(name, result);
      if ("error" in result) errors.push(result.error);
      else filled.push(name);
    }
    return "value" in result ? result.value : whole;
  });
  return { text: out, filled, errors };
}
