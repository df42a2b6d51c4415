// The article and a default suggestion for each label, used by judges that only name a label.
import type { Label } from "../types.ts";

export const LABEL_ARTICLES: Record<Label, { article: string; suggestion: string }> = {
  absolute: { article: "《广告法》第九条第（三）项", suggestion: "删去绝对化、排名类表述，改为可验证的描述" },
  finance_promise: { article: "《广告法》第二十五条", suggestion: "删去收益、保本承诺，补充风险提示" },
  medical_claim: {
    article: "《广告法》第十六条、第十七条、第十八条",
    suggestion: "删去疾病治疗、功效保证表述",
  },
  education_promise: { article: "《广告法》第二十四条", suggestion: "删去通过、提分、录取保证" },
  harassment: { article: "《广告法》第九条第（七）（八）项", suggestion: "删去施压、恐吓、羞辱或歧视表述" },
  pii: { article: "《个人信息保护法》第十三条", suggestion: "删去个人信息" },
  missing_disclosure: { article: "《广告法》第二十五条等", suggestion: "补充必需的提示语" },
};
