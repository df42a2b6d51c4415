// Whether a span of text is made of whole words. A sound-alike written to dodge a filter (神yao, 包zhi) stands as
// a word of its own; the same two characters inside ordinary words (精神要求 holds 神要, a sound-alike of 神药)
// straddle a word boundary, and jieba's segmentation of the few characters around them shows it.
import { sharedJieba } from "../../shared/jieba.ts";
import { HAN } from "./term-variants.ts";

/** characters of context on each side: enough for jieba to see the words the span sits in */
const CONTEXT = 6;

/** Whether [start, end) of `text` begins and ends on word boundaries; spans with other than Han characters pass. */
export function onWordBounds(text: string, start: number, end: number): boolean {
  if (!HAN.test(text.slice(start, end))) return true;
  const from = Math.max(0, start - CONTEXT);
  const words = sharedJieba().cut(text.slice(from, Math.min(text.length, end + CONTEXT)), false);
  const bounds = new Set<number>();
  let offset = from;
  bounds.add(offset);
  for (const word of words) {
    offset += word.length;
    bounds.add(offset);
  }
  return bounds.has(start) && bounds.has(end);
}
