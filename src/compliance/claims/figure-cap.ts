// 最高 or 最多 before a figure is a cap on an offer (最高直降8000元, 最多可领3张, 最低只要99元), not a rank: the
// absolute head learned 最高 from rank claims (评价最高, 最高水平) and reads a cap the same way.
const CAP =
  /最(高|多|低)(只要|只需|仅需|仅|可|能|直|立|再|享|达|至)?(降|减|省|返|优惠|享|送|赠|补贴|抵|领|得|贷|借|赔)?\s*[¥￥]?\s*[\d一二两三四五六七八九十百千万]/g;
/** anything else in the span that ranks or compares: a cap beside 同行无法比 is still a rank claim */
const OTHER_RANK =
  /(最|唯一|独一|首[家个创选位]|冠军|顶级|顶尖|领先|第一|天花板|之王|无人能|无法比|没得比|比不了|不能比|超越|碾压|遥遥|极致|绝无仅有|史无前例|全网|全国|全城|全球|行业|同行|no\.?1|top\s?1)/i;

/** A model finding whose only superlative is a cap on a figure. */
export function onlyCaps(folded: string, start: number, end: number): boolean {
  const span = folded.slice(start, end);
  const rest = span.replace(CAP, "");
  return rest !== span && !OTHER_RANK.test(rest);
}
