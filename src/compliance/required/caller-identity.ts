// Whether an outbound call says who is calling: a brand, or an employer with the caller's post, rather than a desk,
// a trade or a flattering title. Patterns are tested on the folded head of the call.
/** 我们是做信用贷款的 names a trade, not a brand: the self-introduction may not go on with one of these */
const NOT_A_NAME = "(?!(?:专门)?(?:做|搞|干|负责|办))";
/** 这里是AI助手 names the caller's role, not who the caller works for */
const NOT_A_ROLE = "(?!(?:ai|智能|语音|人工|在线)*(?:助手|助理|客服|机器人|顾问|专员)[，,。 ])";
const BRAND = new RegExp(
  `(受[\\u4e00-\\u9fa5A-Za-z0-9]{2,16}(公司|银行|消费金融|小额贷款|集团|保险|律师事务所)委托)|(代表(?!客户|您|你|我们|咱们|公司|平台|银行|官方|本)[\\u4e00-\\u9fa5A-Za-z0-9]{2,16}(给您|给你|向您|向你|跟您|和您)?(来电|致电|打来|回访|联系|想|通知|提醒|核实))|((我是|这里是|我们是|来自)${NOT_A_NAME}[\\u4e00-\\u9fa5A-Za-z0-9×＊* ]{2,16}(的|品牌|公司|银行|保险|门店|旗舰店|官方|中心|学校|机构|医院|诊所|平台|商城|教育|集团))|(?:(?!我是|我们是|这里是)[\\u4e00-\\u9fa5A-Za-z0-9]){2,12}(公司|银行|保险|集团|品牌|官方|门店|旗舰店|教育|学校|医院|平台|商城)的?(ai|智能|客服|助手|顾问|工作人员)|(这里是|我们是|来自)${NOT_A_NAME}${NOT_A_ROLE}[\\u4e00-\\u9fa5A-Za-z0-9]{2,12}[，,。 ]`,
  "i",
);
/** Cantonese self-introductions (我係…嘅職員, 呢度係…) say what the Mandarin ones say */
const CANTONESE_INTRO: ReadonlyArray<[RegExp, string]> = [
  [/我哋系/g, "我们是"],
  [/呢度系/g, "这里是"],
  [/我系/g, "我是"],
];
/** a caller who names an employer and a post (我是安居地产经纪人, 我是康泰人寿客服, 我是恒信财务嘅职员): the employer,
 * a name before a kind of business, is as checkable as one ending in 公司. A trade or a title alone (营养顾问,
 * 专属健康顾问, 续保专员, 人工客服) names no one. */
const ROLE_INTRO = new RegExp(
  `(?:我是|这里是|我们是)${NOT_A_NAME}([\u4e00-\u9fa5A-Za-z0-9]{2,14}?)(?:嘅|的)?(?:客服|顾问|客户经理|经纪人|专员|工作人员|职员|员工|招生办|店长|药师|业务员|招商部|行销人员|销售人员|坐席)`,
  "i",
);
const EMPLOYER_KIND =
  /(地产|置业|装饰|装修|家居|人寿|财险|保险|证券|基金|信托|期货|财务|按揭|银行|消费金融|小贷|学院|大学|中学|小学|学校|幼儿园|教育|培训|药房|药店|医院|诊所|门诊|超市|商场|商城|酒店|物业|汽车|车行|航空|通信|移动|联通|电信|宽带|物流|健身|会所|俱乐部|美容院|科技|网络|传媒|实业|集团|公司|中心)/;
/** words before the kind of business that name no one (贷款中心, 您的专属银行) */
const NO_EMPLOYER =
  /^(金融|信贷|贷款|借款|客服|服务|理财|财富|资金|融资|办卡|额度|审批|放款|中心|部|平台|专线|客户|个贷|信用卡|电话|销售|线上|在线|官方|你的|您的|你们的|您们的|专属|私人|个人|资深|高级|首席|金牌|一名|一位|新来的|专业|持证|持牌|认证|正规|本地|一家|咱们|我们|智能|语音|人工|ai)+$/i;

const QUALIFIED_INTRO =
  /(我是|这里是|我们是)(您的|你的|专属|专业|持证|持牌|认证|资深|高级|首席|金牌|一名|一位|正规|本地|智能|语音|人工)+/gi;

/** an employer named only by its kind (我是平台的智能客服, 来自银行的客户经理): no one the customer could check */
const GENERIC_EMPLOYER =
  /(我是|这里是|我们是|来自)(咱们|我们|本|贵)?(平台|公司|银行|官方|总部|商家|店铺|门店|机构|商城)的(?=(ai|智能|语音|人工)?(客服|助手|助理|顾问|专员|客户经理|工作人员|经理))/gi;

/** Whether the head of a call names who is calling: a brand, or an employer with the caller's post. */
export function namesCaller(head: string): boolean {
  let mandarin = head;
  for (const [cantonese, same] of CANTONESE_INTRO) mandarin = mandarin.replace(cantonese, same);
  // a flattering qualifier is not part of a name (我是您的专属保险顾问, 我是专业证券顾问)
  mandarin = mandarin.replace(QUALIFIED_INTRO, "$1");
  mandarin = mandarin.replace(GENERIC_EMPLOYER, "$1");
  if (BRAND.test(mandarin)) return true;
  const employer = ROLE_INTRO.exec(mandarin)?.[1] ?? "";
  const kind = EMPLOYER_KIND.exec(employer);
  return kind !== null && kind.index > 0 && !NO_EMPLOYER.test(employer.slice(0, kind.index));
}

/** a desk, not a brand: 我是金融中心的贷款客户经理 names no one the customer could check or complain to */
const GENERIC_CALLER =
  /(我是|这里是|我们是|来自)(金融|信贷|贷款|借款|客服|服务|理财|财富|资金|融资|办卡|额度|审批|放款|贷款服务|金融服务)(服务)?(中心|部|平台|专线)/;

/** a desk named in place of a brand */
export function namesOnlyADesk(head: string): boolean {
  return GENERIC_CALLER.test(head) && !BRAND.test(head.replace(GENERIC_CALLER, ""));
}
