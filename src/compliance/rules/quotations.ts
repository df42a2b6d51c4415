// Quotation around a hit: a quoted claim the sentence disowns (不允许说“保过”), a list of quoted promises a warning
// warns against, an award's name conferred by someone else (荣获“年度最佳服务商”).
import { MAX_SENTENCE, SENTENCE_END, sentenceBounds } from "./clause.ts";

const OPEN_QUOTES = "“「『‘\"'";
const CLOSE_QUOTES = "”」』’\"'";
const MAX_QUOTED = 24;
/** The quotation marks around text[start, end), each within MAX_QUOTED units of it and in the same sentence. */
function enclosingQuote(folded: string, start: number, end: number): { open: number; close: number } | null {
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_QUOTED) {
    if (quoteMarkAt(folded, open, OPEN_QUOTES)) break;
    const char = folded[open] ?? "";
    if ((CLOSE_QUOTES.includes(char) && !OPEN_QUOTES.includes(char)) || SENTENCE_END.test(char)) return null;
    open--;
  }
  if (open < 0 || !quoteMarkAt(folded, open, OPEN_QUOTES)) return null;
  let close = end;
  while (close < folded.length && close - end < MAX_QUOTED) {
    if (quoteMarkAt(folded, close, CLOSE_QUOTES)) break;
    if (SENTENCE_END.test(folded[close] ?? "")) return null;
    close++;
  }
  // the end of the text closes no quotation
  if (close >= folded.length || !quoteMarkAt(folded, close, CLOSE_QUOTES)) return null;
  return { open, close };
}

