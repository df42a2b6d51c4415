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
  const findings: Finding[] = [];
  for (const run of digitRuns(original)) {
    const mobile = mobileIn(run.digits);
    if (mobile) {
      const start = run.offsets[mobile.from] ?? run.start;
      findings.push(
        finding(
          original,
          "mobile",
          start,
          run.end,
          '删去客户手机号，改为"请私信联系"或使用{客户称呼}等占位符',
        ),
      );
      continue;
    }
    if (run.digits.length === 18 && isIdNumber(run.digits)) {
      findings.push(finding(original, "id_number", run.start, run.end, "删去身份证号码"));
      continue;
    }
    if (isBankCard(run.digits, folded.slice(Math.max(0, run.start - 20), run.start))) {
      findings.push(finding(original, "bank_card", run.start, run.end, "删去银行卡号"));
    }
  }
  for (const { start, end } of findEmails(folded)) {
    findings.push(finding(original, "email", start, end, "删去个人邮箱"));
  }
  // units already inside a finding: a WeChat id overlapping one is the same data, and the check stays linear
  const taken = new Uint8Array(original.length);
  for (const other of findings) taken.fill(1, other.start, other.end);
  for (const { start, end } of findWechatIds(folded)) {
    if (!taken.subarray(start, end).includes(1)) {
      findings.push(finding(original, "wechat_id", start, end, "删去个人微信号，改为企业微信名片"));
      taken.fill(1, start, end);
    }
  }
  for (const { start, end } of findPersonalAddresses(folded)) {
    findings.push(finding(original, "address", start, end, "删去客户的姓名与详细住址"));
  }
  return findings;
}
