// Whether a text offers something or only notifies, teaches or warns. The finance, insurance and SMS checks all
// ask this before demanding an advert's elements. Patterns are tested on the folded text.
import { accountAlert } from "../claims/account-alert.ts";
import { withoutSelfDenials } from "../rules/quotations.ts";

/** a loan or credit offer: what it owes is the annual rate and an honest word on approval, not an investment risk line */
export const LOAN_OFFER =
  /(借款|贷款|借钱|周转金|备用金|可贷|可借|借\d|借[一二两三四五六七八九十几]{1,3}(百|千|万|元|块)|贷\d|速借|秒借|急借|额度|放款|下款|授信|网贷|信用贷|消费贷|经营贷|装修贷|车贷|房贷|分期|(可|支持|申请|办理|可以)分[\d一二三四五六七八九十]{1,3}期|分[\d一二三四五六七八九十]{1,3}期(付款|付|还款|还|免息|支付|购|买|[0零]首付|(?=[，。！？,!?\s]|$))|月供|免息|日息|月息|日利率|月利率|急用钱|缺钱)/;

const ANTI_FRAUD =
  /((跑路|爆雷|暴雷|倒闭|无法提现)[^，。！？\n]{0,6}的平台|未与任何[^，,。！!？?\n]{0,12}(合作|委托)|(不会|从不|绝不|决不)主动(以|通过|用|发送|致电|联系)|(类似|这类|此类)的?(字眼|短信|电话|信息|消息)|是否(有)?收到过|(不要|别|勿|切勿)(信|加|点|理|给|回)(?=[;；,，。!！]|$)|谨防|上当|受骗|馅饼|(必定|肯定|其中|小心)有诈|是假的|根本不存在|从来(都)?不存在|(直接|请|立即)拉黑|子虚乌有|虚构的?|诈骗|骗局|反诈|警惕|非法集资|防骗|识破|冒充|假冒|核实|报警|以案说险|以案说法|投资者教育|存疑|当心|打个问号|打问号|别碰|勿信|套路|(请勿|不要|别|切勿|不)(相信|轻信|参与|购买)|欺诈|诱骗|误导|话术|(不得|严禁|禁止)(出现|使用|宣传|承诺|假借|以|对|向|明示|暗示|作出|诱导|夸大|虚构|利用|通过)|非法荐股|无资[格质]的?(机构|平台|个人)|非法(证券|期货|金融|放贷)|处罚|罚款|立案|通报|雷区|不信、?不投、?不传|能信吗|以[^，。！？\n]{1,12}(名义|为幌子)|小心|违规|非法金融|虚假宣传|声称|自称|包装成|不法分子|说辞|迷惑|蒙蔽|忽悠|骗子|骗人|圈套|受害人|掉以轻心|留个心眼|非法中介|不盲从|夸大|混淆|(是否|辨别)(真实|真伪)|官方客服|官方渠道|打着[^。！？\n]{0,40}(口号|旗号|幌子|名义)|(吸引|诱使|引诱)[^，。！？\n]{0,4}(民众|群众|老人|老年人|受害人|市民)|所谓[“「『]|诱饵|虚假承诺|虚假的?(贷款|借贷|网贷|理财|投资)?(平台|网站|app|APP)|(被|遭)[^，。！？\n]{0,20}所?欺骗|(这类|此类|类似)[^，。！？\n]{0,10}(文案|广告语|宣传语|说法))/;

/** what an institution says it never asks for or charges (fees to unlock a loan, codes, card numbers): the
 * notice warns of those who do */
const NEVER_ASKS =
  /(不会|从不|绝不|决不|不)(以任何[^，。！？\n]{0,6})?(收取|索要|索取|要求|让您|让你|通过)[^。！？\n]{0,30}(保证金|解冻费|认证费|激活金|激活费|工本费|验证码|密码|身份证号|银行卡?账号|卡号|转账|汇款|安全账户|个人信息|重要信息)/;

/** a caution in other words: losses named as possible, returns named as not guaranteed */
const CAUTION =
  /((?<![不没])(可能|会|也会|也可能|都可能|有可能)[^，。！？\n]{0,16}(亏|损失|下跌|跌|回撤|破发|波动|为零|归零|受到影响|不确定|低于|不及|达不到)|损失本金|损失自担|(?<!避免|防止|以免|免于|不会)(蒙受|遭受|承受)[^，。！？\n]{0,4}(亏损|损失)|(不再|都不|并不|并非|不是)保本|非保证|不保证|不承诺|不提供[^，。！？\n]{0,12}(承诺|保证)|不构成|存在[^，。！？\n]{0,4}风险|理性(投资|消费|看待|选择)|量力而行|风险测评|风险评估|风险承受)/;

