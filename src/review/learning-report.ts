// Learning from decisions: what reviewers reject and why, and which phrases they keep rejecting that the rule
// pack does not catch yet. A phrase becomes a proposal once it was rejected on enough distinct drafts; a finding
// dismissed on enough distinct drafts becomes a proposed exception to its rule.
import { createHash } from "node:crypto";
import type { AppContext } from "../context.ts";
import type { Industry } from "../domain/vocabulary.ts";
import type { ReasonCode } from "./lifecycle.ts";
import { complianceCheckOf } from "./recheck.ts";

export interface RuleProposal {
  id: string;
  term: string;
  reason_code: ReasonCode;
  category: string;
  severity: "block" | "warn";
  /** Empty: every industry (the Advertising Law's absolute terms hold everywhere). */
  industries: string[];
  rejections: number;
  draft_ids: string[];
}

/**
 * The other direction: a finding reviewers keep dismissing (the same rule on the same words, on enough distinct
 * drafts) is proposed as an exception to that rule, with the reviewers' reasons, for the rule pack's owners.
 */
export interface ExceptionProposal {
  id: string;
  rule_id: string;
  source: string;
  excerpt: string;
  severity: string;
  industries: string[];
  dismissals: number;
  draft_ids: string[];
  /** Up to five of the reviewers' written reasons, newest first. */
  reasons: string[];
}

export interface LearningReport {
  since: string | null;
  decisions: { approved: number; rejected: number; changes_requested: number };
  rejections_by_reason: Array<{ reason_code: string; count: number }>;
  rejections_by_industry: Array<{ industry: string; reason_code: string; count: number }>;
  top_phrases: Array<{ phrase: string; reason_code: string; drafts: number }>;
  proposals: RuleProposal[];
  dismissals_by_rule: Array<{ rule_id: string; count: number }>;
  exception_proposals: ExceptionProposal[];
  threshold: number;
}

const INDUSTRY_CATEGORY: Partial<Record<string, string>> = {
  finance: "finance",
  insurance: "insurance",
  pharma: "medical",
  medical: "medical",
  health_food: "health_food",
  education: "education",
};

/** Which rule category a rejected phrase would join; reasons no term list can express propose nothing. */
export function categoryFor(reason: string, industry: string): string | undefined {
  if (reason === "absolute_term") return "absolute";
  if (reason === "tone") return "pressure";
  if (reason === "unsupported_claim") return INDUSTRY_CATEGORY[industry];
  return undefined;
}

export function proposalId(category: string, term: string, industries: readonly string[]): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([category, term, [...industries].sort()]))
    .digest("hex");
  return `prop_${hash.slice(0, 16)}`;
}

interface PhraseRow {
  phrase: string;
  reason_code: string;
  industry: string;
  draft_id: string;
}

