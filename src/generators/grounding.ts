// The grounding check: every number, price, percentage, date and benefit a draft states must appear in an item
// it cites (or in the request itself). A model may rephrase approved facts; it may not invent them.

export interface GroundingFinding {
  kind: "number" | "benefit";
  claim: string;
  start: number;
  end: number;
  severity: "block";
  message: string;
}

export interface Grounding {
  grounded: boolean;
  /** How many numeric and benefit claims were checked. */
  checked: number;
  findings: GroundingFinding[];
}

const UNITS =
  "%|％|‰|万元|亿元|元|块|万|亿|个工作日|工作日|天|个月|月|年|日|号|折|倍|岁|次|份|小时|分钟|积分|克|kg|g|ml|mg|片|粒|盒|瓶|支|件|人|期|周|节|课时|cm|mm";
const NUMBER = new RegExp(`(\\d+(?:[.,]\\d+)*)\\s?(${UNITS})?`, "g");
const CHINESE_AMOUNT = /[一二三四五六七八九十两半]+(?:折|成|倍)|[一二三四五六七八九十两百千万]+元/g;
const DATE_UNITS = new Set(["年", "月", "日", "号"]);

/** Benefit words (DOMAIN.md's 利益点): a draft may only promise what a cited item offers. */
const BENEFIT_WORDS = [
  "优惠券",
  "代金券",
  "抵用券",
  "满减",
  "立减",
  "红包",
  "返现",
  "赠品",
  "赠送",
  "小样",
  "试用装",
  "积分",
  "免费",
  "包邮",
  "折扣",
  "打折",
  "特价",
  "会员价",
  "专享价",
  "拼团",
  "砍价",
  "抽奖",
  "礼盒",
  "礼品",
  "体验金",
  "免单",
  "秒杀",
];
const BENEFIT = new RegExp(BENEFIT_WORDS.join("|"), "g");

function toAscii(text: string): string {
  return text.replace(/[０-９．，％]/g, (char) =>
    char === "．"
      ? "."
      : char === "，"
        ? "，"
        : char === "％"
          ? "%"
          : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

interface NumberToken {
  /** NaN for a dotted date such as 2026.9.30, which is then compared by its digits as written. */
  value: number;
  digits: string;
  unit: string;
  text: string;
  start: number;
  end: number;
}

function numberTokens(text: string): NumberToken[] {
  const ascii = toAscii(text);
  return [...ascii.matchAll(NUMBER)].map((match) => ({
    value: Number((match[1] ?? "").replace(/,/g, "")),
    digits: (match[1] ?? "").replace(/,/g, ""),
    unit: (match[2] ?? "").replace("％", "%"),
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

function supported(token: NumberToken, source: readonly NumberToken[]): boolean {
  return source.some(
    (candidate) =>
      (Number.isNaN(token.value) ? candidate.digits === token.digits : candidate.value === token.value) &&
      (token.unit === "" ||
        candidate.unit === token.unit ||
        (DATE_UNITS.has(token.unit) && DATE_UNITS.has(candidate.unit))),
  );
}

export function checkGrounding(body: string, sources: readonly string[]): Grounding {
  const sourceText = toAscii(sources.join("\n"));
  const sourceNumbers = numberTokens(sourceText);
  const findings: GroundingFinding[] = [];
  let checked = 0;
  for (const token of numberTokens(body)) {
    checked++;
    if (!supported(token, sourceNumbers)) {
      findings.push({
        kind: "number",
        claim: token.text,
        start: token.start,
        end: token.end,
        severity: "block",
        message: `「${token.text}」在引用的素材中找不到出处`,
      });
    }
  }
  for (const pattern of [CHINESE_AMOUNT, BENEFIT]) {
    for (const match of body.matchAll(pattern)) {
      checked++;
      if (sourceText.includes(match[0])) continue;
      const start = match.index ?? 0;
      findings.push({
        kind: pattern === BENEFIT ? "benefit" : "number",
        claim: match[0],
        start,
        end: start + match[0].length,
        severity: "block",
        message: `「${match[0]}」在引用的素材中找不到出处`,
      });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { grounded: findings.length === 0, checked, findings };
}
