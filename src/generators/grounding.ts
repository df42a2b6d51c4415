// The grounding check: every number, price, percentage, date and benefit a draft states must appear in an item
// it cites. A model may rephrase approved facts; it may not invent them. What only the requester typed (a
// benefit, a product name) is data, not approved material: a claim found there alone is flagged for the
// reviewer as supplied by the requester, never counted as grounded. Customer merge fields ({客户称呼}) are
// listed, never claims.
import { MERGE_FIELDS, type MergeFieldType, mergeFieldsOf } from "../domain/merge-fields.ts";

export interface GroundingFinding {
  /** number / benefit: in no cited item; requester_supplied: only in what the requester typed; guidance: text for
   * writers (a policy, objection advice) that must never reach a customer. */
  kind: "number" | "benefit" | "requester_supplied" | "guidance";
  claim: string;
  start: number;
  end: number;
  /** block: the draft cannot be approved as it is; warn: a reviewer must confirm it (with a written reason). */
  severity: "block" | "warn";
  message: string;
}

export interface Grounding {
  /** No block finding: every claim is backed by a cited item, or flagged as supplied by the requester. */
  grounded: boolean;
  /** How many numeric and benefit claims were checked. */
  checked: number;
  findings: GroundingFinding[];
  /** Customer merge fields the text keeps for the sending tool, with their types. Never claims. */
  merge_fields: Array<{ name: string; type: MergeFieldType }>;
  /** The guidance the draft was written under, for the reviewer's view: policy notes, never draft text. */
  policy_notes?: Array<{ id: string; version: number; title: string; text: string }>;
}

export interface GroundingOptions {
  /** What the requester typed (benefit, product): data that supports nothing, but explains a claim. */
  requester?: readonly string[];
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

function unsupported(
  claim: { text: string; start: number; end: number; kind: "number" | "benefit" },
  requesterSays: boolean,
): GroundingFinding {
  const { text, start, end, kind } = claim;
  return requesterSays
    ? {
        kind: "requester_supplied",
        claim: text,
        start,
        end,
        severity: "warn",
        message: `「${text}」由提交人填写，不是批准素材中的内容：通过前请核实`,
      }
    : { kind, claim: text, start, end, severity: "block", message: `「${text}」在引用的素材中找不到出处` };
}

export function checkGrounding(
  body: string,
  sources: readonly string[],
  options: GroundingOptions = {},
): Grounding {
  const sourceText = toAscii(sources.join("\n"));
  const sourceNumbers = numberTokens(sourceText);
  const requesterText = toAscii((options.requester ?? []).join("\n"));
  const requesterNumbers = numberTokens(requesterText);
  // Merge fields are placeholders, not claims: {积分数} holds no number yet.
  const claimsText = body.replace(/\{[^{}]{1,20}\}/g, (field) => " ".repeat(field.length));
  const findings: GroundingFinding[] = [];
  let checked = 0;
  for (const token of numberTokens(claimsText)) {
    checked++;
    if (!supported(token, sourceNumbers)) {
      findings.push(unsupported({ ...token, kind: "number" }, supported(token, requesterNumbers)));
    }
  }
  for (const pattern of [CHINESE_AMOUNT, BENEFIT]) {
    for (const match of claimsText.matchAll(pattern)) {
      checked++;
      if (sourceText.includes(match[0])) continue;
      const start = match.index ?? 0;
      const claim = { text: match[0], start, end: start + match[0].length };
      findings.push(
        unsupported(
          { ...claim, kind: pattern === BENEFIT ? "benefit" : "number" },
          requesterText.includes(match[0]),
        ),
      );
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return {
    grounded: !findings.some((finding) => finding.severity === "block"),
    checked,
    findings,
    merge_fields: mergeFieldsOf(body).map((name) => ({ name, type: MERGE_FIELDS[name] })),
  };
}

/** What a cited item supports: its title, text, clause and last valid day (as a {{deadline}} writes it). */
export function sourceTexts(
  items: ReadonlyArray<{ title: string; text: string; clause?: string | null; valid_until?: string | null }>,
): string[] {
  return items.flatMap((item) => {
    const [year, month, day] = (item.valid_until ?? "").split("-").map(Number);
    const until = year && month && day ? [`${year}年${month}月${day}日`] : [];
    return [item.title, item.text, ...(item.clause ? [item.clause] : []), ...until];
  });
}
