// Runs the compiled pack over normalized text: one automaton pass plus the regex rules,
// then drops hits inside allowlisted or excepted phrases and hits in an innocent context.
import { scanUnits } from "../matcher/automaton.ts";
import { type Normalized, normalizedString, originalRange } from "../normalize/normalize.ts";
import { foldNumerals } from "../normalize/numerals.ts";
import type { Finding } from "../types.ts";
import { ruleApplies } from "./applies.ts";
import type { CompiledPack } from "./compile-pack.ts";
import { innocentContext } from "./context.ts";
import { type Coverage, coverageOf, covered, type Range } from "./coverage.ts";
import { regexesToRun } from "./regex-prefilter.ts";
import type { Rule } from "./rule-pack.ts";
import { onWordBounds } from "./word-bounds.ts";

export interface ScanContext {
  original: string;
  /** same-length folded original (width, case, simplified) for context checks */
  folded: string;
  normalized: Normalized;
  industry?: string;
  channel?: string;
}

interface Hit {
  rule: number;
  begin: number;
  end: number;
  /** an evasion form (pinyin, a homophone, digits) rather than the listed term itself */
  variant?: boolean;
}

function collectHits(compiled: CompiledPack, normalized: Normalized) {
  const hits: Hit[] = [];
  const allowed: Range[] = [];
  const excepted = new Map<number, Range[]>();
  scanUnits(compiled.automaton, normalized.codes, normalized.length, (pattern, begin, end) => {
    for (const entry of compiled.entries[pattern] ?? []) {
      if (entry.role === "term") hits.push({ rule: entry.rule, begin, end, variant: entry.variant });
      else if (entry.role === "allow") allowed.push({ begin, end });
      else {
        const list = excepted.get(entry.rule) ?? [];
        list.push({ begin, end });
        excepted.set(entry.rule, list);
      }
    }
  });
  if (compiled.regexes.length > 0) {
    const text = foldNumerals(normalizedString(normalized));
    const run = regexesToRun(compiled.prefilter, text);
    for (const [index, { rule, regex }] of compiled.regexes.entries()) {
      if (run[index] === 0) continue;
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        hits.push({ rule, begin: match.index, end: match.index + match[0].length });
      }
    }
  }
  return { hits, allowed, excepted };
}

