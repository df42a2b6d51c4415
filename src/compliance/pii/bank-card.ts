// Bank card numbers: 16-19 digits with a card prefix. Luhn adds confidence but is not required
// (some UnionPay cards fail it); words such as 卡号 around the number are the strongest signal.
const CARD_CONTEXT =
  /(卡号|银行卡|储蓄卡|信用卡|借记卡|银联卡|账号|帐号|账户|帐户|尾号|开户|收款|转账|汇款|打款|还款|卡)/;
const NOT_CARD_CONTEXT = /(订单|单号|编号|快递|物流|运单|流水号|工单|条码|批号|批次|序列号|型号|会员号|券码)/;
const CARD_PREFIX = /^(62|4|5[1-5]|3[0-9]|60|65|81|9)/;

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = Number(digits[i]);
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

export function isBankCard(digits: string, before: string): boolean {
  if (!/^\d{16,19}$/.test(digits)) return false;
  const nearby = before.slice(-16);
  if (NOT_CARD_CONTEXT.test(nearby)) return false;
  if (CARD_CONTEXT.test(nearby)) return true;
  return CARD_PREFIX.test(digits) && luhn(digits);
}
