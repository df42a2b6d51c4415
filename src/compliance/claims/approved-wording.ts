// What a medicine or a health food may say of itself. A medicine's advert states the indications its label
// was approved for (《药品广告审查发布标准》: 以药品说明书为准), and a health food its registered function
// (保健食品功能目录, with 本品不能代替药物); neither is an Article 17 claim. The claim head learned symptoms and
// functions from foods and devices that may not name them, and read a pharmacy's listing as one. A sentence that
// promises anything beyond the label (a cure, a speed, a comparison, safety, no more medicine) is read in full:
// "本品用于失眠，一吃就睡得香" keeps its finding wherever the model placed it.

import { sentenceBounds } from "../rules/clause.ts";
import { HEALTH_CLASSES, mentionsCue } from "./cue-lexicon.ts";

const INDICATION = /(用于|适用于|主治|功能主治|功效主治|适应症|适应证)/;
const BEYOND_THE_LABEL =
  /(根治|治愈|痊愈|除根|断根|药到病除|复发|见效|疗效显著|效果显著|有效率|治愈率|保证|无效退款|副作用|立即|马上|立刻|彻底|神效|特效|奇效|神奇|[0-9一二三四五六七八九十两]+个?(天|日|周|星期|月|疗程)|一(吃|用|贴|喷|涂|服|喝|抹)就|比(?!如|方说)[^，。！？]{0,8}(好|强|快)|更好|最|告别|从此|不用再|不再|停药|安全|放心|各种|百病|所有)/;
// every registered function in the text is taken out at once (hence the g flag; it is never .test-ed)
const REGISTERED_FUNCTIONS =
  /(增强免疫力|免疫调节|抗氧化|缓解体力疲劳|抗疲劳|耐缺氧|提高缺氧耐受力|改善睡眠|缓解视疲劳|缓解视觉疲劳|促进骨健康|增加骨密度|改善缺铁性贫血|改善营养性贫血|润肠通便|辅助降血脂|辅助降血糖|辅助降血压|维持血脂健康水平|维持血糖健康水平|维持血压健康水平|辅助保护胃黏膜|有助于消化|促进消化|调节肠道菌群|祛痤疮|祛黄褐斑|改善皮肤水分|改善皮肤油分|调节体内脂肪|辅助改善记忆|改善记忆|清咽润喉|促进排铅|促进泌乳)/g;
const TREATING = /(病|癌|瘤|炎|症|治疗|治愈|药效|处方)/;

/**
 * Whether a model finding of a health claim is only what the product's own approval lets it say: a medicine's
 * indication (in a sentence that says 用于/主治) or a health food's registered function, in a sentence that
 * promises nothing beyond it.
 */
export function approvedWording(
  folded: string,
  start: number,
  end: number,
  industry: string | undefined,
): boolean {
  if (industry !== "pharma" && industry !== "health_food") return false;
  const { from, to } = sentenceBounds(folded, start, end);
  const sentence = folded.slice(from, to);
  if (BEYOND_THE_LABEL.test(sentence)) return false;
  if (industry === "pharma") return INDICATION.test(sentence);
  // a rule's span may be only part of the function (降血脂 of 辅助降血脂): the function around it is read too
  for (const match of sentence.matchAll(REGISTERED_FUNCTIONS)) {
    const at = from + (match.index ?? 0);
    if (at <= start && at + match[0].length >= end) return true;
  }
  const excerpt = folded.slice(start, end);
  const rest = excerpt.replace(REGISTERED_FUNCTIONS, "");
  return rest.length < excerpt.length && !TREATING.test(rest) && !mentionsCue(rest, HEALTH_CLASSES);
}
