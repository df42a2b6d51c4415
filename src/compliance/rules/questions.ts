// A hit inside a question: asked about (做水光安全吗？) or denied by the answer (…？当然不是) is no claim made;
// a rhetorical question, a why-question or a yes makes it after all.
import { CLAUSE_END, clauseBefore, NOISE } from "./clause.ts";

/** the answer may first name where no such thing is found: 市场上没有这样的产品, 世上哪有… */
const DENIAL =
  /^(市场上|世上|世界上|天底下|天下|现实中|这世上)?(当然不是|当然不|不是的|并不是|其实不是|其实不|并非|不是|根本没有|没有|未必|不一定|不可能|根本不存在|不存在|哪有|哪里有|别信|别轻信|不要信)/;

/** a reported yes-no question (有人问这是不是…): no question mark closes it */
const REPORTED_QUESTION = /(是不是|是否|算不算|有没有)/;
/** the denial that answers a reported question outright (其实不是); a bare 不是 may open a boast (不是吹) */
const OUTRIGHT_DENIAL = /^(其实不是|其实并不是|并不是|当然不是|不是的|并非如此|没有的事|答案是否定的)/;

/** "这瓶精华是万能的？当然不是。", "有人问这是不是国内首款，其实不是": a term in a question that the next words deny. */
export function deniedQuestion(folded: string, start: number, end: number): boolean {
  let to = end;
  while (to < folded.length && to - end < 24 && !/[。！!；;\n?？]/.test(folded[to] ?? "")) to++;
  if (/[?？]/.test(folded[to] ?? "")) return DENIAL.test(folded.slice(to + 1, to + 16).replace(NOISE, ""));
  if (!REPORTED_QUESTION.test(clauseBefore(folded, start))) return false;
  let clauseEnd = end;
  while (clauseEnd < folded.length && clauseEnd - end < 24 && !CLAUSE_END.test(folded[clauseEnd] ?? ""))
    clauseEnd++;
  return OUTRIGHT_DENIAL.test(folded.slice(clauseEnd + 1, clauseEnd + 16).replace(NOISE, ""));
}

/** A model's span may run past the question into its answer ("收益稳是不是就保本？不是的"): the question is read up to
 * its own mark, so the answer after it is what denies it. */
export function answeredNo(folded: string, start: number, end: number): boolean {
  const span = folded.slice(start, end);
  const mark = span.search(/[?？]/);
  // a span that stops short of its question mark ("保本型就是不会亏吗") is asked only if the mark closes its own
  // clause: "买必赚，回撤？不存在的" asks about the drawdown, not the gain
  if (mark < 0) return QUESTION_CLOSES.test(folded.slice(end, end + 6)) && deniedQuestion(folded, start, end);
  // only a yes-no question is answered by 不是: "回撤？不存在的" names a risk and denies the risk, which is the claim
  return YES_NO.test(span.slice(0, mark)) && deniedQuestion(folded, start, start + mark);
}

const QUESTION_CLOSES = /^[^，,。！!；;\n]{0,3}[?？]/;
const YES_NO = /(是不是|是否|会不会|能不能|可不可以|有没有|算不算|(吗|么|呢)$)/;

/** a rhetorical question asserts what it asks: 难道不是最好的吗, 谁说不能根治, 还有比这更安全的吗 */
const RHETORICAL =
  /(难道|谁说|谁敢说|谁能比|哪里|哪儿|哪有|还有比|还有谁|还有哪|岂|何必|怎么会不|能不|为什么|为何|凭什么)/;
/** a question the next words answer yes (回报稳吗？当然！) makes the claim after all */
const AFFIRMED = /^(当然|是的|是啊|对的|对啊|没错|肯定|必须|绝对|放心|答案是肯定|能|可以|会的|有的|一定)/;
/** a question for a fact (还在等什么, 怎么选) asks nothing of the claim before it */
const WH_WORD = /(什么|怎么|怎样|哪|谁|几|多少)/;

/** "做水光安全吗？", "收益能保本么": the claim is asked about, not made. Only when the hit's own clause ends, within
 * a few characters, in a question mark or a question particle, and nothing before it makes the question rhetorical. */
export function askedQuestion(folded: string, start: number, end: number): boolean {
  let to = end;
  while (to < folded.length && to - end < 6 && !CLAUSE_END.test(folded[to] ?? "")) to++;
  const tail = folded.slice(end, to).replace(NOISE, "");
  const asked = /[?？]/.test(folded[to] ?? "") || /(吗|么|嘛|呢)$/.test(tail);
  if (!asked || WH_WORD.test(tail)) return false;
  if (AFFIRMED.test(folded.slice(to + 1, to + 12).replace(NOISE, ""))) return false;
  return !RHETORICAL.test(clauseBefore(folded, start)) && !RHETORICAL.test(folded.slice(start, end));
}
