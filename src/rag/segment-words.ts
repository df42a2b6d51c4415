import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

// Loading the default dictionary takes ~150 ms and ~30 MB, so it happens on first use, once per process.
let jieba: Jieba | undefined;

/** NFKC folds full-width latin and digits (ＡＢＣ１２３) into ASCII; lowercase makes "iPhone" match "iphone". */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Jieba words of already-normalized text; `forSearch` adds the sub-words of long compounds (理财产品 → 理财, 产品). */
export function segmentWords(normalized: string, forSearch = false): string[] {
  jieba ??= Jieba.withDict(dict);
  return forSearch ? jieba.cutForSearch(normalized, true) : jieba.cut(normalized, true);
}
