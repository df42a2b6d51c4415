// Elements a text must carry for its industry and channel. A missing element is a finding with an empty span.
// Patterns are tested on the folded text (width, case, traditional→simplified), so 理財有風險 counts.

import { foldSameLength } from "../normalize/fold-table.ts";
import type { CheckInput, Finding } from "../types.ts";
import { missingElement } from "./missing-element.ts";
import {
  callsToAction,
  LOAN_OFFER,
  MARKETING,
  notAnOffer,
  PRICE,
  PRODUCT_FIGURE,
  QUOTED,
  readNotice,
  SELLING,
  withoutReportedQuotes,
} from "./offer-or-notice.ts";
import { outboundFindings, readsAsSms } from "./outbound-elements.ts";
import { smsFindings } from "./sms-elements.ts";

export const MOMENTS_MAX_CHARS = 2000;

/** Broadcast channels: a finance or insurance post there is an advertisement and carries the warning itself. */
const BROADCAST = new Set(["moments", "group", "sms"]);
/** a message that asks the customer to start investing now (马上开始第一笔投资吧), offers to hold a share for them
 * (给您留了个额度, 帮您占个位置), recommends a product to them, presses for a decision (今天能不能定下来,
 * 名额只剩三个) or invites them in (邀请您加入…计划): an advert, sent to one person or said on a call too */
const INVITES_TO_INVEST =
  /(立即|即刻|马上|赶紧|赶快|快来|现在就)[^，。！？\n]{0,4}(开始|开户|入金|交易|投资|买入|购买|认购|申购|加入|参与|上车|布局)|(帮|给|为)(您|你)[^，。！？\n]{0,4}(锁定?|预留|留了?|预约|占)(一下|个|份)?[^，。！？\n]{0,2}(额度|份额|名额|位置|位子|吗|[？?。！!]|$)|(给|为|向)(您|你)推荐(一|两|几|这)?(款|只|个|份)|(今天|现在|马上)(能不能|可不可以|可以|方便)?(定|签|办)下来|要不要[^，。！？\n]{0,6}(转过去|认购|申购|追加|加仓|配置|上车|占)|名额(只剩|仅剩|不多了)|邀请(您|你)(加入|参与|认购|申购)/;
const FINANCE_PRODUCT =
  /(理财|基金|入金|建仓|开仓|炒金|炒股|收益|年化|净值|认购|申购|起购|起投|定投|续投|复投|回报|股票|股市|涨停|分红|业绩|投资|私募|信托|债券|国债|逆回购|可转债|打新|两融|融资融券|期货|贵金属|黄金积存|赚|保本|保息|利息|涨幅|翻倍|抄底|牛股|行情|etf|ETF)/;
