// Innocent-context checks around a hit: a negation or warning just before it, a debunking word just after.
import { CLAUSE_END, clauseAfter, clauseBefore, NOISE, sentenceBounds } from "./clause.ts";
import { askedQuestion, deniedQuestion } from "./questions.ts";
import { conferredAward, quotedDenial } from "./quotations.ts";

/** One-character words must touch the hit; longer words may sit anywhere in the clause window. */
function mentions(window: string, words: readonly string[], touching: (word: string) => boolean): boolean {
  return words.some((word) => (word.length === 1 ? touching(word) : window.includes(word) || touching(word)));
}

/**
 * A norm that forbids what follows, anywhere earlier in the clause: 不得明示或者暗示保本、无风险, 定投不能保证盈利,
 * 亦不保证用户购买的任何项目肯定会盈利,
 * 不宜使用包治百病的保健品, 违规使用高收益、无风险等表述, 不存在任何“保证下款”等中介服务. Regulators' notices and
 * investor education say the banned words to ban them, and a lender denies that such services exist. A disclaimer
 * (展示不代表本店会对任何理财承诺保本) and a notice that a pitch misleads (让老人误信能稳赚) deny what follows them too;
 * 并非意味着 denies the whole clause it opens (并非意味着买了就稳赚), and so does a denial that evidence exists
 * (尚无充分证据表明补充它可预防近视), unless it boasts over rivals (没有证据表明别家能像我们一样…), denies a
 * negation (…证明它不能…) or a harm (…有副作用);
 * a platform's disclaimer can run long (未以任何形式或通过任何渠道向各位出借人承诺保本保息), hence the 32-unit window.
 * Not 不要 (不要错过 is sales talk), 拒绝 or 防止 (拒绝复发, 防止复发 are claims), nor the question 能不能.
 */
const NORM =
  /(不得|禁止|严禁|不宜|切勿|请勿|不应|杜绝|谨防|警惕|不存在|违规(使用|宣传|发布|承诺|表述)|(?<!能)不能(?!错过|再等|犹豫)|(?<!可)不可(?!思议|错过|多得)|不保证|不承诺|无法保证|无法承诺|未以任何|不代表|(并非|并不|不)意味着|误信|误认为|误以为|(而非|并非)(具有|具备)|不具有|并不具有|不具备|不具(?=[\u4e00-\u9fa5]{0,4}(作用|功效|功能|效果))|(没有|尚无|并无|暂无|缺乏|缺少|尚未有|拿不出)(确切|足够|充分|科学|可靠|临床)?的?(证据|研究|数据|依据)(证明|表明|显示|支持|证实|说明)(?![^，,。！？\n]{0,24}(别的|别家|其他|其它|还有比|比我们|比它|像我们|像它|不能|不会|无法|不可|还会|仍会|副作用|危害)))/;
const NORM_WINDOW = 32;
const EVERY_NORM = new RegExp(NORM.source, "g");
/** a turn after the norm starts a claim of its own: 别的不保证，但全网最低价 (spoken transcripts have no comma) */
const CONTRAST = /(但是?|可是|然而|只是|不过)/;

function forbiddenByNorm(folded: string, start: number): boolean {
  let from = start;
  // the norm's reach ends at a space too: a post or a transcript without commas starts a new claim there
  while (
    from > 0 &&
    start - from < NORM_WINDOW * 2 &&
    !CLAUSE_END.test(folded[from - 1] ?? "") &&
    !/\s/.test(folded[from - 1] ?? "")
  )
    from--;
  const window = folded.slice(from, start).replace(NOISE, "").slice(-NORM_WINDOW);
  // the last norm in the window decides; a contrast after it ends its scope
  let last = -1;
  for (const match of window.matchAll(EVERY_NORM)) last = match.index + match[0].length;
  return last >= 0 && !CONTRAST.test(window.slice(last));
}

/** A denied implication just before the hit: 惟不表示本基金绝无风险, 不保证最低收益. It denies what it touches,
 * not a claim further on (高血压不等于终身服药 中药调理彻底根治 still claims a cure). */
