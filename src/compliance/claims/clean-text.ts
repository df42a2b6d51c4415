// A clause's clean text: letters, digits, ideographs and % survive; punctuation, symbols, emoji and spaces do
// not. The clean text is what jieba segments and what cue and candidate offsets count in.

/** What the clean text drops, as a regex (the reference withoutNoise is tested against). */
export const NOISE = /[^\p{L}\p{N}%]/gu;
/** One character that the clean text keeps. */
export const KEPT = /[\p{L}\p{N}%]/u;

/** Per UTF-16 unit of the Basic Multilingual Plane, 1 when NOISE keeps it: built once (65,536 tests), so a
 * clause is cleaned by table look-ups rather than by a Unicode-property regex over every character. */
let keptUnits: Uint8Array | undefined;

function keptTable(): Uint8Array {
  if (!keptUnits) {
    keptUnits = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) keptUnits[code] = KEPT.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return keptUnits;
}

/** A surrogate pair's length (2) when one starts at `index`, else 1: a pair is one character to NOISE. */
function unitsAt(text: string, index: number): 1 | 2 {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** `text.replace(NOISE, "")`, by table; a text with nothing to drop is returned as it is. */
export function withoutNoise(text: string): string {
  const kept = keptTable();
  let result = "";
  let from = 0;
  for (let index = 0; index < text.length; ) {
    const units = unitsAt(text, index);
    const keep = units === 1 ? kept[text.charCodeAt(index)] === 1 : KEPT.test(text.slice(index, index + 2));
    if (!keep) {
      result += text.slice(from, index);
      from = index + units;
    }
    index += units;
  }
  return from === 0 ? text : result + text.slice(from);
}