/** words of an investment (not a loan): such a text keeps the investment risk warning even if it mentions 额度 */
const INVESTMENT = /(理财|基金|收益|净值|认购|申购|起购|起投|定投|回报|股票|私募|信托|债券|分红|投资)/;
/** the risk line in its many wordings (a loss of principal someone backs, 兜底全部本金损失, is a promise, not a warning) */
const RISK_WARNING =
  /(有风险|风险自担|风险提示|风险揭示|谨慎|不代表(未来|以后|今后|往后)|不预示|(风险等级|风险水平)(?![^，。！？\n]{0,3}(偏低|较低|很低|极低|中低|低(?!于)|小(?!于)))|风险收益特征|风险承受|审慎|[Rr][1-5]级?[(（、，,\s]{0,2}(低|中低|中|中高|高)?风险|投资涉及风险|并非未来表现|不代表[^，。！？\n]{0,12}(实际|未来|真实|最终)(收益|表现|回报)|预期风险[^，。！？\n]{0,8}(高于|低于|介于)[^，。！？\n]{0,12}(基金|债券|股票|货币市场)|不具有?法律约束力|(阅读|参阅)[^，。！？\n]{0,4}(发售|销售|产品|基金)文件|不保本|非保本|可能亏损|(?<!(兜底|赔付|补足|覆盖|担保)[^，。！？\n]{0,4})本金损失|市场波动|(信用|市场|流动性|利率|汇率|违约|信用评等|投资)风险[:：](?!\s{0,2}(极低|很低|较低|低|无|为零|零|小|几乎))|(?<!无需|不用|不必|免|不|无须)承担(相关|一定)?风险|(需要|需|须|应当?|自行|要)承担[^。！？\n]{0,14}风险|高收益[^。！？\n]{0,6}(伴随|意味|对应)[^。！？\n]{0,3}高风险|风险承担|(不|并不|不会)(对|就)[^。！？\n]{0,30}(承担|作出?|做出?|提供)[^。！？\n]{0,8}(保证|保本|承诺)|(无法|不能|未|不会)(以任何[^。！？\n]{0,10})?(保证|承诺|担保)|(具有|存在|属于|属|是)[^。！？\n]{0,6}(高|较高|极高|很高)风险|高风险性|风险(也)?(就)?(越大|越高|较大|较高|很大|极大))/;
/** a firm's licence or registration line (执业资格证书编号, 经营许可证): it names the firm, it offers no product */
const LICENCE = /(执业资格|资格证书|许可证|证书编号|备案(编)?号|牌照|登记编号|经营证券期货业务)/;
/** a fund's stated objective: within its risk limits it strives for (力争) a return, it does not promise one */
const FUND_OBJECTIVE = /控制(投资)?(组合)?风险的前提下[^。！？\n]{0,30}(力争|力求|争取)/;
const LOAN_DISCLOSURE =
  /(借钱梗要还|咪俾钱中介|(出借|借贷|网贷|借款)(有风险|须谨慎|需谨慎)|年化(利率|费率|综合成本)|年利率|年百分率|费用总金额|APR|apr|以(最终)?(审批|审核)(结果)?为准|理性借贷|按需借款|避免过度(负债|借贷)|量入为出|适度借贷)/;
/** an annual figure stated (年化4.2%): on a loan, the rate the PBoC asks for; on an investment, a yield */
const ANNUAL_FIGURE =
  /(年化(利率|费率|综合成本)?\s{0,2}(为|是|仅|低至|最低)?\s{0,2}\d|(?<![日月])(贷款)?利率[:：]\s{0,2}\d(?![\d.]*\s{0,2}[%％]?\s{0,2}[~～\-—\d.%％]*\s{0,2}(\/|每|一|按)\s{0,2}(月|天|日)))/;
/** a deposit (insured by 存款保险, not an investment) or the bank's statement that its deposits are insured */
const DEPOSIT =
  /(存款保险|大额存单|存本取息|整存整取|零存整取|定期存款|定活两便|通知存款|储蓄产品|储蓄存款|存款产品)/;
/** a loan sold as cheap (低息, 利率低, 免息): cheapness is what the annual rate must then be shown for */
const CHEAP_LOAN =
  /(低息|低利率|利率低|利息低|息费低|费率低|低费率|零利息|0利息|免息|(利息|利率|息费|费率|手续费)(很|超|极)低|超低(利息|利率|息费|费率|手续费))/;
/** a loan sold as easy or fast (不要求征信, 放款快, 秒批, 审批一分钟搞定, 点几下就放款): a pitch, in a private chat too, that
 * owes the annual rate */
const EASY_LOAN =
  /((不|无需|不需要|不用)(要求|看|查|上)?征信|征信不限|放款(快|迅速)|(快速|极速|当天|当日|秒)(放款|下款|到账)|秒批|下款快|无抵押|免抵押|无需抵押|(审核|审批)(秒过|秒批)|[0零]首付|首付[0零]元|先学后付|先用后付|先享后付|(\d+|[一二两三四五六七八九十几半])(秒|分钟)(就|即可|就能|内)?(出额度|放款|下款|审批|批下来)|(审批|审核|批款|出额度)[^，。！？\n]{0,2}(\d+|[一二两三四五六七八九十几半])(秒|分钟)(搞定|完成|通过|出结果|就好|到账)?|点[几两]下就?(放款|到账|下款|批)|身份证一刷[^，。！？\n]{0,4}(出额度|就能借|就能贷|放款|下款|借|贷)|刷脸(就能|即可|就)?(批|放款|下款|借))/;
/** what cheap credit outside finance is not: an interest-free instalment (12期免息) states its rate, nought, and a
 * mortgage's or a deposit's rate remarked on (房贷利率超低) is no credit the shop offers */
const NOT_THE_SHOPS_CREDIT =
  /(免息|零利息|0利息|零利率|0利率|(房贷|公积金|首套房?|房屋|存款|储蓄|理财|银行)(贷款)?的?(利率|利息)[^，。！？\n]{0,2}[很超极]?低)/g;
/** credit offered by a shop, a dealer or a school (分12期0首付, 贷款利息超低, 先学后付): the same pitch owes the same
 * annual rate. A price told by the day (每天不到2块) is the goods' price there, so only a rate named as one counts. */
function creditPitchOutsideFinance(text: string): boolean {
  // a case report quotes the lures (被"零首付""当天放款"吸引), a shop's own pitch seldom quotes itself; 车辆无抵押 is a
  // car's clean title, not a loan's terms
  const own = text.replace(QUOTED, "").replace(/(无抵押|免抵押|无需抵押)/g, "");
  return (
    /(日息|月息|日利率|月利率|日费率|月费率)/.test(own) ||
    EASY_LOAN.test(own) ||
    CHEAP_LOAN.test(own.replace(NOT_THE_SHOPS_CREDIT, ""))
  );
}
/** a loan's price quoted per day or month (日息0.03%, 月息2厘8, 一天才3块) instead of per year */
const SHORT_PERIOD_RATE =
  /(日息|月息|日利率|月利率|日费率|月费率|(一|每)(天|日)(才|只要|仅需?|不到|低至)?[\d.几一二两三四五六七八九十]+(元|块|毛|角|分)(钱)?(利息)?)/;
const INSURANCE_YIELD =
  /(收益|本金|翻倍|(?<![投续参承])保本|两全|分红|万能|投连|年化|利率|复利|回报|增值|返还|储蓄|领钱|领取|教育金|养老金|年金|增额|现金价值|每年存|存\d)/;
/** a protection product offered for sale (premium, sum insured, plan): it is advertising and carries a caution too */
const INSURANCE_OFFER =
  /(重疾险|医疗险|意外险|寿险|防癌险|百万医疗|惠民保|保额|年缴|月缴|趸交|保\d+万|做方案|定制方案|立即投保|马上投保|扫码投保|投保链接)/;
/** a policy said not to be savings (保险不是定存，也不是拿来储蓄): a lesson, not a yield to caution about */
const NOT_SAVINGS =
  /(不是|并非|不等于|不能当作?|也不是|而非)(拿来|用来)?(定存|储蓄|存款|理财|短期投资|投资工具)/g;
/** a non-participating policy said to be one (不分红, 不参加红利分配): no dividend to caution about */
const NO_DIVIDEND = /(不分红|不参加红利分配?|无红利(给付)?|并无红利给付项目?)/g;
/** a guarantee the text denies (分红险并非"稳赚不赔"): the denial is the caution the text owes */
const DENIED_GUARANTEE =
  /(并非|不是|并不是|不等于|绝非|并不)[“"'「『]?(稳赚不赔|稳赚|保本保息|保本|保收益|刚性兑付|刚兑|只赚不赔|无风险)(?![^。！？\n]{0,6}而是)/;
const INSURANCE_WARNING =
  /(退保损失[^。！？\n]{0,2}\d|(?<![不没无就高])(远低于|低于)[^。！？\n]{0,6}(已交|所交|已缴|所缴)保费|(别|不要|不能)指望[^。！？\n]{0,12}(收益|回报|赚钱|回本|增值|见效)|红利为0|红利为零|多种情景|(?<![低无零])风险(?!(低|小|极低|较低|很低|为零|为0|几乎为零))|不确定|不保证|不承诺|不代表(未来|以后|今后|往后)|以(保险)?合同|条款为准|具体条款|对照条款|看条款|以条款|不作保证|责任免除|犹豫期|演示利率|演示(收益|利益|数据)|假设|市场波动|说明书|谨慎|免责|如实告知|本合同)/;
/** the policy's own terms (a clause of the contract, not an advert for it) */
const CONTRACT_TERMS = /(合同终止|合同的?现金价值|(按|依|根据)(本|保险)?合同(的)?约定)/;
const HEALTH_CLAIM = /(保健|功能|免疫|改善|辅助|调节|缓解|营养素|补充|增强|提高|护|养)/;
/** the product's registration named: its approved function (保健功能：) or its approval number (a lesson on telling the
 * blue hat from a drug's number names no product) */
const REGISTERED_HEALTH_FOOD = /(保健功能[:：]|保健食品(批准|注册|备案)(文号|号|凭证)|国食健|卫食健|食健备)/;
const HEALTH_DISCLAIMER = /(不能代替药物|不可代替药物|不能替代药物|不能代替药品)/;
const DRUG_PROMOTION = /(药|片|胶囊|颗粒|口服液|软膏|滴眼液|喷剂|冲剂|丸|OTC|otc)/;
const PHARMA_NOTICE = /(药品说明书|药师指导|医生指导|仅供医学药学专业人士|遵医嘱|详见说明书|阅读说明书|禁忌)/;
// What a finance text offers is read without the quotations it reports (unquoted); whether it discloses is read
// on the whole text, since a disclosure in quotation marks is still printed.
function financeFindings(whole: string): Finding[] {
  // an account notice that goes on to urge the first trade (账户已开通…赶紧开始第一笔交易) is selling
  if (notAnOffer(whole) && !INVITES_TO_INVEST.test(whole)) return [];
  const unquoted = withoutReportedQuotes(whole);
  if (LOAN_OFFER.test(unquoted)) {
    // a disclosed loan owes nothing more, even one that names investment only to forbid it (不得用于投资理财)
    if (LOAN_DISCLOSURE.test(whole)) return [];
    if (!INVESTMENT.test(unquoted)) return ANNUAL_FIGURE.test(whole) ? [] : loanFindings(unquoted);
  }
  if (
    !FINANCE_PRODUCT.test(unquoted) ||
    RISK_WARNING.test(whole) ||
    DENIED_GUARANTEE.test(whole) ||
    FUND_OBJECTIVE.test(whole)
  )
    return [];
  if (LICENCE.test(unquoted) && !MARKETING.test(unquoted) && !/\d\s*[%％]/.test(unquoted)) return [];
  if (DEPOSIT.test(unquoted) && !INVESTMENT.test(unquoted)) return [];
  // the risk line is owed by advertising (《广告法》第二十五条): a text that names no price, figure or way to buy
  // describes finance, it does not sell it
  if (!MARKETING.test(unquoted) && !SELLING.test(unquoted) && !INVITES_TO_INVEST.test(unquoted)) return [];
  return [
    missingElement(
      "required.risk_warning",
      plainOffer(unquoted) ? "block" : "warn",
      "《广告法》第二十五条；《商业银行理财业务监督管理办法》",
      '补充风险提示："理财有风险，投资需谨慎"（基金另注"过往业绩不代表未来表现"）',
    ),
  ];
}

/** a way to buy, apply, get the product or reach the seller: 认购, 开户, 申请, 下载, 咨询 */
const BUYING =
  /((马上|立即|立刻|现在就|赶紧|快来)借|(打开|登录)[^，。！？\n]{0,8}(即可|立即|马上)(参与|购买|申购|认购|借款|领取)|募集|认购|申购|起购|起投|定投|开户|购买|买入|上车|入手|抢购|发售|开售|在售|热销|首发|限量|专享|预约|申请|办理|下载|注册|认准|秒批|秒到|下款|放款|咨询|链接|戳)/;

/** What an advertisement says and a page's fragment, an app's label or a lesson seldom does: a sale, a call to buy
 * or apply, a price, a figure or a way to buy. A finance text owing a disclosure without any of these is put to the
 * reviewer (warn) rather than blocked: the engine cannot be sure it is an advert. */
function plainOffer(text: string): boolean {
  return (
    MARKETING.test(text) ||
    callsToAction(text) ||
    PRICE.test(text) ||
    PRODUCT_FIGURE.test(text) ||
    /\d\s*[%％万亿]/.test(text) ||
    BUYING.test(text) ||
    INVITES_TO_INVEST.test(text)
  );
}

/** A loan offer without its disclosure (中国人民银行公告〔2021〕第3号: its marketing shows the annual rate; 审批为准 and
 * 理性借贷 are the customary caution), unless it only teaches or warns: a block on an advert, a warning on a fragment
 * that offers nothing (plainOffer). */
function loanFindings(text: string, pitched = false): Finding[] {
  if (notAnOffer(text)) return [];
  return [
    missingElement(
      "required.loan_disclosure",
      pitched || plainOffer(text) || CHEAP_LOAN.test(text) || SHORT_PERIOD_RATE.test(text) ? "block" : "warn",
      "中国人民银行公告〔2021〕第3号；《关于进一步规范金融营销宣传行为的通知》",
      '标示年化利率（单利），并提示"额度和利率以审批结果为准，请理性借贷"',
    ),
  ];
}

/** the reader pointed to the terms: caution enough for a protection product, not for one sold on its yield */
const TERMS_POINTER = /(详见|见|阅读|读清|读懂|读完|看清|查看|参阅)[^，。！？\n]{0,4}条款/;

/** a reminder to declare one's health truthfully before applying, the insurer's underwriting deciding: it sells nothing */
const HEALTH_DECLARATION =
  /((如实|认真|仔细)(填写|告知|回答)[^，。！？\n]{0,4}健康告知|健康告知[^，。！？\n]{0,4}(请|须|需|要|应)(如实|认真)|如实告知|以[^，。！？\n]{0,6}核保(结果|结论|意见)?为准)/;

function insuranceFindings(whole: string): Finding[] {
  if (INSURANCE_WARNING.test(whole) || DENIED_GUARANTEE.test(whole) || notAnOffer(whole)) return [];
  if (
    HEALTH_DECLARATION.test(whole) &&
    !callsToAction(whole) &&
    !MARKETING.test(whole) &&
    !INSURANCE_YIELD.test(whole)
  )
    return [];
  if (TERMS_POINTER.test(whole) && !INSURANCE_YIELD.test(whole)) return [];
  // a policy's own clauses are its terms, unless the text also offers the policy
  const offered = INSURANCE_OFFER.test(whole) || callsToAction(whole) || MARKETING.test(whole);
  if (CONTRACT_TERMS.test(whole) && !offered) return [];
  // 不分红 answers the dividend caution only: a policy that still pays back (返还, 复利, 领钱) owes the rest
  const unquoted = withoutReportedQuotes(whole).replace(NO_DIVIDEND, "").replace(NOT_SAVINGS, "");
  if (!(INSURANCE_YIELD.test(unquoted) || INSURANCE_OFFER.test(unquoted))) return [];
  return [
    missingElement(
      "required.insurance_warning",
      "block",
      "《广告法》第二十五条；《保险销售行为管理办法》",
      '补充："分红/收益不确定，具体以保险合同条款为准"',
    ),
  ];
}

export function checkRequiredElements(input: CheckInput): Finding[] {
  const { industry, channel } = input;
  const text = foldSameLength(input.text);
  const findings: Finding[] = [];
  // an SMS filed under outbound is broadcast like any SMS: its finance lines owe what an SMS's owe
  const smsOnOutbound = channel === "outbound" && readsAsSms(text, industry);
  const broadcast = channel !== undefined && (BROADCAST.has(channel) || smsOnOutbound);
  if (
    industry === "finance" &&
    (broadcast || ((channel === "private" || channel === "outbound") && INVITES_TO_INVEST.test(text)))
  )
    findings.push(...financeFindings(text));
  // a loan priced by the day or month, or sold as cheap (低息) or easy (放款快), is a pitch in any channel; the
  // annual rate is what the PBoC requires shown
  else if (
    industry === "finance" &&
    (SHORT_PERIOD_RATE.test(text) || CHEAP_LOAN.test(text) || EASY_LOAN.test(text)) &&
    LOAN_OFFER.test(text) &&
    !LOAN_DISCLOSURE.test(text) &&
    !ANNUAL_FIGURE.test(text)
  ) {
    findings.push(...loanFindings(text));
  }
  // credit sold by a shop, a dealer or a school owes the same rate; its pitch (0首付, 审核秒过) is the offer
  else if (
    industry !== "insurance" &&
    industry !== "finance" &&
    creditPitchOutsideFinance(text) &&
    LOAN_OFFER.test(text.replace(/不(能|可|支持)?分期/g, "")) &&
    !LOAN_DISCLOSURE.test(text) &&
    !ANNUAL_FIGURE.test(text)
  ) {
    findings.push(...loanFindings(text, true));
  }
  // a policy recommended to one person, or pressed for a decision on a call, is sold as much as a post sells it
  if (
    industry === "insurance" &&
    (broadcast || ((channel === "private" || channel === "outbound") && INVITES_TO_INVEST.test(text)))
  )
    findings.push(...insuranceFindings(text));
  if (industry === "health_food" && HEALTH_CLAIM.test(text) && !HEALTH_DISCLAIMER.test(text)) {
    // a registered health food named as one and put on sale is an advert, which the law makes carry the notice;
    // elsewhere the product may be no health food at all, and the missing line is advice
    const advert = REGISTERED_HEALTH_FOOD.test(text) && readNotice(text, industry).commercial;
    findings.push(
      missingElement(
        "required.health_food_notice",
        advert ? "block" : "warn",
        "《广告法》第十八条",
        '标注"本品不能代替药物"',
      ),
    );
  }
  if (industry === "pharma" && DRUG_PROMOTION.test(text) && !PHARMA_NOTICE.test(text)) {
    findings.push(
      missingElement(
        "required.pharma_notice",
        "warn",
        "《广告法》第十六条第二款、第三款",
        '标注"请按药品说明书或者在药师指导下购买和使用"（处方药仅限专业媒介）',
      ),
    );
  }
  // an SMS filed as outbound owes what an SMS owes, not a call's opening; the channel it was filed under leaves
  // that reading uncertain, so a missing signature or opt-out is advice (its finance lines are owed, above)
  if (smsOnOutbound)
    findings.push(
      ...smsFindings(text, industry).map((finding) => ({ ...finding, severity: "warn" as const })),
    );
  else if (channel === "outbound") findings.push(...outboundFindings(text));
  if (channel === "sms") findings.push(...smsFindings(text, industry));
  if (channel === "moments" && [...text].length > MOMENTS_MAX_CHARS) {
    findings.push(
      missingElement(
        "limit.moments_length",
        "block",
        "朋友圈发布限制",
        `朋友圈文案不超过${MOMENTS_MAX_CHARS}字`,
      ),
    );
  }
  return findings;
}