/** Keeps, per rule, the longest of overlapping hits. */
function dedupe(hits: Hit[]): Hit[] {
  // sorts and widens in place: the hits are this scan's own, and a long text has many of them
  hits.sort((a, b) => a.rule - b.rule || a.begin - b.begin || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const previous = kept[kept.length - 1];
    if (previous && previous.rule === hit.rule && hit.begin < previous.end) {
      if (hit.end > previous.end) previous.end = hit.end;
      // the listed term itself among the overlapping hits makes the merged hit no mere sound-alike
      if (!hit.variant) previous.variant = false;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

const OPEN_QUOTES = "“「『《\"'";
const CLOSE_QUOTES = "”」』》\"'";
/** what follows a quoted shop, series or trademark name: “第一鲜”生鲜店, 「至尊」系列 */
const NAME_SUFFIX =
  /^(生鲜店|店|门店|超市|商行|商场|餐厅|饭店|酒家|酒楼|茶楼|书店|药房|诊所|系列|牌|商标|集团|公司|工作室)/;
const MAX_QUOTED_NAME = 10;

/**
 * An absolute term inside a short quoted name followed by a shop or series noun is a name, not a claim:
 * it becomes a warning (a person checks the name is registered) instead of a block.
 */
function insideQuotedName(folded: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_QUOTED_NAME && !OPEN_QUOTES.includes(folded[open] ?? "")) {
    if (CLOSE_QUOTES.includes(folded[open] ?? "") || /[。！？!?，,；;\n]/.test(folded[open] ?? ""))
      return false;
    open--;
  }
  if (open < 0 || !OPEN_QUOTES.includes(folded[open] ?? "")) return false;
  let close = end;
  while (
    close < folded.length &&
    close - open <= MAX_QUOTED_NAME + 1 &&
    !CLOSE_QUOTES.includes(folded[close] ?? "")
  ) {
    if (/[。！？!?，,；;\n]/.test(folded[close] ?? "")) return false;
    close++;
  }
  if (!CLOSE_QUOTES.includes(folded[close] ?? "")) return false;
  return NAME_SUFFIX.test(folded.slice(close + 1, close + 5));
}

const documentRegexes = new Map<string, RegExp>();
function documentRegex(source: string): RegExp {
  let regex = documentRegexes.get(source);
  if (!regex) {
    regex = new RegExp(source);
    documentRegexes.set(source, regex);
  }
  return regex;
}

/** Whether the whole document downgrades the rule: it depends on the rule alone, so it is asked once per rule. */
function downgraded(rule: Rule, folded: string): boolean {
  const { document, document_unless: unless } = rule.exceptions;
  if (document.length === 0) return false;
  return (
    document.some((source) => documentRegex(source).test(folded)) &&
    !unless.some((source) => documentRegex(source).test(folded))
  );
}

/**
 * The labels whose rules read this text as a warning about such claims (their `document` exceptions match): an
 * investor-education post or an anti-fraud notice that describes the promises it warns against. There the
 * rules of that label only advise, and the claim model must not flag the same descriptions as claims.
 */
export function warningFramedLabels(
  compiled: CompiledPack,
  folded: string,
  industry: string | undefined,
  channel: string | undefined,
): Set<string> {
  const labels = new Set<string>();
  for (const rule of compiled.rules) {
    if (labels.has(rule.label) || rule.exceptions.document.length === 0) continue;
    if (ruleApplies(rule, industry, channel) && downgraded(rule, folded)) labels.add(rule.label);
  }
  return labels;
}

/** The findings kept, and how many there were: a long text may hold far more than anyone should list. */
export interface RuleScan {
  findings: Finding[];
  total: number;
  /** where allowlisted phrases stand, in the original text: the claim model's findings inside one are dropped too */
  allowed: Coverage | undefined;
}

/** Where a counted-but-unlisted finding's span is remembered: its severity, as a negative marker. */
const UNLISTED_WARN = -1;
const UNLISTED_BLOCK = -2;

/**
 * Scans and keeps at most `perRule` findings of each rule and severity; the others are only counted. Building
 * (and holding) an object per hit is what made a text of 200,000 hits slow: garbage, not matching.
 */
export function scanRulesCapped(compiled: CompiledPack, context: ScanContext, perRule = Infinity): RuleScan {
  const { hits, allowed, excepted } = collectHits(compiled, context.normalized);
  const findings: Finding[] = [];
  let total = 0;
  const allowedCoverage = coverageOf(allowed);
  const exceptedCoverage = new Map([...excepted].map(([rule, ranges]) => [rule, coverageOf(ranges)]));
  const live = hits.filter((hit) => {
    const rule = compiled.rules[hit.rule];
    if (!rule || !ruleApplies(rule, context.industry, context.channel)) return false;
    return !covered(hit, allowedCoverage) && !covered(hit, exceptedCoverage.get(hit.rule));
  });
  const downgrades = new Map<Rule, boolean>();
  // where each label's finding on a span sits in `findings` (or a marker when it is only counted), so the
  // same-span check is not a scan
  const bySpan = new Map<string, Map<number, number>>();
  const listed = new Map<string, number>();
  const make = (rule: Rule, severity: Finding["severity"], start: number, end: number): Finding => ({
    source: "rule",
    rule_id: rule.id,
    category: rule.category,
    label: rule.label,
    article: rule.article,
    severity,
    start,
    end,
    excerpt: context.original.slice(start, end),
    suggestion: rule.suggestion,
  });
  /** lists the finding if its rule and severity have room, and says where it went */
  const list = (rule: Rule, severity: Finding["severity"], start: number, end: number): number => {
    const slot = `${rule.id}:${severity}`;
    const count = listed.get(slot) ?? 0;
    if (count >= perRule) return severity === "block" ? UNLISTED_BLOCK : UNLISTED_WARN;
    listed.set(slot, count + 1);
    findings.push(make(rule, severity, start, end));
    return findings.length - 1;
  };
  for (const hit of dedupe(live)) {
    const rule = compiled.rules[hit.rule];
    if (!rule) continue;
    const { start, end } = originalRange(context.normalized, hit.begin, hit.end);
    // a sound-alike inside ordinary words is those words, not an evasion
    if (hit.variant && !onWordBounds(context.folded, start, end)) continue;
    if (
      innocentContext(
        context.folded,
        start,
        end,
        rule.exceptions.before,
        rule.exceptions.after,
        rule.exceptions.after_patterns,
        rule.label,
        rule.exceptions.before_patterns,
      )
    )
      continue;
    let ruleDowngraded = downgrades.get(rule);
    if (ruleDowngraded === undefined) {
      ruleDowngraded = downgraded(rule, context.folded);
      downgrades.set(rule, ruleDowngraded);
    }
    const warnOnly =
      ruleDowngraded || (rule.label === "absolute" && insideQuotedName(context.folded, start, end));
    const severity = warnOnly ? "warn" : rule.severity;
    // two rules of one label on the same span say the same thing to a reviewer: keep one, the stricter
    let spans = bySpan.get(rule.label);
    if (!spans) {
      spans = new Map();
      bySpan.set(rule.label, spans);
    }
    // one number per span (texts are far below 2^26 units), so tens of thousands of hits allocate no keys
    const span = start * 2 ** 26 + end;
    const same = spans.get(span);
    if (same === undefined) {
      total++;
      spans.set(span, list(rule, severity, start, end));
    } else if (severity === "block") {
      if (same >= 0 && findings[same]?.severity === "warn") findings[same] = make(rule, severity, start, end);
      else if (same === UNLISTED_WARN) spans.set(span, list(rule, severity, start, end));
    }
  }
  const allowedOriginal = allowed.map((range) => {
    const { start, end } = originalRange(context.normalized, range.begin, range.end);
    return { begin: start, end };
  });
  return { ...withoutDeferred(compiled, findings, total), allowed: coverageOf(allowedOriginal) };
}

const deferringByPack = new WeakMap<CompiledPack, ReadonlySet<string>>();

/** The ids of a pack's deferring rules, read once per compiled pack rather than on every scan. */
function deferringRules(compiled: CompiledPack): ReadonlySet<string> {
  let ids = deferringByPack.get(compiled);
  if (!ids) {
    ids = new Set(compiled.rules.filter((rule) => rule.defers).map((rule) => rule.id));
    deferringByPack.set(compiled, ids);
  }
  return ids;
}

/** Drops the findings of deferring rules that another rule of their label overlaps. */
function withoutDeferred(
  compiled: CompiledPack,
  findings: Finding[],
  total: number,
): { findings: Finding[]; total: number } {
  const deferring = deferringRules(compiled);
  if (deferring.size === 0 || !findings.some((finding) => deferring.has(finding.rule_id)))
    return { findings, total };
  const kept = findings.filter(
    (finding) =>
      !deferring.has(finding.rule_id) ||
      !findings.some(
        (other) =>
          !deferring.has(other.rule_id) &&
          other.label === finding.label &&
          other.start < finding.end &&
          finding.start < other.end,
      ),
  );
  return { findings: kept, total: total - (findings.length - kept.length) };
}

export function scanRules(compiled: CompiledPack, context: ScanContext): Finding[] {
  return scanRulesCapped(compiled, context).findings;
}
