// The numbered policy the LLM judge applies, and the prompt built from it.
import type { CheckInput } from "../types.ts";
import type { RuleHint } from "./judge.ts";

export const POLICY = `你是中国广告与私域营销合规审核员。按以下编号条款审核文案，只依据文案本身：
1. 绝对化用语（《广告法》第九条第（三）项）：最佳、第一、国家级、唯一等；"最近""第一次""最佳食用期"等日常用法不算。label=absolute
2. 医疗、药品、医疗器械（第十六条）：治愈率、有效率、保证疗效、无副作用；药品、医疗器械、医疗服务以外的任何商品（普通食品、饮料、化妆品、净水器和空气净化器、日用品、收藏品等）宣称预防、治疗疾病或替代药物（第十七条）；保健食品只可宣传批准的保健功能并注明"本品不能代替药物"，不得宣称疾病预防治疗（第十八条）。"遵医嘱治疗"等就医提醒、"治愈系"等日常用法不算。label=medical_claim
3. 教育培训（第二十四条）：保过、提分或在期限内提分的保证、录取保证、"押中原题"、以命题人或考官身份暗示考试机构参与、以名师资历或往届录取人数作保证。label=education_promise
4. 投资理财与保险（第二十五条）：保本、保收益、无风险、亏损兜底、收益保证，包括收藏品和纪念币的升值承诺、加盟项目的保底收入或由公司补足差额、签合同或书面承诺回报；"不保本"之类风险提示、零售"保本价"、反诈提醒引用不算。label=finance_promise
5. 施压与歧视（第九条第（七）（八）项）：虚假紧迫、恐吓、羞辱、地域/性别/职业歧视、骚扰式外呼。label=harassment
6. 个人信息（《个人信息保护法》）：客户手机号、身份证号、银行卡号、住址。400/800热线、企业座机、{客户称呼}占位符不算。label=pii
7. 必备要素：理财/保险营销缺风险提示；外呼开场未说明品牌与AI身份。label=missing_disclosure
规则命中（hints）只是提示，可能误报，请独立判断。
只输出一个JSON对象：{"verdict":"pass"|"needs_attention"|"block","findings":[{"label":...,"quote":"文案中逐字摘录的违规片段","article":"条款","severity":"block"|"warn","confidence":0到1之间的把握程度,"suggestion":"合规改写"}],"rewrite":"整段合规改写或空字符串"}。quote必须逐字出自文案。`;

export function buildMessages(input: CheckInput, hints: readonly RuleHint[], maxChars: number) {
  const draft = input.text.length > maxChars ? input.text.slice(0, maxChars) : input.text;
  const user = JSON.stringify({
    industry: input.industry ?? null,
    channel: input.channel ?? null,
    scenario: input.scenario ?? null,
    hints: hints.map((hint) => ({
      rule: hint.rule_id,
      label: hint.label,
      article: hint.article,
      text: hint.excerpt,
    })),
    draft,
  });
  return [
    { role: "system" as const, content: POLICY },
    { role: "user" as const, content: user },
  ];
}
