// The forms a listed term takes when someone dodges a filter: pinyin (whole or mixed with characters),
// one homophone swapped in, digits for numerals. Every form is normalized like text.
import { pinyin } from "pinyin-pro";
import { normalizeTerm } from "../normalize/normalize.ts";

/** a string of Han characters only: the forms a homophone swap produces */
export const HAN = /^[\u3400-\u9fff]+$/;
const DIGITS: Record<string, string> = {
  零: "0",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
/** whole-pinyin forms shorter than this collide with ordinary latin text */
const MIN_PINYIN_LENGTH = 6;
const MAX_MIXED_TERM_LENGTH = 4;

function syllables(term: string): string[][] {
  const readings = pinyin(term, { toneType: "none", type: "array" });
  return readings.map((reading) => {
    const plain = reading.toLowerCase();
    return plain.includes("ü") ? [plain.replace(/ü/g, "v"), plain.replace(/ü/g, "u")] : [plain];
  });
}

function pinyinForms(term: string): string[] {
  const chars = [...term];
  const readings = syllables(term);
  if (readings.length !== chars.length) return [];
  const forms: string[] = [];
  const whole = readings.map((options) => options[0] ?? "").join("");
  if (whole.length >= MIN_PINYIN_LENGTH) forms.push(whole);
  if (chars.length > MAX_MIXED_TERM_LENGTH) return forms;
  const combinations = 1 << chars.length;
  for (let mask = 1; mask < combinations - 1; mask++) {
    forms.push(
      chars.map((char, index) => (mask & (1 << index) ? (readings[index]?.[0] ?? char) : char)).join(""),
    );
  }
  return forms;
}

function homophoneForms(term: string, homophones: Record<string, string[]>): string[] {
  const chars = [...term];
  const forms: string[] = [];
  chars.forEach((char, index) => {
    for (const swap of homophones[char] ?? []) {
      forms.push([...chars.slice(0, index), swap, ...chars.slice(index + 1)].join(""));
    }
  });
  return forms;
}

function digitForm(term: string): string[] {
  const digits = [...term].map((char) => DIGITS[char] ?? char).join("");
  return digits !== term ? [digits] : [];
}

/** Normalized forms of a term: the first is the term itself, the rest are evasions. */
export function termVariants(term: string, homophones: Record<string, string[]>): string[] {
  const base = normalizeTerm(term);
  const forms = new Set<string>([base]);
  if (base.length >= 2 && HAN.test(base)) {
    for (const form of [...pinyinForms(base), ...homophoneForms(base, homophones), ...digitForm(base)]) {
      const normalized = normalizeTerm(form);
      if (normalized.length >= 2) forms.add(normalized);
    }
  }
  return [...forms];
}
