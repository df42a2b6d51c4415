// The one flat text per draft: what the compliance checks and the grounding check read, and what a reviewer
// sees. Outbound keeps its 【section】 markers so a reader (and the opt-out check) sees the script's shape.
import type { ChannelContent, OutboundContent } from "./channel-content.ts";

function flattenOutbound(content: OutboundContent): string {
  const { branches } = content;
  return [
    `【开场】${content.opening}`,
    `【目的】${content.purpose}`,
    `【利益点】${content.benefit}`,
    ...content.questions.map((question) => `【询问】${question}`),
    `【客户有意向】${branches.interested}`,
    `【客户暂不需要】${branches.not_now}`,
    `【客户询问详情】${branches.asks_details}`,
    ...branches.objection.map((entry) => `【客户异议：${entry.trigger}】${entry.answer}`),
    `【客户投诉】${branches.complaint}`,
    `【客户要求勿扰】${branches.do_not_call.say}`,
    `【添加企业微信】${content.add_wechat_work}`,
    `【结束】${content.closing}`,
  ].join("\n");
}

export function flattenContent(content: ChannelContent): string {
  switch (content.channel) {
    case "moments":
      return `${content.text}\n${content.call_to_action}`;
    case "group":
      return content.text;
    case "private":
      return `${content.greeting}${content.text}${content.question}`;
    case "sms":
      return `${content.signature}${content.text}${content.opt_out}`;
    case "outbound":
      return flattenOutbound(content);
  }
}
