// A grade an official body conferred (国家级重点中专, 国家级企业技术中心, 国家级非遗) is a fact the 2023 SAMR
// guideline lets a firm state truthfully; abs.national's `after` exceptions name these titles, so the rule lets
// them pass. The absolute head learned 国家级 from boasts and reads the title as one: its finding is dropped when
// every grade in it opens such a title and nothing else in it boasts.
import type { CompiledPack } from "../rules/compile-pack.ts";
import { exceptionAfterWords } from "../rules/exception-words.ts";

const GRADE = /(国家级|省级|部级)/g;
const OTHER_BOAST =
  /(最|第一|唯一|顶级|顶尖|首家|首创|领先|冠军|之王|王者|极致|完美|100%|百分百|绝对|世界级|国际级)/;
/** how far after the grade the title may end: 国家级毛纺新材料工程技术研究中心 */
const TITLE_REACH = 16;

/** Whether the excerpt's only grade words open titles a body conferred. */
export function onlyConferredTitles(pack: CompiledPack, excerpt: string): boolean {
  if (OTHER_BOAST.test(excerpt)) return false;
  const titles = exceptionAfterWords(pack, "abs.national");
  let graded = false;
  for (const match of excerpt.matchAll(GRADE)) {
    graded = true;
    const after =
      excerpt
        .slice(match.index + match[0].length)
        .split(/[，,。；;、\s]/)[0]
        ?.slice(0, TITLE_REACH) ?? "";
    if (!titles.some((title) => after.includes(title))) return false;
  }
  return graded;
}
