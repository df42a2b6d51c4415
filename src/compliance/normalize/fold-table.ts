// One lookup table per UTF-16 code unit: what it folds to and whether it is skipped.
// Built once at start-up from NFKC, lower case, OpenCC traditional→simplified and houbb's letter styles.
import * as OpenCC from "opencc-js/t2cn";
import { readCharStyleMap } from "./char-style-map.ts";

export const KEEP = 0;
export const SKIP = 1;
/** sentence ends: a term never spans one */
export const STOP = 2;

export interface FoldTable {
  /** folded code unit for every code unit (identity where nothing applies) */
  fold: Uint16Array;
  /** KEEP, SKIP or STOP for every code unit; surrogates are decided by the normalizer */
  kind: Uint8Array;
}

const SKIPPABLE = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{M}]/u;
const KEPT_SYMBOLS = new Set(["%"]);
const SENTENCE_ENDS = new Set(["。", "!", "?", ";", "\n", "\r", "｡"]);

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function simplifiedCjk(): Map<number, number> {
  const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
  const codes: number[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) codes.push(code);
  const source = codes.map((code) => String.fromCharCode(code)).join("\n");
  const converted = toSimplified(source).split("\n");
  const result = new Map<number, number>();
  if (converted.length !== codes.length) return result;
  codes.forEach((code, index) => {
    const out = converted[index];
    if (out && out.length === 1 && out.charCodeAt(0) !== code) result.set(code, out.charCodeAt(0));
  });
  return result;
}

/** [traditional or variant, simplified] pairs that single-character conversion leaves alone */
const CONTEXT_ONLY: ReadonlyArray<readonly [string, string]> = [
  ["麼", "么"],
  ["麽", "么"],
  ["么", "么"],
];

function buildFoldTable(): FoldTable {
  const fold = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  const letters = readCharStyleMap("english");
  for (let code = 0; code < 0x10000; code++) {
    fold[code] = code;
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    let folded = char.normalize("NFKC");
    if (folded.length !== 1) folded = letters.get(char) ?? char;
    folded = folded.toLowerCase();
    if (folded.length !== 1) folded = char;
    if (SENTENCE_ENDS.has(folded)) kind[code] = STOP;
    else if (!KEPT_SYMBOLS.has(folded) && SKIPPABLE.test(folded)) kind[code] = SKIP;
    fold[code] = folded.charCodeAt(0);
  }
  for (const [code, simplified] of simplifiedCjk()) fold[code] = simplified;
  // characters OpenCC converts only by the word around them: alone, 麼 stays 麼 while 么 (Taiwan's 幺) becomes
  // 幺, so 什麼 would never meet 什么
  for (const [traditional, simplified] of CONTEXT_ONLY)
    fold[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
  // compatibility ideographs fold (via NFKC) onto unified ones; follow them through to simplified
  for (let code = 0xf900; code <= 0xfaff; code++) {
    const target = fold[code] ?? code;
    if (isCjk(target)) fold[code] = fold[target] ?? target;
  }
  return { fold, kind };
}

let table: FoldTable | undefined;

export function foldTable(): FoldTable {
  table ??= buildFoldTable();
  return table;
}

/** Same-length folding (width, case, simplified): offsets stay identical. Used by regex-based PII checks. */
export function foldSameLength(text: string): string {
  const { fold } = foldTable();
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code >= 0xd800 && code <= 0xdfff ? code : (fold[code] ?? code);
  }
  return decodeUnits(out);
}

const decoder = new TextDecoder("utf-16le");

export function decodeUnits(units: Uint16Array): string {
  return decoder.decode(units);
}
