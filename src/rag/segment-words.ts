import { sharedJieba } from "../shared/jieba.ts";

/** NFKC folds full-width latin and digits (ＡＢＣ１２３) into ASCII; lowercase makes "iPhone" match "iphone". */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Jieba words of already-normalized text; `forSearch` adds the sub-words of long compounds (理财产品 → 理财, 产品). */
export function segmentWords(normalized: string, forSearch = false): string[] {
  const jieba = sharedJieba();
  return forSearch ? jieba.cutForSearch(normalized, true) : jieba.cut(normalized, true);
}
