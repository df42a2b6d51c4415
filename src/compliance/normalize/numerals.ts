// Folds spoken, circled and full-width numerals to ASCII digits, one unit for one unit (offsets unchanged).
// Only for number checks (yield regexes, phone and ID numbers): 一 in ordinary words must stay a word.
import { readCharStyleMap } from "./char-style-map.ts";

let table: Map<number, number> | undefined;

function numeralTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (const [from, to] of readCharStyleMap("num")) {
    if (from.length === 1) table.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  table.set("幺".charCodeAt(0), 0x31);
  table.set("两".charCodeAt(0), 0x32);
  table.set("洞".charCodeAt(0), 0x30);
  return table;
}

export function foldNumerals(text: string): string {
  const map = numeralTable();
  let out = "";
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = map.get(text.charCodeAt(i));
    if (digit === undefined) continue;
    out += text.slice(copiedTo, i) + String.fromCharCode(digit);
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}
