// Why a draft needs a decision beyond its findings, in Chinese: the review state's reasons as the server states them
// (src/review/review-findings.ts and the compliance engine), mapped; anything unknown reads as a generic notice.
const KNOWN: Array<[RegExp, string]> = [
  [/blocked this text without a finding/i, "机检拦截了这段文字，但没有可以驳回的具体发现：只能修改或驳回"],
  [
    /grounding check failed without a finding/i,
    "素材依据检查未通过，且没有可以驳回的具体发现：只能修改或驳回",
  ],
  [/judge did not read this text/i, "模型判断没有审阅这段文字（规则先行拦截），放行需写明理由"],
  [/the check said needs_attention/i, "机检结论为需人工关注，放行需写明理由"],
  [/judge (failed|timed out|could not|unavailable)/i, "模型判断未能给出结论，放行需写明理由"],
];

export function reasonText(reason: string): string {
  if (/[\u4e00-\u9fff]/.test(reason)) return reason;
  for (const [pattern, text] of KNOWN) if (pattern.test(reason)) return text;
  return "机检提示需人工关注，放行需写明理由";
}
