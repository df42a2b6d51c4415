// Personal data in copy: mobiles, ID numbers, bank cards, e-mails, WeChat ids, personal addresses.
import type { Finding } from "../types.ts";
import { findPersonalAddresses } from "./address.ts";
import { isBankCard } from "./bank-card.ts";
import { digitRuns } from "./digit-runs.ts";
import { findEmails } from "./email.ts";
import { isIdNumber } from "./id-card.ts";
import { mobileIn } from "./mobile.ts";
import { findWechatIds } from "./wechat.ts";

const ARTICLE = "《个人信息保护法》第十三条、第二十五条";

function finding(original: string, kind: string, start: number, end: number, suggestion: string): Finding {
  return {
    source: "pii",
    rule_id: `pii.${kind}`,
    category: "pii",
    label: "pii",
    article: ARTICLE,
    severity: "block",
    start,
    end,
    excerpt: original.slice(start, end),
    suggestion,
  };
}

export function scanPii(original: string, folded: string): Finding[] {
  return scanPiiCapped(original, folded).findings;
}

/** a courier, a rider, a driver or a fitter named in the sentence before the number (快递员13…提醒您取件, 司机张师傅，
 * 车牌…，手机13…, 配送员陈姐…陈姐电话13…): the sender's work contact in a delivery notice, not a customer's */
const WORKER = /(快递员|快递小哥|配送员|派送员|派件员|送货员|骑手|外卖员|司机|师傅|安装工|维修工)/;
/** ... unless the number is said to be someone served: 客户王女士13… */
const CUSTOMER = /(客户|顾客|买家|用户|会员|业主|家长|患者|学员|先生|女士)[^，。；！？\n]{0,4}$/;
const WORKER_REACH = 40;

/** the sentence up to the number, read at most WORKER_REACH units back */
function sentenceBefore(folded: string, start: number): string {
  const before = folded.slice(Math.max(0, start - WORKER_REACH), start);
  return before.slice(before.search(/[^。！？\n]*$/));
}

function workersNumber(folded: string, start: number): boolean {
  const sentence = sentenceBefore(folded, start);
  return WORKER.test(sentence) && !CUSTOMER.test(sentence);
}

/** the sender's own line offered for enquiries, right before the number (联系电话：183…, 详询139…, 报名热线 136…): a shop's or
 * a school's contact in its advert, not a customer's data */
const SENDER_LINE =
  /(联系电话|咨询电话|咨询热线|报名电话|报名热线|预约电话|预约热线|订购电话|订购热线|服务电话|服务热线|客服电话|详询|垂询|来电咨询)[:：]?\s*$/;
/** ... unless the sentence is a record of a person served (客户王女士，联系电话13…) */
const PERSON_RECORD =
  /(先生|女士|姓名|名字|本人|身份证|患者|客户|顾客|学员|业主|家长|买家|收货人|收件人|订单)/;
const SENDER_REACH = 12;

function sendersNumber(folded: string, start: number): boolean {
  if (!SENDER_LINE.test(folded.slice(Math.max(0, start - SENDER_REACH), start))) return false;
  return !PERSON_RECORD.test(sentenceBefore(folded, start));
}

/** The findings built, and how many there were. */
export interface PiiScan {
  findings: Finding[];
  total: number;
}

/**
 * scanPii building at most `perKind` findings of each kind, the first by position (every PII finding blocks,
 * so these are the ones a capped list shows: each scan below finds its kind in text order); the rest are
 * counted. A text of 40,000 phone numbers no longer builds 40,000 findings to list 20 of them.
 */
export function scanPiiCapped(original: string, folded: string, perKind = Number.POSITIVE_INFINITY): PiiScan {
  const findings: Finding[] = [];
  const built = new Map<string, number>();
  let total = 0;
  // units already inside a finding: a WeChat id overlapping one is the same data, and the check stays linear
  const taken = new Uint8Array(original.length);
  const found = (kind: string, start: number, end: number, suggestion: string) => {
    total++;
    const count = built.get(kind) ?? 0;
    if (count >= perKind) return;
    built.set(kind, count + 1);
    findings.push(finding(original, kind, start, end, suggestion));
  };
  for (const run of digitRuns(original)) {
    const mobile = mobileIn(run.digits);
    if (mobile) {
      const start = run.offsets[mobile.from] ?? run.start;
      if (workersNumber(folded, start) || sendersNumber(folded, start)) continue;
      found("mobile", start, run.end, '删去客户手机号，改为"请私信联系"或使用{客户称呼}等占位符');
      taken.fill(1, start, run.end);
      continue;
    }
    if (run.digits.length === 18 && isIdNumber(run.digits)) {
      found("id_number", run.start, run.end, "删去身份证号码");
      taken.fill(1, run.start, run.end);
      continue;
    }
    if (isBankCard(run.digits, folded.slice(Math.max(0, run.start - 20), run.start))) {
      found("bank_card", run.start, run.end, "删去银行卡号");
      taken.fill(1, run.start, run.end);
    }
  }
  for (const { start, end } of findEmails(folded)) {
    found("email", start, end, "删去个人邮箱");
    taken.fill(1, start, end);
  }
  for (const { start, end } of findWechatIds(folded)) {
    if (!taken.subarray(start, end).includes(1)) {
      found("wechat_id", start, end, "删去个人微信号，改为企业微信名片");
      taken.fill(1, start, end);
    }
  }
  for (const { start, end } of findPersonalAddresses(folded)) {
    found("address", start, end, "删去客户的姓名与详细住址");
  }
  return { findings, total };
}
