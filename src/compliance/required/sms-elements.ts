// What an SMS owes: its sender's signature, an opt-out on anything commercial, and a length the carriers accept.
// Patterns are tested on the folded text.
import type { Finding } from "../types.ts";
import { missingElement } from "./missing-element.ts";
import { readNotice } from "./offer-or-notice.ts";

export const SMS_SEGMENT_CHARS = 70;
export const SMS_MAX_CHARS = 500;

export const SMS_SIGNATURE =
  /(^\s*【[^】]{2,16}】)|(【[^】]{2,16}】\s*((回|回复)[TN]D?退订|退订回[TN])?[。.]?\s*$)/i;
/** an opt-out by a reply code: the carriers' T, TD, N, R, or a sender's own letters (回QX退订, 退订回BK) */
export const SMS_OPT_OUT =
  /((回复?|回)\s*(TD|T|N|R|[A-Z]{2,4}|0)[^，。！？\n]{0,4}退订|退订(请)?(回复?|回)?\s*[A-Z]{1,4}(?![a-z])|拒收(请)?(回复?|回)\s*[A-Z]{1,4}(?![a-z])|请回复T(?![a-z])|回复T[，,]?(即可)?(停止|不再)|(回复?|回)\s*(N|T|TD|0)[，,]?\s*(即可|我们)?(将)?(停止|不再|取消)|(回复?|回)\s*(N|T|TD|R)(?![a-z0-9])[，,]?\s*(即可|我们|我们将|我们会|将|会)?(立即|马上|立刻)?(停止|不再|取消)|退订(请)?(点击|点|访问)|(不想|不愿意?|不希望)(再)?(收到|接收)(此类|这类|本类|我们的|相关)?(短信|信息|消息|推送)?[^。！？\n，,]{0,2}(回复?|回)\s*(N|T|TD|R)(?![a-z0-9])|不需要请回复)/i;

export function smsFindings(text: string, industry: string | undefined): Finding[] {
  const findings: Finding[] = [];
  // every port SMS names its sender (a disguised ad or a scam hides it); on an order, appointment or account
  // notice the gateway's registered signature usually serves, so there its absence is a reminder. The opt-out
  // line is owed by commercial messages: a block on an offer, a reminder on anything else that is no notice.
  const { notice, commercial } = readNotice(text, industry);
  if (!SMS_SIGNATURE.test(text)) {
    findings.push(
      missingElement(
        "required.sms_signature",
        commercial ? "block" : "warn",
        "《通信短信息服务管理规定》第十八条",
        "在开头或结尾加【品牌名】签名",
      ),
    );
  }
  // opting out is owed on commercial messages; an order, appointment or account notice is not one
  if (!SMS_OPT_OUT.test(text) && !notice) {
    findings.push(
      missingElement(
        "required.sms_opt_out",
        commercial ? "block" : "warn",
        "《通信短信息服务管理规定》第十九条",
        '结尾加"回T退订"',
      ),
    );
  }
  const length = [...text].length;
  if (length > SMS_MAX_CHARS) {
    findings.push(
      missingElement("limit.sms_length", "block", "运营商长短信限制", `短信不超过${SMS_MAX_CHARS}字`),
    );
  } else if (length > SMS_SEGMENT_CHARS) {
    findings.push(
      missingElement(
        "limit.sms_segments",
        "warn",
        "运营商计费规则",
        `超过${SMS_SEGMENT_CHARS}字将拆分为多条计费，建议精简`,
      ),
    );
  }
  return findings;
}
