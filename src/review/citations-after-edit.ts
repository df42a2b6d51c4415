// After an edit, which approved item still backs which sentence. A citation stays while the sentence it backs is
// still in the text; a sentence that is now word for word an item's text gets that item; a cited sentence that
// was rewritten (still recognisably the same sentence, no longer the material's words) has lost its source, and
// that is a finding for the reviewer: the edit may have changed a fact the material stated.
import type { Citation, SourceSnapshot } from "../drafts/draft.ts";
import { sentenceSpans } from "../rag/sentence-spans.ts";

export interface SourceLostFinding {
  kind: "source_lost";
  /** The rewritten sentence, as it now reads. */
  claim: string;
  start: number;
  end: number;
  severity: "warn";
  message: string;
  item_id: string;
  item_version: number;
  /** The words the item backed before the edit. */
  previous_claim: string;
}

export interface CitationsAfterEdit {
  citations: Citation[];
  lost: SourceLostFinding[];
}

/** How alike a sentence must be to the one it replaces to count as the same sentence reworded. */
const SAME_CLAIM = 0.5;
/** How alike a citation's claim must be to a sentence of the text to be placed on it (paraphrased claims). */
const PLACED = 0.3;
/** A sentence this short that happens to occur in an item ("欢迎咨询。") is not a claim taken from it. */
const MIN_QUOTED = 6;

const EDGE_PUNCTUATION = /^[，。！？；、：,.!?;:…\s]+|[，。！？；、：,.!?;:…\s]+$/gu;

/** A sentence's words for comparison: no whitespace, no punctuation at its ends. */
export function core(text: string): string {
  return text.replace(/\s+/gu, "").replace(EDGE_PUNCTUATION, "");
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character bigrams: 1 for the same words, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const count of left.values()) total += count;
  for (const [gram, count] of right) {
    total += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

interface Sentence {
  text: string;
  core: string;
  start: number;
  end: number;
}

function sentencesOf(text: string): Sentence[] {
  return sentenceSpans(text).map((span) => {
    const sentence = text.slice(span.start, span.end);
    return { text: sentence, core: core(sentence), start: span.start, end: span.end };
  });
}

function mostAlike(
  target: string,
  sentences: readonly Sentence[],
): { sentence: Sentence; score: number } | null {
  let best: { sentence: Sentence; score: number } | null = null;
  for (const sentence of sentences) {
    const score = similarity(target, sentence.core);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best;
}

/** True when the new sentence says something the old one did not (not merely words taken out). */
function addsWords(sentence: string, before: string): boolean {
  const old = bigrams(before);
  return [...bigrams(sentence).keys()].some((gram) => !old.has(gram));
}

export function citationsAfterEdit(input: {
  previousBody: string;
  body: string;
  citations: readonly Citation[];
  sources: readonly SourceSnapshot[];
}): CitationsAfterEdit {
  const previousText = core(input.previousBody);
  const text = core(input.body);
  const previous = sentencesOf(input.previousBody);
  const current = sentencesOf(input.body);
  const byItem = new Map(input.sources.map((source) => [`${source.id}@${source.version}`, source]));
  const citations: Citation[] = [];
  const lost = new Map<Sentence, SourceLostFinding>();
  for (const citation of input.citations) {
    // What the citation backed before the edit: its own words if the text had them, else the sentence that
    // paraphrased it; and the sentence it sat in, which is what an editor rewrites.
    const own = core(citation.claim);
    let words: string | null = own.length > 0 && previousText.includes(own) ? own : null;
    let sentence: string | null = null;
    if (words !== null) {
      sentence = previous.find((candidate) => candidate.core.includes(own))?.core ?? own;
    } else {
      const placed = mostAlike(own, previous);
      if (placed && placed.score >= PLACED) words = sentence = placed.sentence.core;
    }
    // A claim that was not in the text before the edit either backs nothing now.
    if (words === null || sentence === null) continue;
    if (text.includes(words)) {
      citations.push(citation);
      continue;
    }
    const rewritten = mostAlike(sentence, current);
    // Deleted, or only shortened: a sentence gone (or words taken out) claims nothing new.
    if (!rewritten || rewritten.score < SAME_CLAIM || !addsWords(rewritten.sentence.core, sentence)) continue;
    const item = byItem.get(`${citation.item_id}@${citation.item_version}`);
    if (item && core(item.text).includes(rewritten.sentence.core)) {
      citations.push({ ...citation, claim: rewritten.sentence.text });
      continue;
    }
    if (!lost.has(rewritten.sentence)) {
      lost.set(rewritten.sentence, {
        kind: "source_lost",
        claim: rewritten.sentence.text,
        start: rewritten.sentence.start,
        end: rewritten.sentence.end,
        severity: "warn",
        message: `这句改写后与所引素材「${item?.title ?? citation.item_id}」不再一致：请核对事实，或恢复素材原句`,
        item_id: citation.item_id,
        item_version: citation.item_version,
        previous_claim: citation.claim,
      });
    }
  }
  // A sentence that is now an item's own words is backed by it, whoever typed it.
  for (const sentence of current) {
    if (sentence.core.length < MIN_QUOTED || lost.has(sentence)) continue;
    const backed = citations.some((citation) => {
      const claim = core(citation.claim);
      return claim.length > 0 && sentence.core.includes(claim);
    });
    if (backed) continue;
    const item = input.sources.find((source) => core(source.text).includes(sentence.core));
    if (item) citations.push({ item_id: item.id, item_version: item.version, claim: sentence.text });
  }
  return { citations, lost: [...lost.values()].sort((a, b) => a.start - b.start) };
}