const DENIED_IMPLICATION = /(不表示|不代表|不意味着?|不等于|不保证)/;
const DENIAL_WINDOW = 10;

function deniedImplication(folded: string, start: number): boolean {
  let from = start;
  while (
    from > 0 &&
    start - from < DENIAL_WINDOW &&
    !CLAUSE_END.test(folded[from - 1] ?? "") &&
    !/\s/.test(folded[from - 1] ?? "")
  )
    from--;
  const before = folded.slice(from, start);
  const denial = DENIED_IMPLICATION.exec(before);
  return denial !== null && !CONTRAST.test(before.slice(denial.index + denial[0].length));
}

/** a seller who cannot vouch, just before a hit that opens on the vow itself: 我没办法跟您保证翻倍 */
const CANNOT_VOUCH = /(没法|没办法|不敢|没人能|谁也不能|谁都不能|不能)(跟|给|向|对|替)?(您|你|大家|客户)?$/;
const VOW = /^(保证|承诺|担保|打包票|包)/;

/** rivals who cannot vouch set up the seller who can: 别的机构不敢给您保证年化10%，我们敢 */
const RIVALS = /(别的|别家|其他|其它|同行|人家|他们|银行|外面)/;

function cannotVouch(folded: string, start: number, end: number): boolean {
  const before = clauseBefore(folded, start);
  return VOW.test(folded.slice(start, end)) && CANNOT_VOUCH.test(before) && !RIVALS.test(before);
}

/** what a text says it does not offer, named as the object of the refusal right before and a kind of service or term
 * right after (不提供押题服务, 不设“不过退费”条款, 不构成对本金和收益的保证, 不对出借人本息提供担保); a claim after the refusal's
 * object is the seller's own (不提供抵押也能保证下款, 不设门槛人人都能稳赚) */
const NOT_OFFERED_BEFORE = /(不提供|不设|不构成|不对|不作|不做)(任何)?[^，,。！？!?；;\s]{0,6}$/;
const OFFERED_TERMS = "服务|条款|协议|承诺|保证|担保|资料";
const OFFERED_KIND = new RegExp(`^[^，,。！？!?；;\\s]{0,6}(${OFFERED_TERMS}|等)`);
const ENDS_AS_TERM = new RegExp(`(${OFFERED_TERMS})$`);