export async function learningReport(
  context: AppContext,
  input: { since?: string | undefined; threshold?: number | undefined } = {},
): Promise<LearningReport> {
  const { db } = context;
  const since = input.since ?? null;
  const threshold = input.threshold ?? 3;
  const window = "($1::timestamptz IS NULL OR l.at >= $1::timestamptz)";
  const [decisions, byReason, byIndustry, phrases, dismissals] = await Promise.all([
    db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM review_audit l
       WHERE action IN ('approved', 'rejected', 'changes_requested') AND ${window} GROUP BY action`,
      [since],
    ),
    db.query<{ reason_code: string; count: number }>(
      `SELECT reason_code, count(*)::int AS count FROM review_audit l WHERE action = 'rejected' AND ${window}
       GROUP BY reason_code ORDER BY count DESC, reason_code`,
      [since],
    ),
    db.query<{ industry: string; reason_code: string; count: number }>(
      `SELECT d.industry, l.reason_code, count(*)::int AS count FROM review_audit l JOIN drafts d ON d.id = l.draft_id
       WHERE l.action = 'rejected' AND ${window} GROUP BY d.industry, l.reason_code ORDER BY count DESC, d.industry`,
      [since],
    ),
    // The phrases a reviewer marked on each rejection (kept in the audit row's detail).
    db.query<PhraseRow>(
      `SELECT DISTINCT p.phrase, l.reason_code, d.industry, l.draft_id FROM review_audit l
       JOIN drafts d ON d.id = l.draft_id, jsonb_array_elements_text(coalesce(l.detail->'phrases', '[]')) AS p(phrase)
       WHERE l.action = 'rejected' AND ${window}`,
      [since],
    ),
    db.query<DismissalRow>(
      `SELECT f.finding->>'rule_id' AS rule_id, f.finding->>'source' AS source, f.finding->>'excerpt' AS excerpt,
         f.finding->>'severity' AS severity, d.industry, f.draft_id, f.reason
       FROM finding_dismissals f JOIN drafts d ON d.id = f.draft_id
       WHERE ($1::timestamptz IS NULL OR f.at >= $1::timestamptz) ORDER BY f.id DESC`,
      [since],
    ),
  ]);
  const counts = Object.fromEntries(decisions.rows.map((row) => [row.action, row.n]));
  const grouped = new Map<
    string,
    { phrase: string; reason_code: string; drafts: Set<string>; industries: Set<string> }
  >();
  for (const row of phrases.rows) {
    const key = `${row.reason_code}\u0000${row.phrase}`;
    const entry = grouped.get(key) ?? {
      phrase: row.phrase,
      reason_code: row.reason_code,
      drafts: new Set(),
      industries: new Set(),
    };
    entry.drafts.add(row.draft_id);
    entry.industries.add(row.industry);
    grouped.set(key, entry);
  }
  const ranked = [...grouped.values()].sort(
    (a, b) => b.drafts.size - a.drafts.size || a.phrase.localeCompare(b.phrase),
  );
  const accepted = await acceptedProposalIds(context);
  const proposals: RuleProposal[] = [];
  for (const entry of ranked) {
    if (entry.drafts.size < threshold) continue;
    const industries = [...entry.industries].sort();
    const categories = new Set(industries.map((industry) => categoryFor(entry.reason_code, industry)));
    const [category] = [...categories];
    if (categories.size !== 1 || !category) continue;
    const scoped = entry.reason_code === "unsupported_claim" ? industries : [];
    const id = proposalId(category, entry.phrase, scoped);
    if (accepted.has(id) || (await alreadyCaught(context, entry.phrase, industries))) continue;
    proposals.push({
      id,
      term: entry.phrase,
      reason_code: entry.reason_code as ReasonCode,
      category,
      severity: category === "absolute" ? "block" : "warn",
      industries: scoped,
      rejections: entry.drafts.size,
      draft_ids: [...entry.drafts].sort(),
    });
  }
  return {
    since,
    decisions: {
      approved: counts.approved ?? 0,
      rejected: counts.rejected ?? 0,
      changes_requested: counts.changes_requested ?? 0,
    },
    rejections_by_reason: byReason.rows,
    rejections_by_industry: byIndustry.rows,
    top_phrases: ranked
      .slice(0, 50)
      .map((e) => ({ phrase: e.phrase, reason_code: e.reason_code, drafts: e.drafts.size })),
    proposals,
    ...exceptionsFrom(dismissals.rows, threshold),
    threshold,
  };
}

interface DismissalRow {
  rule_id: string;
  source: string;
  excerpt: string;
  severity: string;
  industry: string;
  draft_id: string;
  reason: string;
}

export function exceptionsFrom(
  rows: readonly DismissalRow[],
  threshold: number,
): Pick<LearningReport, "dismissals_by_rule" | "exception_proposals"> {
  const byRule = new Map<string, number>();
  const grouped = new Map<string, { first: DismissalRow; rows: DismissalRow[] }>();
  for (const row of rows) {
    byRule.set(row.rule_id, (byRule.get(row.rule_id) ?? 0) + 1);
    const key = `${row.rule_id}\u0000${row.excerpt}`;
    const entry = grouped.get(key) ?? { first: row, rows: [] };
    entry.rows.push(row);
    grouped.set(key, entry);
  }
  const exceptions: ExceptionProposal[] = [];
  for (const { first, rows: group } of grouped.values()) {
    const drafts = [...new Set(group.map((row) => row.draft_id))].sort();
    if (drafts.length < threshold) continue;
    const id = createHash("sha256")
      .update(JSON.stringify(["exception", first.rule_id, first.excerpt]))
      .digest("hex");
    exceptions.push({
      id: `exc_${id.slice(0, 16)}`,
      rule_id: first.rule_id,
      source: first.source,
      excerpt: first.excerpt,
      severity: first.severity,
      industries: [...new Set(group.map((row) => row.industry))].sort(),
      dismissals: group.length,
      draft_ids: drafts,
      reasons: [...new Set(group.map((row) => row.reason))].slice(0, 5),
    });
  }
  exceptions.sort((a, b) => b.draft_ids.length - a.draft_ids.length || a.rule_id.localeCompare(b.rule_id));
  const dismissalsByRule = [...byRule.entries()]
    .map(([rule_id, count]) => ({ rule_id, count }))
    .sort((a, b) => b.count - a.count || a.rule_id.localeCompare(b.rule_id));
  return { dismissals_by_rule: dismissalsByRule, exception_proposals: exceptions };
}

/**
 * A phrase the current pack already blocks by a rule (a blocked term inside it: every text containing the phrase
 * then contains the term), in every industry it was rejected in, needs no new rule. A phrase the pack only warns
 * about but reviewers keep rejecting is still proposed: the humans have decided it is worse than a warning.
 */
async function alreadyCaught(
  context: AppContext,
  phrase: string,
  industries: readonly string[],
): Promise<boolean> {
  const check = complianceCheckOf(context);
  for (const industry of industries) {
    const verdict = await check({ text: phrase, industry: industry as Industry });
    if (!verdict.findings.some((f) => f.source === "rule" && f.severity === "block")) return false;
  }
  return true;
}

async function acceptedProposalIds(context: AppContext): Promise<Set<string>> {
  const { rows } = await context.db.query<{ id: string }>(
    "SELECT detail->>'proposal_id' AS id FROM review_audit WHERE action = 'rule_accepted'",
  );
  return new Set(rows.map((row) => row.id));
}
