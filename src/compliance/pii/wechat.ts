// WeChat ids written after a WeChat cue (微信, vx, wx, 加v ...). A mobile used as an id is found as a mobile.
const WECHAT =
  /(?:微信号?|薇信|威信|v信|vx号?|wx号?|weixin|wechat|加v|加微)\s*(?:号|id)?\s*[:：是为]?\s*([a-z][-_a-z0-9]{5,19})/g;

export function findWechatIds(folded: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of folded.matchAll(WECHAT)) {
    const id = match[1] ?? "";
    const start = match.index + match[0].length - id.length;
    found.push({ start, end: start + id.length });
  }
  return found;
}