function notOffered(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 12), start).replace(/[“"「『‘']/g, "");
  if (!NOT_OFFERED_BEFORE.test(before)) return false;
  const after = folded.slice(end, end + 12).replace(/[”"」』’']/g, "");
  return OFFERED_KIND.test(after) || ENDS_AS_TERM.test(folded.slice(start, end));
}

/** A span that opens on the denial itself, after at most its subject (不意味着年年都有稳定的收益, 买了它并不意味着
 * 稳赚): a model reads the whole clause as its window, so the denial is inside the span, not before it. A contrast
 * later in the span starts a claim of its own. */
const OPENING_DENIAL =
  /^([\p{Script=Han}A-Za-z\d]{0,6}?)(也|并|但|而|却|就)?(不表示|不代表|不意味着?|不等于|不保证|不能保证|无法保证)/u;
/** a subject that is itself the promise (保本保息不代表收益低): the denial is then about something else */
const PROMISE_SUBJECT = /(保本|保息|稳赚|保证|保障|确保|100|百分|零风险|无风险|必|一定|包)/;

export function opensWithDenial(folded: string, start: number, end: number): boolean {
  const raw = folded.slice(start, end).trim();
  // a spoken transcript has no commas: past a space the denial no longer reaches (高血压不等于终身服药 中药调理彻底根治)
  if (/\s/.test(raw)) return false;
  const span = raw.replace(NOISE, "");
  const denial = OPENING_DENIAL.exec(span);
  if (denial === null || PROMISE_SUBJECT.test(denial[1] ?? "")) return false;
  return !CONTRAST.test(span.slice(denial[0].length));
}

/**
 * A verdict later in the sentence that files what came before under a violation: 出现治愈率、有效率的，都属于夸大宣传;
 * 含有"根治"等字眼的均属违法广告. A regulator's list of what is banned, not a seller's claim. The verdict must
 * close a 的-phrase: "本品根治糖尿病，别家都是虚假宣传" is a claim followed by a jab at rivals.
 */
const CONDEMNED_AFTER =
  /^[^。！？!?\n]{0,120}?((的|等(字眼|字样|表述|用语|说法|词语|宣传)的?)[，,；;]?(都|均|皆|一律)?(属于|属|构成|涉嫌)(夸大|虚假|违法|违规|误导|欺诈)|等(不实之词|不实宣传|虚假承诺|虚假宣传|误导性(说法|宣传|承诺))|等(夸大|虚假|不实|误导性?|违规|违法|绝对化)[\u4e00-\u9fa5]{0,6}?(描述|表述|宣传|用语|说法|承诺|广告|词语|字眼|内容))/;
/** the claim inside 对(于)…的 whose clause ends in a warning to stay wary: 对于承诺高收益的项目，要保持警惕 (a claim before
 * the 对, 我们保本保息，对不靠谱的平台要保持警惕, is still made) */
const WARY_AFTER =
  /^[^。！？!?\n，,；;]{0,20}?的[^。！？!?\n，,]{0,12}[，,]?(要|需要|应|应当|须|务必|请)?(保持|提高|多加|格外)警惕/;
const WARY_LEAD = /对于?[^。！？!?\n，,；;]{0,16}$/;

/**
 * A list of quoted claims closed at once by 等 and the promise or patter it was used to deceive with:
 * 以"无效退款""无毒副作用"等承诺欺骗消费者. The list must close right after the claim, with no comma between (a seller's
 * "本店根治鼻炎，不像别家用包好等说辞欺骗患者" is a claim and a jab), and the deceiving must not be denied (承诺绝不忽悠).
 */
const USED_TO_DECEIVE =
  /^[^。！？!?\n，,；;]{0,12}?等[”"」』]?(承诺|话术|说辞|字眼|噱头|说法)(来|去|进行)?(?<!不|绝不|从不|决不)(欺骗|误导|诱导|蒙骗|忽悠|坑骗|哄骗|诱骗)/;

/** the claim named, right after it, as a promise that does not exist: 稳赚不赔的承诺在市场上从来不存在, 绝对保本是不存在的
 * (the denial is of the promise anywhere, the market or reality: 稳赚不赔的承诺在别家是骗人的，在我们这儿是真的 and
 * 保本的承诺在银行里不存在，在我们平台却能做到 still make it, and so does
 * 保本保息亏损是不可能的, where what is impossible is the loss) */
const DENIED_TO_EXIST =
  /^([”"」』]?的?(承诺|说法|宣传|话术|口号)([，,](但|但是|可是?|然而|其实)[^。！？!?\n，,；;]{0,8}?(承诺|说法|宣传|话术|口号))?(在(现实|市场|金融市场|理财市场|资本市场|投资市场|投资|理财)(上|中|里))?(从来|根本|压根)?(都|就)?不存在(?![^。！？!?\n]{0,30}(我们|我家|咱们|本平台|本公司|我司|这里|这儿)[^。！？!?\n]{0,10}(能|可以|却|就|是真的|做到))|[”"」』]?的?(理财|产品|投资|东西|事情?)?(是|也是|根本)?(不存在|不可能)的)/;

/** what carries the claim, to be shunned: 稳赚不赔的投资群一律退出, 凡承诺“包回本”的都要谨慎 */
const SHUNNED_AFTER =
  /^[^。！？!?\n，,；;]{0,10}?的[^。！？!?\n，,；;]{0,8}(一律|都要|都请|都得)(退出|拒绝|删除|远离|举报|谨慎|小心|警惕)/;

/** a claim named as the means of a swindle, as news reports it: 借"包过"骗取学费 */
const SWINDLED_WITH = /^[^。！？!?\n，,；;]{0,6}?(骗取|骗走|诈骗|敛财|行骗)/;

/** the pair named only to say no product has both: 低风险和高收益不可兼得 */
const NEVER_TOGETHER = /^[^。！？!?\n，,；;]{0,12}?(不可兼得|不能兼得|难以兼得|无法兼得|不可能同时|无法同时)/;
/** ... unless the saying is overturned (不再难以兼得, 别家不可兼得的好事, 谁说…不可兼得) */
const TOGETHER_AFTER_ALL = /(不再|再也不|谁说|打破|告别|别家|别人|同行|终于|照样|我们(这里|这儿)?)/;

function neverTogether(folded: string, end: number): boolean {
  const saying = NEVER_TOGETHER.exec(folded.slice(end, end + 40));
  if (saying === null) return false;
  const gap = saying[0].slice(0, saying[0].length - (saying[1]?.length ?? 0));
  return !TOGETHER_AFTER_ALL.test(gap) && !TOGETHER_AFTER_ALL.test(folded.slice(Math.max(0, end - 30), end));
}

/** a quoted claim the sentence then files, with its fellows, under a swindle: “百分百下款”、“秒批”——这些承诺往往是虚假
 * 平台的特征 (the quotation must close right after the claim: a seller's own words are not quoted) */
const QUOTE_CLOSES = /^[^。！？!?\n，,]{0,8}[”"」』]/;
const CONDEMNED_AS_A_KIND =
  /^[^。！？!?\n]{0,80}?(这些|此类|这类|以上|上述)[^。！？!?\n]{0,16}(承诺|说法|话术|宣传|字眼|口号|广告语)[^。！？!?\n]{0,24}(?<!不是|并非|没有|绝非|哪有|不)(虚假|骗局|诈骗|陷阱|套路|不可信|别信|不能信|违法|违规)/;

export function condemnedAfter(folded: string, end: number): boolean {
  // from a few units back: a model's window may end on the 的 (…等字眼的) that the verdict follows
  const after = folded.slice(Math.max(0, end - 4), end + 160);
  const next = folded.slice(end, end + 40);
  return (
    CONDEMNED_AFTER.test(after) ||
    (QUOTE_CLOSES.test(next) && CONDEMNED_AS_A_KIND.test(next)) ||
    USED_TO_DECEIVE.test(next) ||
    DENIED_TO_EXIST.test(next) ||
    SWINDLED_WITH.test(next) ||
    SHUNNED_AFTER.test(next) ||
    neverTogether(folded, end) ||
    (WARY_AFTER.test(folded.slice(end, end + 60)) && WARY_LEAD.test(folded.slice(Math.max(0, end - 40), end)))
  );
}

/** A term being defined (保证收益理财产品是指…): a lesson names the claim to explain it, not to make it. Only a
 * term that opens its clause, or follows 什么是 or 所谓: "这款产品稳赚不赔指的是…" is a seller glossing its own promise. */
const DEFINED_AFTER = /^[\p{Script=Han}A-Za-z]{0,8}(是指|指的是|的定义是|的含义是|的意思是)/u;
const DEFINITION_LEAD = /(什么是|何为|何谓|所谓|名词解释)$/;

function definedTerm(folded: string, start: number, end: number): boolean {
  const before = clauseBefore(folded, start);
  if (before.length > 0 && !DEFINITION_LEAD.test(before)) return false;
  return DEFINED_AFTER.test(folded.slice(end, end + 16));
}

const compiledPatterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, "u");
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

/** an exception's pattern read from the hit on (after_patterns) */
const anchored = (source: string) => compiled(`^(?:${source})`);
/** ... or up to the hit, what stands right before it (before_patterns) */
const trailing = (source: string) => compiled(`(?:${source})$`);

/**
 * The speaker forswearing the act: 本公司不会联系您的亲友催收, 催收人员不得上门. A collector's threat keeps its force after
 * 不得不 (we have no choice but to), after 不会不 (we will not fail to), after a consequence (不还就…), after a turn
 * (不会再打电话了，直接…), and as a taunt (别以为我们不会…, …不会上门吗？).
 */
const FORSWORN_ACT =
  /(不会|绝不会|决不会|绝不|决不|从不|从来不会?|不得(?!不)|严禁|禁止|不允许|承诺不)(?!不)(再|主动|随意|私自|擅自)?((联系|通知|告知|告诉|致电|拨打|打电话|打扰|骚扰|上门|找|催|泄露|透露|曝光|公开|发送|发给|张贴)[^就便则将只那否不了直而会要]{0,10})?$/;
const TAUNT = /以为/;
/** a question asked of the debtor within the hit's clause (…不会上门吗？): it dares, it does not promise */
const QUESTION_AHEAD = /^[^。！？!?；;\n\r，,：:]{0,40}?(吗|[？?])/;

/** A privacy pattern spans a kind of data and what is done with it (个人信息…出售), so a vow not to do it sits
 * inside the span, between the two (个人信息，不会公开或出售; 客户资料绝不对外提供), where a before-word cannot see it. */
const DENIAL_INSIDE = /(不会|绝不|决不|从不|从未|不得|严禁|禁止|不予|不对外|不向|不作|不做)/g;
/** the denial must govern the act the span ends on: in its last clause and a few units before its end (验证码不会外泄，
 * 发我就行 denies a leak, then asks for the code) */
const DENIAL_REACH = 6;

function deniedWithin(folded: string, start: number, end: number): boolean {
  const span = folded.slice(start, end);
  let last: RegExpExecArray | undefined;
  for (const match of span.matchAll(DENIAL_INSIDE)) last = match;
  if (last === undefined) return false;
  const act = span.slice(last.index + last[0].length);
  return act.length <= DENIAL_REACH && !CLAUSE_END.test(act);
}

function forsworn(folded: string, start: number): boolean {
  const before = clauseBefore(folded, start);
  if (!FORSWORN_ACT.test(before) || TAUNT.test(before)) return false;
  return !QUESTION_AHEAD.test(folded.slice(start));
}

export function innocentContext(
  folded: string,
  start: number,
  end: number,
  before: readonly string[],
  after: readonly string[],
  afterPatterns: readonly string[] = [],
  /** the rule's label: a harassment rule reads its own scopes (a vow not to act is no threat) */
  label = "",
  beforePatterns: readonly string[] = [],
): boolean {
  if (deniedQuestion(folded, start, end)) return true;
  // not for threats, or for ID numbers offered in a question (有没有人收身份证照片?)
  if (label !== "harassment" && label !== "pii" && askedQuestion(folded, start, end)) return true;
  if (quotedDenial(folded, start, end)) return true;
  if (label === "absolute" && conferredAward(folded, start, end)) return true;
  if (label === "harassment" && forsworn(folded, start)) return true;
  if (label === "pii" && deniedWithin(folded, start, end)) return true;
  // not for threats and pressure: 你不能不还, 否则… is a norm the caller imposes, not one that forbids the claim
  const normScope = label !== "harassment";
  if (
    normScope &&
    (forbiddenByNorm(folded, start) ||
      deniedImplication(folded, start) ||
      cannotVouch(folded, start, end) ||
      notOffered(folded, start, end) ||
      condemnedAfter(folded, end) ||
      definedTerm(folded, start, end))
  )
    return true;
  if (before.length > 0) {
    const window = clauseBefore(folded, start);
    if (mentions(window, before, (word) => window.endsWith(word))) return true;
  }
  if (after.length > 0) {
    const window = clauseAfter(folded, end);
    if (mentions(window, after, (word) => window.startsWith(word))) return true;
  }
  if (beforePatterns.length > 0) {
    const { from } = sentenceBounds(folded, start, end);
    const sentenceBefore = folded.slice(from, start);
    if (beforePatterns.some((source) => trailing(source).test(sentenceBefore))) return true;
  }
  if (afterPatterns.length > 0) {
    const hitAndAfter = `${folded.slice(start, end).replace(NOISE, "")}${clauseAfter(folded, end)}`;
    if (afterPatterns.some((source) => anchored(source).test(hitAndAfter))) return true;
  }
  return false;
}
