// Guidance (policies, objection-handling advice, writers' notes) shapes drafts and must never appear in one.
// A draft sentence that repeats a guidance sentence, exactly or nearly, or that carries a writers' note marker
// ("应对思路：") is a block finding, for the composer and a model alike.

import { sentenceSpans } from "../rag/sentence-spans.ts";
import type { GroundingFinding } from "./grounding.ts";

/** Markers of text written for writers, not customers. */
const INTERNAL_NOTE =
  /(应对思路|话术思路|话术要点|沟通要点|内部(资料|培训|参考|提示)|仅供内部|不得对外|注意事项)[:：]/;
const MIN_CHARS = 10;
const NEAR = 0.6;

function squeeze(text: string): string {
  return text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

function bigrams(text: string): Set<string> {
  const chars = [...text];
  const grams = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index++) grams.add(`${chars[index]}${chars[index + 1]}`);
  return grams;
}

/** How much of the shorter text's bigrams the other one holds (1 = one contains the other). */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size;
}

export interface GuidanceText {
  id: string;
  text: string;
}

/** Prepared once per material: every guidance sentence long enough to mean something. */
export function guidanceSentences(
  items: readonly GuidanceText[],
): Array<{ id: string; text: string; grams: Set<string> }> {
  return items.flatMap((item) =>
    sentenceSpans(item.text).flatMap((span) => {
      const text = squeeze(item.text.slice(span.start, span.end));
      return text.length >= MIN_CHARS ? [{ id: item.id, text, grams: bigrams(text) }] : [];
    }),
  );
}

// Prepared once per guidance item: the industry's pool keeps the same item objects for every request, so a
// material made for a new segment (most bulk requests) reuses what earlier ones prepared.
const preparedItems = new WeakMap<GuidanceText, ReturnType<typeof guidanceSentences>>();

function prepared(item: GuidanceText): ReturnType<typeof guidanceSentences> {
  let sentences = preparedItems.get(item);
  if (!sentences) {
    sentences = guidanceSentences([item]);
    preparedItems.set(item, sentences);
  }
  return sentences;
}

// Whether a draft sentence repeats a guidance item, remembered per item: drafts are built from the same approved
// sentences over and over, and comparing one with every guidance sentence is most of this check's cost.
const MAX_REMEMBERED = 5_000;
const repeatsByItem = new WeakMap<GuidanceText, Map<string, boolean>>();

/** The first guidance item (in the material's order) the sentence repeats, exactly or nearly. */
function repeatedItem(sentence: string, guidance: readonly GuidanceText[]): string | undefined {
  let squeezed: string | undefined;
  let grams: Set<string> | undefined;
  for (const item of guidance) {
    let remembered = repeatsByItem.get(item);
    if (!remembered) {
      remembered = new Map();
      repeatsByItem.set(item, remembered);
    }
    let repeats = remembered.get(sentence);
    if (repeats === undefined) {
      squeezed ??= squeeze(sentence);
      if (squeezed.length >= MIN_CHARS) {
        const text = squeezed;
        grams ??= bigrams(text);
        const own = grams;
        repeats = prepared(item).some(
          (entry) =>
            text.includes(entry.text) || entry.text.includes(text) || overlap(own, entry.grams) >= NEAR,
        );
      } else repeats = false;
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(sentence, repeats);
    }
    if (repeats) return item.id;
  }
  return undefined;
}

export function guidanceLeaks(body: string, guidance: readonly GuidanceText[]): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const span of sentenceSpans(body)) {
    const sentence = body.slice(span.start, span.end);
    const marker = INTERNAL_NOTE.exec(sentence);
    const source = marker ? undefined : repeatedItem(sentence, guidance);
    if (!marker && !source) continue;
    findings.push({
      kind: "guidance",
      claim: sentence.trim(),
      start: span.start,
      end: span.end,
      severity: "block",
      message: marker
        ? `“${marker[0]}” marks a note for writers: it is never said to a customer`
        : `repeats guidance ${source} (a rule for writers): guidance shapes drafts and never appears in one`,
    });
  }
  return findings;
}
