// 治愈 in everyday praise ("这款面霜用起来很治愈", "治愈系的香味", "音乐的治愈") means soothing, not cured. The claim head
// learned 治愈 from cure claims and reads the praise as one. A rule hit on 治愈 is an ambiguous term whose
// clause the candidate head reads; the claim head has no such check, so its finding of a health claim whose
// only health word is this sense is dropped. A disease named beside it ("很治愈，湿疹都好了") keeps the finding.
import { HEALTH_CLASSES, mentionsCue } from "./cue-lexicon.ts";

const COLLOQUIAL_HEALING =
  /((很|超|好|太|真|特别|巨|蛮|挺|超级|被)治愈|治愈(系|感|风|向|之处|之感|力满满)|治愈的(味道|滋味|美食|风景|时光|瞬间|感觉|力量|氛围|小店|一天|午后)|治愈(了|到)?(我|人心|心灵|心情|灵魂)|(温暖|自然|阳光|音乐|美食|童话|文字|书籍|阅读|风景|时光|陪伴|艺术|文学|诗歌)的治愈)/;

/** Whether the excerpt's health word is only 治愈 in its soothing sense. */
export function colloquialHealing(excerpt: string): boolean {
  return COLLOQUIAL_HEALING.test(excerpt) && !mentionsCue(excerpt, HEALTH_CLASSES);
}
