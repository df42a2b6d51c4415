// Texts for bench:adversarial, written for it: what an attacker sends to make a check slow or its answer huge,
// and, as the reference, ordinary compliant copy of the same length.

const ORDINARY = [
  "本周新品到店，欢迎周末来门店试用，顾问会现场讲解成分和用法。",
  "理财有风险，投资需谨慎。过往业绩不代表未来表现，请根据自身情况选择。",
  "会员日当天到店可领取护手霜小样一份，数量以门店实际为准。",
  "如需了解产品详情，请在工作时间联系您的专属顾问，我们会耐心解答。",
  "春季换季，建议根据肤质调整护肤步骤，有疑问可以随时咨询我们。",
  "感谢您一直以来的支持，祝您和家人周末愉快。",
];

const EVASIONS = [
  "保\u200b本",
  "稳-赚",
  "bao本",
  "穩賺不賠",
  "ｂａｏｂｅｎ",
  "保😊本",
  "零 风 险",
  "百分之百收益",
  "稳稳稳赚",
  "包*赚",
  "最·佳",
  "第①",
  "根治",
  "保过",
];

const PII = [
  "13812345678",
  "1 3 8 1 2 3 4 5 6 7 8",
  "幺三八幺二三四五六七八",
  "110101199003077777",
  "6222021234567890123",
  "li.si@example.com",
  "微信号 wx_abc12345",
  "王先生住在北京市朝阳区建国路88号3栋2单元501室",
];

function cycle(parts: readonly string[], length: number, separator = "，"): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${parts[i % parts.length]}${separator}`;
  return text.slice(0, length);
}

export const KINDS = {
  ordinary: (length: number) => cycle(ORDINARY, length, ""),
  repeated: (length: number) => "保本".repeat(Math.ceil(length / 2)).slice(0, length),
  evasion: (length: number) => cycle(EVASIONS, length),
  pii: (length: number) => cycle(PII, length, "；"),
  mixed: (length: number) =>
    cycle(
      ORDINARY.flatMap((sentence, i) => [
        sentence,
        EVASIONS[i % EVASIONS.length] as string,
        PII[i % PII.length] as string,
        "保本".repeat(8),
      ]),
      length,
    ),
} as const;

export type Kind = keyof typeof KINDS;
