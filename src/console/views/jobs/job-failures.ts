// Why a job item failed, in Chinese: the worker's last error names a cause (a timeout, a refusal, a provider
// outage, material that does not cover the request); the technical text stays one click away for support.
const CAUSES: Array<[RegExp, string]> = [
  [/timed? ?out|timeout|ETIMEDOUT/i, "生成服务超时"],
  [/429|rate.?limit|too many/i, "生成服务限流"],
  [/\b5\d\d\b|unavailable|ECONNREFUSED|ECONNRESET|socket|network/i, "生成服务暂时不可用"],
  [/stopped before finishing|lease|worker/i, "处理它的进程中途停止"],
  [/cover|no material|uncovered|not enough material/i, "素材库缺少这一组合可用的素材"],
  [/invalid|malformed|schema|JSON/i, "生成结果格式无效"],
  [/cancel/i, "已取消"],
];

export function failureCause(error: string | null): string {
  if (!error) return "原因未记录";
  if (/[\u4e00-\u9fff]/.test(error)) return error;
  for (const [pattern, text] of CAUSES) if (pattern.test(error)) return text;
  return "生成失败";
}
