// The article a model finding cites, by label and, for health claims, by industry: Article 16 binds
// medicines and medical services, Article 18 health food, Article 17 every other product.
import { LABEL_ARTICLES } from "../judge/label-articles.ts";
import type { ClaimLabel } from "./model.ts";

const ARTICLES: Record<ClaimLabel, string> = {
  absolute: "《广告法》第九条第（三）项",
  finance_promise: "《广告法》第二十五条",
  medical_claim: "《广告法》第十七条",
  education_promise: "《广告法》第二十四条",
  harassment: "《广告法》第九条第（七）（八）项",
};

const SUGGESTIONS: Record<ClaimLabel, string> = {
  absolute: "删去绝对化、排名或无法证明的比较，改为可验证的具体描述",
  finance_promise: "删去收益、保本、升值或兜底承诺（含收藏品、加盟、书面承诺），如实提示风险",
  medical_claim:
    "非药品、医疗器械、医疗服务不得涉及疾病预防、治疗功能；保健食品只可宣传批准的保健功能并注明本品不能代替药物",
  education_promise: "删去通过、提分、录取或就业的保证，以及以师资、命题身份暗示的保证",
  harassment: "删去施压、恐吓、羞辱或歧视的表述",
};

export function claimArticle(label: ClaimLabel, industry?: string): string {
  if (label !== "medical_claim") return ARTICLES[label];
  if (industry === "pharma" || industry === "medical") return "《广告法》第十六条";
  if (industry === "health_food") return "《广告法》第十八条";
  return ARTICLES.medical_claim;
}

export function claimSuggestion(label: ClaimLabel): string {
  return SUGGESTIONS[label] ?? LABEL_ARTICLES[label].suggestion;
}

const NAMES: Record<ClaimLabel, string> = {
  absolute: "绝对化用语",
  finance_promise: "收益或保本承诺",
  medical_claim: "疾病治疗或功效宣称",
  education_promise: "考试或升学承诺",
  harassment: "施压、恐吓或歧视",
};

/** The label as a reviewer reads it. */
export function claimName(label: ClaimLabel): string {
  return NAMES[label];
}
