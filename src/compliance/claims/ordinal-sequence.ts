// 第一 followed, further on, by a later ordinal of the same kind (第一级PP棉…第二级炭棒, 第一级…第十级) counts items of a list:
// an ordinal, not a rank. The rule's measure-word exceptions read one clause; a list runs over several.
const FIRST = /^第[一1]$/;
const MAX_REACH = 240;
const RANKING_KINDS = /[名家]/;

export function firstOfASequence(folded: string, start: number, end: number): boolean {
  if (!FIRST.test(folded.slice(start, end))) return false;
  const kind = folded[end];
  // 第一名 and 第一家 rank whatever follows them (第一名…第二名差得远 is a ranking, not a list)
  if (kind === undefined || !/[\u4e00-\u9fa5]/.test(kind) || RANKING_KINDS.test(kind)) return false;
  const rest = folded.slice(end + 1, end + 1 + MAX_REACH);
  return new RegExp(`第([二三四五六七八九十]|[2-9]|1\\d)${kind}`).test(rest);
}

/** the national slogans, 科技是第一生产力 or 创新是第一动力, rank a cause among causes; the slogan ends its clause */
const SLOGAN = /^(生产力|要务|资源|动力)(的(事实|道理|理念|论断|思想|观点|判断))?(?![\u4e00-\u9fa5A-Za-z])/;

const OTHER_RANK = /(最|唯一|首[家个创选位]|冠军|顶级|顶尖|领先|第一名|no\.?1|top\s?1)/i;

/**
 * A model finding whose only rank word is an ordinal: the first of a list, or 第一 before a measure word the
 * rule reads as an ordinal (第一道工序, 第一批). The head learned 第一 from rank claims.
 */
export function onlyOrdinals(
  folded: string,
  start: number,
  end: number,
  measureWords: readonly string[],
): boolean {
  const span = folded.slice(start, end);
  if (OTHER_RANK.test(span)) return false;
  let found = false;
  for (const match of span.matchAll(/第[一1]/g)) {
    const at = start + (match.index ?? 0);
    const after = folded.slice(at + 2, at + 6);
    const ordinal =
      firstOfASequence(folded, at, at + 2) ||
      measureWords.some((word) => after.startsWith(word)) ||
      SLOGAN.test(folded.slice(at + 2, at + 12));
    if (!ordinal) return false;
    found = true;
  }
  return found;
}
