// A company's creed ("坚持“信誉为重、质量第一”的宗旨", "以客户至上为经营理念") says how it means to work, not how
// its product ranks: the 2023 SAMR guideline on absolute terms leaves statements of a firm's philosophy out. The
// absolute head learned 第一 and 至上 from rank claims and reads the creed as one, so its finding in a sentence
// that names the creed is dropped, unless the finding itself ranks something over a field (全国销量第一). Two
// mottos side by side ("诚信为本，顾客至上") are a creed without the word for one, and so is a sentence under a
// creed's heading (教育理念：…).
import { sentenceBounds } from "../rules/clause.ts";

const CREED =
  /(宗旨|理念|方针|信条|企业精神|经营思想|座右铭|价值观|企业文化|经营原则|不懈追求|永恒的追求|的前提下|为前提|的原则)/;
const MOTTO =
  /(质量|信誉|名誉|声誉|诚信|客户|顾客|用户|服务|安全|品质|信用|责任|创新|人才|效率|时尚|专业|环保|技术|科技|学生|患者|病人|乘客)(第一|至上|为重|为本|为先)/g;
/** a creed under its own heading (教育理念：…, 校训：…): what follows is how the firm means to work */
const CREED_LABEL =
  /^\s*[^，,。！？\n]{0,6}(理念|宗旨|校训|院训|厂训|司训|行训|座右铭|格言|企业精神|价值观|校风|学风|追求|原则)[:：]/;
const RANKS_A_FIELD = /(全国|全网|全球|国内|行业|业内|同类|销量|排名|市场占有)/;
const MAX_REACH = 120;

/** Whether an absolute finding on text[start, end) sits in a sentence that states the firm's creed. */
export function inACreed(text: string, start: number, end: number): boolean {
  if (RANKS_A_FIELD.test(text.slice(start, end))) return false;
  const { from, to } = sentenceBounds(text, start, end, MAX_REACH);
  const sentence = text.slice(from, to);
  if (CREED_LABEL.test(sentence)) return true;
  const mottos = [...sentence.matchAll(MOTTO)];
  if (mottos.length === 1) return CREED.test(sentence);
  // two mottos side by side vouch only for themselves: 品质第一，服务至上，全城最好 still boasts in its third clause
  if (mottos.length < 2) return false;
  const inAMotto = (at: number) =>
    mottos.some((motto) => {
      const first = from + (motto.index ?? 0);
      return first <= at && at < first + motto[0].length;
    });
  for (let at = start; at < end; at++) if (!inAMotto(at) && !/[\s\p{P}]/u.test(text[at] ?? "")) return false;
  return true;
}