/** teaching or warning, not selling: investor education, myths, complaints, how-to-choose */
const EDUCATION =
  /(小课堂|投资者教育|金融知识|科普|小知识|误区|包括但不限于|是指|指的是|又称|又叫|也称为|俗称|(频频|经常|总是|常常|不时)(出现|收到|接到)|套路|陷阱|违规|投诉|举报|提醒(大家|身边|各位|您|广大|投资者|消费者|市民|群众)|问清楚|不等于|≠|不销售|不推介|不推销|讲讲|怎么选|区别|搞懂|看懂|别被|轻信|不实宣传|片面(比较|宣传)|(特别|需要|务必)留意|注意事项|(一般|通常|往往)(要|需要|需|须|会)|(需要|须|需)提供[^，。！？\n]{0,12}(证明|材料|资料))/;

/** a report of rules or enforcement (a regulator's notice, a court's or a prosecutor's report, a news item on
 * one, a description of what the offenders or the salespeople did): it sells nothing */
export const REGULATION =
  /(([”」』"]|(使用|包括|出现|禁止|不得|严禁)[^。！？\n]{0,30})等(宣传)?(用语|字眼|词语|词汇|措辞|表述)(?![^。！？\n]{0,12}为准)|(营销|收益|误导)类包括|涉案(人|人员|机构|企业|公司|平台)|(部分|个别|一些|有的|某些)(销售|从业|保险|理财|业务)人员[^，,。！!？?\n]{0,8}(承诺|诱导|误导|虚构|夸大)|诱导[^，。！？\n]{0,6}(消费者|投保人|客户|老年人)|(印发|发布|出台|颁布|修订)了?《|《[^》]{2,40}(办法|规定|条例|方案|指引|意见|通知|细则)》|不得发布|不得(从事|有)[^，。！？\n]{0,10}(下列|以下|如下)|(均|都|皆|一律)涉嫌(违法|违规|欺诈|诈骗|犯罪)|严厉打击|依法(查处|打击|取缔)|专项整治|整治工作|被告人|犯罪嫌疑人|检察(院|机关)|法院|判处|审理查明|办案)/;

/** an account or service notice to an existing customer, not an advertisement (a repayment or overdue
 * notice too: it owes facts and civility, which the harassment head checks, not an unsubscribe line). A policy's
 * renewal (续期) is a notice; a fund's duration (存续期限) holds the same two characters and is not. */
export const SERVICE_NOTICE =
  /(您申请的|您提交的|(已|已经)审核通过|审核已通过|额度已(调整|恢复|生效)|逾期|应还|欠款|还款|结清|扣款|已入账|入账|已到账|余额为|可用余额|已完成|已派发|已发放|账单|还款日|验证码|已受理|已签收|已发货|已到店|取件|运单(号|尾号)|快递包裹|包裹已到|报告已出|取货码|预约成功|成功预约|您预约的|已预约|挂号成功|就诊提醒|您在本店|已为您|您的(会诊|挂号|问诊|体检|检查)?(订单|保单|账户|车辆|复查|体检|预约|借款|护理|会员|快递|包裹)|(订单|学费|费用|货款|诊费|挂号费)(已|已经)?(支付|付款|缴费)成功|订单已支付|犹豫期|(?<!存)续期|理赔(服务|材料|进度|流程|申请|指引)|(个工作日|日)内结案|停课|作业|通知书|对账单|(预约|订单|服务|保单|申请|会员)已(取消|变更|生效|退款|改期|延期|受理|寄出|完成)|已(取消|寄出|寄送|退款|退回|改期|延期|生效|送达)|于\d{1,2}月\d{1,2}日[^，。！？\n]{0,8}(支出|存入|转入|转出|消费|入账)|考试(预约|安排)在|到达考场|请按时(来|到|接种|复诊|服药)|接种|成功退订|退订成功|您[^，。！？\n]{0,6}(购买|下单|预订)的|无理由退换|退换货?期|学校组织|召回|保单(即将)?(失效|中止|到期)|缴费(提醒|通知)|应缴保费|存入[^，。！？\n]{0,8}保费|系统(升级|维护)|暂停(服务|营业|办理|办公|受理)|停业|业务暂停|停诊|带来的?不便|敬请谅解|(您|你)(所)?持有的)/;

/** a new rate put into force for those who already hold the service (年化利率将于…开始执行新利率): a notice, though it
 * names the rate */
const RATE_CHANGE = /(执行|启用|实行)新(的)?(利率|费率|收费标准)/;

/** credit raised or lent in the same message (额度提升至5万，回复1马上放款): an offer dressed as a contract notice */
const RAISED_OR_LENT = /(额度(提升|提高|上调|增加)|提额|(马上|立即|即可|就能)?放款|下款|可借|可贷)/;

/** a borrower's own rate or instalment changed under the contract (根据合同约定…您的车贷利率调整为年化3.85%): a notice
 * that must name the rate it changes */
const CONTRACT_RATE_CHANGE =
  /(根据|按照?|依据|依照)[^，。！？\n]{0,6}(合同|协议)[^，。！？\n]{0,4}约定[^。！？\n]{0,30}(利率|费率|月供|还款额)[^，。！？\n]{0,4}(调整|变更|下调|上调)/;

/** terms changed (定投门槛由500元调整为800元): a notice, unless the text goes on to sell the return (收益自然来) */
const TERMS_CHANGED = /(由|从)[^，。！？\n]{0,16}(上调|下调|调整|变更|提高|降低)(至|为)\s{0,2}\d/;
const RETURN_TALK = /(收益|回报|赚|涨|翻倍|增值)/;

/** A notice about the customer's own account, order or service, or a change of its terms. */
function aboutTheService(text: string): boolean {
  return SERVICE_NOTICE.test(text) || (TERMS_CHANGED.test(text) && !RETURN_TALK.test(text));
}

/** a shop's offer in its everyday words: a discount in numerals (八折, 七五折), a gift for coming or buying
 * (到店就送, 充500送300, 买一送一), a clearance, an anniversary sale, a deadline (仅限三天), the last few (仅剩2套,
 * a gift while it lasts, 领完即止) */
const SHOP_OFFER = [
  "[一二三四五六七八九][五]?折(?![叠腾扣磨射服])",
  "(就|再|即|买|充|满|办卡|到场|到店|来店|进店)[^，。！？\\n]{0,3}送(?!到|达|货|回|去|往|至|出|餐|医|修|检)",
  "买[一二三四五六七八九十\\d]+送[一二三四五六七八九十\\d]+",
  "凭(此|本)?(短信|券|截图)",
  "立减|订购(热线|电话|专线)|清仓|欲购从速|(领|赠|送)完即止|机会难得|周年庆|店庆|新店开业|盛大开业|隆重开业|开业(大吉|庆典|活动|酬宾|特惠|福利|有礼)|新店开张|开张(大吉|酬宾|活动)|让利|大促|购物节|购车节|以旧换新",
  "仅限(今|当|本)?[一二两三四五六七八九十\\d]*(天|日|周|月|名|位)|仅剩\\d|仅招|(火热|正在|开始|春季|秋季|暑期|寒假)招生|招生(啦|中|开始)",
].join("|");

/** an application turned down: a decision notice, unless the text goes on to offer another loan */
const TURNED_DOWN =
  /[^，。！？；\n]*((审核|审批|申请)(未|没有|不予)(通过|批准)|未能通过(审核|审批))[^，。！？；\n]*/g;

export function turnedDown(text: string): boolean {
  // the text without its rejection clauses: unchanged when it has none
  const rest = text.replace(TURNED_DOWN, "");
  return rest !== text && !LOAN_OFFER.test(rest) && !callsToAction(rest);
}

/** an offer: a reason to buy now (price, gift, sale, call to buy or sign up) */
export const MARKETING = new RegExp(
  String.raw`((本店|我店|门店|小店|餐厅|本馆|小馆)[^，。！？\n]{0,4}(推出|上线|上架)了?[^，。！？\n]{0,4}(新品|新菜|新款|新口味|新品种|套餐)|(新菜|新款|新口味)(上线|上架|上市)|满\d+减\d+|欢迎品尝|优惠|打折|\d(\.\d)?折|折扣|特价|促销|活动|福利|领(券|红包|礼|福利)|优惠券|赠送|买\d*送|送(好礼|礼|券|积分|红包|小样|体验)|抢购|开抢|限时|秒杀|满减|上新|新品|会员日|爆款|钜惠|有礼|团购|报名|礼包|礼品|生日礼|赠品|可领取|免费领|欢迎(选购|体验|来店|到店|咨询|预约)|私我|私信|下单(?!的)|(立即|马上|欢迎|点击|扫码|抓紧)购买|购买链接|选购|认购|申购|起购|(?<!不[^，。！？\n]{0,3})(续投|复投)|开户|推荐|名额|${SHOP_OFFER})`,
);

/** a price asked (原价899现价399, 只需3980元, ¥99): outside a bill or an order notice, an offer */
export const PRICE =
  /(原价|现价|售价|特价|只需|只要|仅需|低至)\s*[¥￥]?\s*\d|[¥￥]\s*\d|\d+(\.\d+)?\s*元\s*\/?\s*(一次|次|件|盒|瓶|份|位|人|起)/;

/** where a link starts: a web address or a short-link host */
const LINK_START = String.raw`https?:|dwz\.|t\.cn\/`;

/** a call to buy, apply or get in touch, or a link: a warning or a notice that carries one is selling (not a click to
 * confirm, check or choose on an order: 请点击链接确认安装情况) */
const CALL_TO_ACTION = new RegExp(
  String.raw`(私信|私我|私聊|加我|(请|欢迎)加微信|加微信[^，。！？\n]{0,4}(咨询|了解|领取|详聊|获取|预约)|微信[:：]|详询|点击(?![^，。！？\n]{0,16}(查看|查询|确认|核对|填写|评价|签收|选择|还款|缴费|还清))|扫码|立即(申请|投保|购买|办理|抢购|预约)|马上(申请|投保|购买|办理)|限时|抢购|名额有限|开售|办理中(?!从未|从不|不收|不会|均未|均不|时|过程)|做方案|${LINK_START}|(回复?|请回)\s*\d(?!\d)\s*(获取|办理|了解|领取|咨询|预留|报名|参加|购买|申请)|(办理|咨询|领取|报名|申请)(请)?回复?\s*\d(?!\d)|(速|立即|马上)(拨打|致电|回电)|联系我(?!们)|找我(?!们)|详情咨询|欢迎(进店|到店|来店|选购)|(赶快|赶紧|抓紧|快来|速来|快去)(兑换|领取|领|使用|购买|抢|下单|参与|报名|来店|到店|打开(?![^，。！？\n]{0,8}(查看|查询|确认|核对|还款|缴费))))`,
  "i",
);

const LINK = new RegExp(String.raw`(${LINK_START})[^\s，。！？]*`, "gi");

/** help offered with a question about the notice (如有疑问，可联系微信客服…), to the sentence's end, or a number to
 * call about it (详询 and a hotline) */
const HELP_CONTACT =
  /(如果|假如|若是|如|若)(您|你)?(有|对)[^，。！？\n]{0,6}(疑问|问题|不明|异议)[^。！？\n]*|(详询|咨询电话|客服电话|服务热线)[:：]?\s*(\d[\d-]{6,}|%s|\{[^}\n]{1,20}\}|\$\{?\w+\}?)/g;

/** a call to action told not to be followed: 不要轻易点击短信里的链接 */
const NEGATED_ACTION =
  /((不要|不可|别|勿|切勿|请勿|谨慎|不得|千万别|千万不要)(轻易|随意|随便|盲目)?|(遇到|遇见|碰到)[^，。！？\n]{0,4})(点击|扫码|扫描|加微信|加我|私信|私聊|添加)/g;

/** a report on a product that has run its course (matured, paid out, wound up) or on how its yield is
 * worked out: the figure it names is what was paid, not an offer */
const PAYOUT_REPORT =
  /((?<!将)于\d{4}年\d{1,2}月\d{1,2}日(正常)?(到期|兑付|终止|清算)|已实现[^，。！？\n]{0,6}收益|已(于[^，。！？\n]{0,16})?(到期|兑付|清算|终止|结清)|(全额|足额|按时|如期|正常)兑付|兑付(公告|完毕|完成)|实际(年化)?收益率|实际(年化)?收益为|到期(后)?[^，。！？\n]{0,6}(年化)?(净)?收益率(为|是|[:：])|清算(报告|公告)|(收益|利息)(分配)?(计算)?(方式|公式)[:：])/;

/** words that sell the next issue on the back of the last one's payout */
const NEXT_ISSUE = /(新一期|下一期|下期|即将|火热|在售|热销|募集中|募集期|认购期|续投|复投)/;

/** a product's yield or an exclusive offer: a notice that carries one is selling too */
export const PRODUCT_FIGURE = /(年化|收益率|业绩比较基准|预期收益|专享)/;

/**
 * A quoted phrase framed as what others say: after 承诺, 宣称, 发布, 以 ... or before 的消息, 等宣传, 等幌子 ...
 * (承诺“百分百本息保障”, 收到“低息贷款”的消息). A quoted product name (“安居房贷”限时办理中) is no report.
 */
const REPORTED_QUOTE =
  /((承诺|宣称|声称|号称|宣传|打着|发布|含有|暗示|诸如|例如|比如|如|以|说|写着|写有|标着|标明)[^，。！？\n]{0,4})((?:[“「『‘][^“”「」『』‘’\n]{1,40}[”」』’][、，,和与及或]?){1,8})|((?:[“「『‘][^“”「」『』‘’\n]{1,40}[”」』’][、，,和与及或]?){1,8})(?=(的|之类的?|这类|等)(消息|短信|信息|宣传|说法|话术|说辞|广告|承诺|字样|字眼|诱惑|幌子|内容|噱头|口号|套路)?)/g;

/** any quotation, for reading what the text says in its own voice */
const ANY_QUOTE = /[“「『‘][^“”「」『』‘’\n]{1,40}[”」』’]/g;

/** The text with its reported quotations blanked: a warning that lists the promises it warns against offers
 * nothing. A text that also asks the reader to buy or get in touch keeps them: it is selling. */
export function withoutReportedQuotes(text: string): string {
  if (callsToAction(text)) return text;
  return text.replace(REPORTED_QUOTE, (_match, frame: string | undefined) => `${frame ?? ""}“”`);
}

/** the customer's own transaction reported done: 您此次借款已还清, 您于…成功投资…号项目, 已成功放款, or money
 * received on it: 您刚刚收到…的收益 */
const TRANSACTION_DONE =
  /((您|你)[^。！？\n]{0,10}收到[^。！？\n]{0,20}(收益|利息|回款|还款|本息)|(您|你)[^。！？\n]{0,30}(成功(投资|出借|购买|认购|申购|赎回|放款|提现|充值|借款|还款|转让)|(投资|出借|购买|认购|申购|赎回|放款|提现|充值|借款|还款|转让)(已经?)?成功|已经?(成功)?(还清|放款|赎回|兑付|结清)))/;

/** A confirmation of what the customer has already done: it reports, it does not offer, even when it repeats the
 * product's figures (预期年化收益 of the loan just bought). Callers have already set aside a text that also asks
 * or advertises: that one is selling. */
export function confirmsTransaction(text: string): boolean {
  return TRANSACTION_DONE.test(text);
}

/** A report on a product's payout that does not sell the next issue. */
export function reportsPayout(text: string): boolean {
  return PAYOUT_REPORT.test(text) && !NEXT_ISSUE.test(text);
}

/** a victim's story told (受害人收到一条短信…, 卡里的2万元被转走): the offer it retells was the fraudster's, so even
 * its call to act (详情点击) is quoted, though no quotation marks may set it apart; a product sold against fraud
 * (防盗刷信用卡, 被盗刷怎么办？…扫码投保) names no victim or loss */
const VICTIM_REPORT =
  /(受害人|被害人|(被盗刷|盗刷了|被骗走|骗走了|被转走|损失了)[^，,。！？\n]{0,4}\d+(\.\d+)?(元|万)|\d+(\.\d+)?(元|万元?)被(盗刷|骗走|转走))/;

/** A finance or insurance text that teaches, warns or notifies without offering anything needs no warning. */
export function notAnOffer(text: string): boolean {
  if (CAUTION.test(text) || REGULATION.test(text) || VICTIM_REPORT.test(text)) return true;
  const asks = callsToAction(text);
  if ((warns(text) || accountAlert(text)) && !asks) return true;
  if (MARKETING.test(text) || asks) return false;
  if (reportsPayout(text) || confirmsTransaction(text)) return true;
  // a lesson may name a product's figures to explain them; a notice that names one is selling it
  return (
    EDUCATION.test(text) ||
    turnedDown(text) ||
    (RATE_CHANGE.test(text) && !RETURN_TALK.test(text)) ||
    (aboutTheService(text) && !PRODUCT_FIGURE.test(text))
  );
}

/** A call to action said by the text itself: one inside quotation marks (“名额有限”都是忽悠) is quoted, and one
 * the reader is told not to follow is a warning. */
export function callsToAction(text: string): boolean {
  return CALL_TO_ACTION.test(text.replace(ANY_QUOTE, "“”").replace(NEGATED_ACTION, ""));
}

/** An anti-fraud word that is not the seller's own boast about itself. */
export function warns(text: string): boolean {
  const own = withoutSelfDenials(text);
  return ANTI_FRAUD.test(own) || NEVER_ASKS.test(own);
}

/** industries whose figures and returns (SELLING) make a text an offer (gold and collectibles are bought to gain
 * on, 买金条就是赚到); elsewhere 咨询 or 适合 sells nothing */
const FINANCIAL = new Set(["finance", "insurance", "jewelry"]);
/** what makes a finance text an offer besides sales words: a figure, a return, a way to buy or to reach the seller */
export const SELLING =
  /(\d+(\.\d+)?\s*[%％]|年化|收益率|业绩比较基准|预期收益|回报|利率|利息|本息|兑付|翻倍|涨了|赚|保本|保息|稳赚|零风险|无风险|稳稳|稳健|适合|咨询|私聊|私信|联系我|找我|扫码|点击|链接|戳|加微信|加我|预约|购买|买入|上车|入手|抢|开户|起购|起投|认购|申购|定投|锁定|额度|限量|专享|首发|发售|开售|在售|热销|新发|募集|参与)/;

/** a quotation, in Chinese or plain quotation marks: what a warning quotes is not its own voice */
export const QUOTED = /[“「『‘][^“”「」『』‘’\n]{1,40}[”」』’]|"[^"\n]{1,40}"/g;
/** a loan put on offer rather than named as a topic: an amount or a launch (额度最高50万, 新推出经营贷) */
const LOAN_ON_OFFER = /(\d|推出|上线|开办|可申请|可贷|可借|欢迎)/;
/** what the sender says it never does, up to the clause's end: 本行不会通过短信告知预批额度 */
const DISOWNED = /(不会|从不|绝不|决不|从未|不得|严禁|请勿|切勿|不要|勿)[^，,。！!？?；;\n]{0,24}/g;

/** a notice that goes on to sell more of the same (您的订单已支付成功，再购一箱只需599元): an offer */
const UPSELL = /(再购|再买|加购|复购|续购|回购价|再来一(箱|份|单|瓶|盒))/;

/** Whether a message only tells customers of their own account, order or payout (a notice), or sells (commercial).
 * Each test runs once: the notice and the offer are read from the same facts. */
export function readNotice(
  text: string,
  industry: string | undefined,
): { notice: boolean; commercial: boolean } {
  const done = confirmsTransaction(text);
  const alert = accountAlert(text);
  const aboutAnAccount = aboutTheService(text) || turnedDown(text) || alert || done;
  const marketing = MARKETING.test(text) || UPSELL.test(text);
  // a link on a notice about the customer's own order or account tracks or confirms it, and a contact offered for
  // questions (如有疑问请加微信客服) serves it; elsewhere both sell
  const asks = callsToAction(aboutAnAccount ? text.replace(LINK, "").replace(HELP_CONTACT, "") : text);
  const loan = LOAN_OFFER.test(text);
  // a warning that asks nothing and names no price is no offer, though it names the sales it warns of (不会向您推荐个股,
  // 凡称“贷款已审批”的均为诈骗); one that sells in its own voice is an advert with a warning in it (谨防假冒，全场7折)
  const price = PRICE.test(text);
  const ownVoice = text.replace(QUOTED, "").replace(DISOWNED, "");
  const warning =
    (warns(text) || alert) &&
    !asks &&
    !price &&
    !MARKETING.test(ownVoice) &&
    !(LOAN_OFFER.test(ownVoice) && LOAN_ON_OFFER.test(ownVoice));
  const notice =
    warning ||
    ((RATE_CHANGE.test(text) || CONTRACT_RATE_CHANGE.test(text)) &&
      !marketing &&
      !asks &&
      !RAISED_OR_LENT.test(text)) ||
    ((((aboutAnAccount || REGULATION.test(text)) && !PRODUCT_FIGURE.test(text)) ||
      reportsPayout(text) ||
      done) &&
      !marketing &&
      !asks &&
      !(loan && !aboutAnAccount));
  const commercial =
    marketing ||
    asks ||
    (!notice && (loan || price || (FINANCIAL.has(industry ?? "") && SELLING.test(text))));
  return { notice, commercial };
}