/** an honour conferred, the awarding body perhaps named between: 被《汽车周刊》评为“…”, 荣获“…”称号 */
const CONFERRED = /(评为|评选为|荣获|获评|授予|入选|荣膺)[^，。！？\n“”"]{0,14}$/;

/** "荣获“年度最佳服务商”": an award's name, given by someone else and checkable, which the 2023 SAMR guideline on
 * absolute terms lets a firm cite truthfully; the superlative is the title's, not the firm's own boast. */
export function conferredAward(folded: string, start: number, end: number): boolean {
  const quote = enclosingQuote(folded, start, end);
  return quote !== null && CONFERRED.test(folded.slice(Math.max(0, quote.open - 20), quote.open));
}

/** words that say a quoted phrase is what one must not say or believe: 不允许说“保过”, “神药”大多没有依据; or what
 * someone else shouts while hiding the rest: 喊着“稳赚”，对风险只字不提; or a lure dismissed (“年赚50万”听听就好,
 * 先别打钱), not when the dismissal is denied (“降血糖”可不是听听而已) */
const QUOTE_DENIAL =
  /(不允许|不能说|不可以说|不能用|不能写|禁止|禁用|违反广告法|广告法|不做|不承诺|不保证|不敢说|没有依据|没依据|不靠谱|谎言|谣言|传言|不可信|不能信|不足信|轻信|任何宣称|别乱买|不要乱买|别信|不要信|别相信|不要相信|别上当|是骗|都是骗|骗人|骗局|诈骗|谨防|警惕|所谓|号称|虚假宣传|夸大宣传|夸大不实|夸大其词|言过其实|不实宣传|套路|别被|带节奏|别碰|请勿轻信|不要轻信|存疑|打个问号|认准|不设|不含|提醒|纠纷|看清|话术|误导|等表述|等说法|等字样|等用语|等宣传|等词语|欺诈|诱骗|违规|违法|处罚|罚款|声称|宣称|不要购买|不要买|别买|勿购买|来源不明|不得|绝对化用语|广告用语|雷区|不法分子|诱惑|噱头|包装|层出不穷|类似的宣传|此类宣传|这类宣传|诸如此类|说辞|所迷惑|迷惑|蒙蔽|忽悠|幌子|圈套|非法(集资|平台|理财|广告|金融|中介|放贷|荐股|机构|分子|宣传|网贷|期货|证券)|虚假(广告|承诺|理财|信息|平台|投资)|涉嫌|骗子|受害|应(特别|格外|高度)谨慎|千万(不要|别)(信|相信|轻信|上当|高兴|开心|被)|如遇(下列|以下|此类|这类)(宣传|情形|承诺|话术|说法|广告)|掉以轻心|留个心眼|不轻信|不盲从|是否含有|等内容|夸大|混淆|绝口不提|只字不提|避而不谈|(?<!不是|不只是|并非|不能)(听听就好|听听而已)|(?<!可)(别当真|不能当真)(?!以为)|当不得真|(先)?(别|不要)(打钱|转账|汇款)|让人转账)/;
/** right before the quotation, a refusal to believe it, a story of who believed it, others shouting it, or a third
 * party's promise told as a past regret (不信“稳赚不亏”, 听了“稳赚”的话, 有些投顾喊着“稳赚不赔”, 当初业务员说“半年回本”);
 * not the seller's own (我们敢喊着“保本”, 听了我们“保本”的介绍, 我们公司当初说“保本保息”) */
const BELIEF_DENIED =
  /((不|别|不要)(相信|信|听信?)(任何)?|(?<!我们?敢?|本店|本公司)(听了|听信|喊着|鼓吹|吹嘘|标榜)|(?<!(我|咱|本店|本公司|公司|我司|老板)[^“”，。！？]{0,8})当初(?![^“”，。！？]{0,6}(我|公司|老板))[^“”，。！？]{0,6}(说|讲|承诺|保证|拍胸脯说?))$/;

/** a denial word said of oneself (我们从不夸大, 告别虚假承诺, 不是骗子): a seller's boast, not a warning. Not 远离:
 * 远离非法集资 tells the reader to stay away. */
const SELF_DENIAL =
  /(从不|绝不|决不|不玩|不搞|不讲|没有|告别|拒绝|不是|并非|不会|不|怕|最怕|不怕|别再)(花哨的?)?(夸大|混淆|骗人|骗子|骗|谎言|谣言|圈套|套路|话术|说辞|忽悠|上当|虚假(宣传|广告|承诺)?|误导|非法)/g;

/** The text without a seller's boasts of honesty, whose warning words warn of nothing. */
export function withoutSelfDenials(text: string): string {
  return text.replace(SELF_DENIAL, "");
}

/** Whether the words around a quotation say it must not be said or believed (a seller's boasts removed). */
function deniesQuotation(words: string): boolean {
  return QUOTE_DENIAL.test(withoutSelfDenials(words));
}

/** A quotation mark at this index: an ASCII apostrophe between two letters (let's) is none. */
function quoteMarkAt(folded: string, index: number, marks: string): boolean {
  const char = folded[index] ?? "";
  if (char === "" || !marks.includes(char)) return false;
  if (char !== "'") return true;
  return !(/[A-Za-z]/.test(folded[index - 1] ?? "") && /[A-Za-z]/.test(folded[index + 1] ?? ""));
}

/**
 * A term that stands inside quotation marks, in a sentence that says such words must not be said or
 * believed, is quoted, not claimed: 网上说的“神药”大多没有依据；我们不做“一次见效”的承诺.
 */
export function quotedDenial(folded: string, start: number, end: number): boolean {
  const quote = enclosingQuote(folded, start, end);
  if (quote === null) return false;
  const { open, close } = quote;
  // a sentence is read up to MAX_SENTENCE units each way: text with no sentence end must not make every
  // quoted hit read the whole text (quadratic on long input)
  let from = open;
  while (from > 0 && open - from < MAX_SENTENCE && !SENTENCE_END.test(folded[from - 1] ?? "")) from--;
  let to = close;
  while (to < folded.length && to - close < MAX_SENTENCE && !SENTENCE_END.test(folded[to] ?? "")) to++;
  const sentence = `${folded.slice(from, open)}${folded.slice(close + 1, to)}`;
  return deniesQuotation(sentence) || BELIEF_DENIED.test(folded.slice(Math.max(from, open - 12), open));
}

/**
 * A stretch (a model's window) that is mostly quotation, in a sentence that says such words must not be said or
 * believed: a list of the promises a warning warns against (承诺“投资回报率10%以上”；承诺“百分百本息保障”).
 */
export function quotedMention(folded: string, start: number, end: number): boolean {
  const { from, to } = sentenceBounds(folded, start, end);
  // the quotations of the sentence, each closed before the sentence ends (an unclosed mark quotes nothing)
  const inside = new Uint8Array(to - from);
  for (let open = from; open < to; open++) {
    if (!quoteMarkAt(folded, open, OPEN_QUOTES)) continue;
    let close = open + 1;
    while (close < to && !quoteMarkAt(folded, close, CLOSE_QUOTES)) close++;
    if (close >= to) break;
    inside.fill(1, open - from, close - from + 1);
    open = close;
  }
  let quoted = 0;
  let spoken = 0;
  let outside = "";
  for (let index = from; index < to; index++) {
    const char = folded[index] ?? "";
    const quotedHere = inside[index - from] === 1;
    if (!quotedHere) outside += char;
    else if (index >= start && index < end && /\p{L}|\p{N}/u.test(char)) quoted++;
    if (!quotedHere && index >= start && index < end && /\p{L}|\p{N}/u.test(char)) spoken++;
  }
  return quoted > 0 && quoted >= spoken && deniesQuotation(outside);
}
