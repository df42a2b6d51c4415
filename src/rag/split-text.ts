import { sentenceSpans } from "./sentence-spans.ts";

export { chunkText } from "./chunk-text.ts";

/**
 * Chinese sentences of a text (see sentenceSpans for where they end), trimmed. langchain's splitters cut
 * Chinese mid-sentence on their own, so sentences come first and chunks are packed from them.
 */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end));
}
