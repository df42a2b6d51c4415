// The Chinese words a person reads for every slug: one table for the console, the evidence pack, the exports and
// the CLI, so a status or an industry is called the same thing everywhere. Slugs stay the API's language; these
// are what is shown. test/domain/labels.test.ts fails when a slug anywhere in the code has no label here.
import type { DomainErrorCode } from "./errors.ts";
import type {
  BenefitType,
  Channel,
  GroupMessageType,
  Industry,
  PlanPurpose,
  Scenario,
  Stage,
  Tier,
  Tone,
} from "./vocabulary.ts";

export const CHANNEL_LABELS: Record<Channel, string> = {
  moments: "朋友圈",
  group: "社群",
  private: "1对1私聊",
  outbound: "AI外呼话术",
  sms: "短信",
};

export const INDUSTRY_LABELS: Record<Industry, string> = {
  finance: "银行理财",
  insurance: "保险",
  pharma: "医药",
  medical: "医疗服务",
  health_food: "保健食品",
  beauty: "美妆",
  mother_baby: "母婴",
  pets: "宠物",
  jewelry: "珠宝",
  education: "教育培训",
  auto: "汽车",
  manufacturing: "制造业",
  retail: "零售",
  food_beverage: "食品饮料",
};

export const STAGE_LABELS: Record<Stage, string> = {
  icebreak: "破冰期",
  interest: "兴趣期",
  decision: "决策期",
};

export const TIER_LABELS: Record<Tier, string> = {
  high_value: "高净值客户",
  regular: "普通客户",
  price_sensitive: "价格敏感客户",
};

export const SCENARIO_LABELS: Record<Scenario, string> = {
  add_friend: "私域加粉",
  welcome: "欢迎语",
  new_customer_activation: "新客激活",
  birthday: "生日关怀",
  points_expiry: "积分到期提醒",
  dormant_reactivation: "沉睡唤醒",
  promo_notice: "大促通知",
  balance_payment: "尾款提醒",
  after_sale_callback: "售后回访",
  repurchase: "复购",
  renewal: "续保续费",
  delivery_appointment: "预约配送安装",
};

export const GROUP_MESSAGE_TYPE_LABELS: Record<GroupMessageType, string> = {
  welcome: "欢迎语",
  morning: "早安问候",
  seeding: "种草",
  new_product: "新品介绍",
  live_notice: "直播预告",
  group_price: "社群专享价",
  lottery: "抽奖",
  mini_game: "互动小游戏",
  knowledge: "知识分享",
  deals_roundup: "福利汇总",
  good_night: "晚安",
};

export const BENEFIT_TYPE_LABELS: Record<BenefitType, string> = {
  coupon: "优惠券",
  gift: "赠品",
  points: "积分",
  free_service: "免费服务",
  red_packet: "红包",
  group_buy: "拼团",
  member_price: "会员价",
};

export const TONE_LABELS: Record<Tone, string> = { relaxed: "轻松", rigorous: "严谨" };

export const PLAN_PURPOSE_LABELS: Record<PlanPurpose, string> = {
  break_ice: "破冰",
  reactivate: "唤醒沉睡客户",
  convert: "促成转化",
};

/** A draft's review status (src/drafts/draft.ts). */
export const DRAFT_STATUS_LABELS: Record<string, string> = {
  pending_review: "待审核",
  approved: "已通过",
  rejected: "已驳回",
  changes_requested: "需修改",
  blocked: "已拦截",
};

/** A plan's own status: the rep's draft until submitted, then in review (src/plans). */
export const PLAN_STATUS_LABELS: Record<string, string> = {
  draft: "草稿（未提交）",
  submitted: "已提交审核",
};

/** The slots of a plan's day (src/generators/plan-schedule.ts); their clock times are src/plans/plan-calendar.ts. */
export const PLAN_SLOT_LABELS: Record<string, string> = {
  "group_09:00": "社群早安",
  moments: "朋友圈",
  private: "1对1私聊",
  "group_20:00": "社群福利汇总",
};

export const REASON_CODE_LABELS: Record<string, string> = {
  absolute_term: "绝对化用语",
  unsupported_claim: "无依据的宣称",
  missing_disclosure: "缺少必要提示",
  pii: "包含个人信息",
  tone: "语气不当",
  factual_error: "事实错误",
  other: "其他",
};

export const SEVERITY_LABELS: Record<string, string> = { block: "拦截", warn: "警告" };

export const VERDICT_LABELS: Record<string, string> = {
  pass: "机检通过",
  needs_attention: "需人工关注",
  block: "机检拦截",
};

/** Who raised a finding. */
export const FINDING_SOURCE_LABELS: Record<string, string> = {
  rule: "规则",
  pii: "个人信息",
  required: "必备要素",
  judge: "模型判断",
  model: "模型判断",
  grounding: "素材依据",
};

/** Rule categories of the compliance rule packs (compliance-rules/*.yaml), as the learning report names them. */
export const RULE_CATEGORY_LABELS: Record<string, string> = {
  absolute: "绝对化用语",
  finance: "金融收益承诺",
  insurance: "保险宣传",
  medical: "医疗宣称",
  disease_claim: "疾病治疗宣称",
  health_food: "保健食品宣称",
  education: "教育培训承诺",
  pressure: "施压与虚假紧迫",
  discrimination: "歧视与侮辱",
  harassment: "骚扰",
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  created: "创建",
  edited: "编辑",
  approved: "通过",
  rejected: "驳回",
  changes_requested: "要求修改",
  warn_overridden: "说明理由放行警告",
  promoted: "收入素材库",
  rule_accepted: "采纳规则",
  finding_dismissed: "驳回机检发现",
  exception_accepted: "采纳例外",
};

