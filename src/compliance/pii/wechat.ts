// WeChat ids written after a WeChat cue (微信, vx, wx, 加v ...). A mobile used as an id is found as a mobile.
const WECHAT =
  /(?:微信号?|薇信|威信|v信|vx号?|wx号?|weixin|wechat|加v|加微)\s*(?:号|id)?\s*[:：是为]?\s*([a-z][-_a-z0-9]{5,19})/g;

// A business's own account is a contact point, not a person's data, as role e-mail addresses are (email.ts): the
// account word must name the WeChat itself (客服微信号, 官方微信), since 售后加我微信 or 家政服务阿姨微信 give a
// person's own. The id may follow in brackets (加微信客服（微信号：…）). An impostor's 客服微信 is fraud, which is not
// this check's to find.
const BUSINESS_ACCOUNT = /(客服|官方|公众|企业|门店|店铺|售后)\s*[（(]?\s*$/;
const ROLE_ID = /^(kefu|service|support|official|guanfang)/;

export function findWechatIds(folded: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of folded.matchAll(WECHAT)) {
    const id = match[1] ?? "";
    if (ROLE_ID.test(id) || BUSINESS_ACCOUNT.test(folded.slice(Math.max(0, match.index - 5), match.index)))
      continue;
    const start = match.index + match[0].length - id.length;
    found.push({ start, end: start + id.length });
  }
  return found;
}
