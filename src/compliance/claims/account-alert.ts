// A bank's account alert (您尾号0345卡…收入1,000元，余额…) reports a transaction on the customer's own card. Its
// figures are balances, not returns, and no advert needs a risk line or an unsubscribe word on it; the claim
// head, which learned figures beside 元 and a bank's name from return promises, read one as a promise.

const ACCOUNT_ALERT =
  /尾号\s*[\d*＊xX]{3,4}[^。！？\n]{0,40}(消费|支出|收入|存入|入账|到账|收到|转账|转入|转出|汇入|扣款|扣费|还款|余额|可用额度|交易|退款)/;

/** Whether the text is an alert on the customer's own account or card. */
export function accountAlert(text: string): boolean {
  return ACCOUNT_ALERT.test(text);
}