export const PLAN_EVENT_LABELS: Record<string, string> = {
  submitted: "提交审核",
  slot_regenerated: "重新生成",
  batch_decided: "整批审核",
};

export const ROLE_LABELS: Record<string, string> = {
  ops: "内容运营",
  sales: "一线销售",
  reviewer: "合规审核",
  admin: "管理员",
};

export const JOB_STATUS_LABELS: Record<string, string> = {
  running: "进行中",
  cancelled: "已取消",
  completed: "已完成",
};

export const JOB_ITEM_STATUS_LABELS: Record<string, string> = {
  queued: "排队中",
  running: "生成中",
  succeeded: "已生成",
  failed: "失败",
  cancelled: "已取消",
};

/** Library item kinds (src/rag/library-item.ts). */
export const ITEM_KIND_LABELS: Record<string, string> = {
  product_fact: "产品要素",
  customer_case: "客户案例",
  benefit: "利益点",
  faq: "常见问答",
  objection: "异议应对",
  phrasing: "话术框架",
  notice: "提示语",
  policy: "写作规范",
};

export const AUDIENCE_LABELS: Record<string, string> = { customer: "面向客户", guidance: "内部指引" };

export const GENERATOR_KIND_LABELS: Record<string, string> = {
  composer: "离线素材组装（非大模型）",
  llm: "大模型",
};

/** What each refusal of the API means to a person, by problem code (src/domain/errors.ts). */
export const PROBLEM_LABELS: Record<DomainErrorCode, string> = {
  invalid_request: "请求内容有误",
  malformed_json: "请求格式有误",
  unauthorized: "密钥无效或已失效，请重新登录",
  forbidden: "当前角色无权执行此操作",
  not_found: "内容不存在，或您无权查看",
  conflict: "内容状态已变化，操作未执行",
  payload_too_large: "内容过大，请精简后重试",
  unsupported_media_type: "文件或内容格式不受支持",
  unprocessable: "内容无法处理",
  rate_limited: "操作过于频繁，请稍后再试",
  overloaded: "服务繁忙，请稍后再试",
  upstream_unavailable: "生成服务暂时不可用，请稍后再试",
  internal: "服务出错，请把请求编号告诉管理员",
};

/** Request fields a person may be told about when one is refused (the `errors[].field` of a problem). */
export const FIELD_LABELS: Record<string, string> = {
  body: "正文",
  content: "内容",
  version: "版本",
  note: "说明",
  reason_code: "原因",
  reason: "理由",
  override_reason: "放行理由",
  phrases: "问题短语",
  file: "文件",
  name: "名称",
  query: "关键词",
  industry: "行业",
  channel: "渠道",
  stage: "关系阶段",
  tier: "客户层级",
  scenario: "场景",
  kinds: "素材类型",
  products: "产品",
  product: "产品",
  period: "周期",
  persona: "人设",
  segment: "客户分群",
  cursor: "翻页位置",
  limit: "条数",
  items: "条目",
  threshold: "次数阈值",
  day: "日期",
  slot: "时段",
  id: "编号",
  kind: "类型",
  audience: "受众",
  customers: "适用客户",
  title: "标题",
  text: "正文",
  source: "来源",
  approved_by: "审核人",
  stages: "阶段",
  tiers: "客户层级",
  channels: "渠道",
  scenarios: "场景",
  message_types: "社群类型",
  tags: "标签",
  notice_type: "提示类型",
  benefit_type: "权益类型",
  valid_from: "生效日期",
  valid_until: "失效日期",
  start_date: "开始日期",
};

/** Every table by name: what the console build embeds and what the label coverage test walks. */
export const LABELS = {
  channel: CHANNEL_LABELS,
  industry: INDUSTRY_LABELS,
  stage: STAGE_LABELS,
  tier: TIER_LABELS,
  scenario: SCENARIO_LABELS,
  message_type: GROUP_MESSAGE_TYPE_LABELS,
  benefit_type: BENEFIT_TYPE_LABELS,
  tone: TONE_LABELS,
  purpose: PLAN_PURPOSE_LABELS,
  status: DRAFT_STATUS_LABELS,
  plan_status: PLAN_STATUS_LABELS,
  plan_slot: PLAN_SLOT_LABELS,
  reason: REASON_CODE_LABELS,
  severity: SEVERITY_LABELS,
  rule_category: RULE_CATEGORY_LABELS,
  verdict: VERDICT_LABELS,
  finding_source: FINDING_SOURCE_LABELS,
  action: AUDIT_ACTION_LABELS,
  plan_event: PLAN_EVENT_LABELS,
  role: ROLE_LABELS,
  job_status: JOB_STATUS_LABELS,
  job_item_status: JOB_ITEM_STATUS_LABELS,
  kind: ITEM_KIND_LABELS,
  audience: AUDIENCE_LABELS,
  generator: GENERATOR_KIND_LABELS,
  problem: PROBLEM_LABELS,
  field: FIELD_LABELS,
} as const;

export type LabelTable = keyof typeof LABELS;

/** The Chinese word for a slug, or the slug itself when the table has none (never an empty cell). */
export function label(table: LabelTable, slug: string | null | undefined): string {
  if (slug === null || slug === undefined || slug === "") return "";
  return (LABELS[table] as Record<string, string>)[slug] ?? slug;
}
