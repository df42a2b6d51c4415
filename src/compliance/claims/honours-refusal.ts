// A clause that accepts a refusal (不再致电, 登记您的号码, 抱歉打扰) is the opposite of harassment, whatever
// words of contact it shares with a collector's threat: the harassment head read an approved opt-out line
// ("非常抱歉打扰到您，我们会登记您的号码") as pressure. Insults and threats keep their own rules and cues.

const HONOURS_REFUSAL =
  /((不再|不会再|再也不会?)(给您|跟您|向您|为您)?(致电|打扰|联系|来电|拨打|打电话|推送|发送|发短信)|登记[^，。！？]{0,6}(号码|电话|勿扰)|免打扰|勿扰名单|(抱歉|不好意思)打扰)/;
const HOSTILE = /(滚|骂|傻|废物|不要脸|曝光|上门|找到你|你家人|你单位|起诉你|坐牢|后果自负|别想)/;

/** Whether a model finding of harassment on this excerpt would contradict the excerpt's own words. */
export function honoursRefusal(excerpt: string): boolean {
  return HONOURS_REFUSAL.test(excerpt) && !HOSTILE.test(excerpt);
}
