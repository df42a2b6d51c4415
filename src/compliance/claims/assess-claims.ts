// The claim stage of a check, between the rules and the judge: rule hits on ambiguous terms are confirmed,
// left for a human (warn) or dismissed by the candidate model reading their clause; every other rule hit
// gets its rule's measured precision as confidence; and the claim model adds the claims no term covers.

import type { CompiledPack } from "../rules/compile-pack.ts";
import { condemnedAfter, opensWithDenial } from "../rules/context.ts";
import { type Coverage, covered } from "../rules/coverage.ts";
import { exceptionAfterWords } from "../rules/exception-words.ts";
import { answeredNo } from "../rules/questions.ts";
import { quotedMention } from "../rules/quotations.ts";
import { warningFramedLabels } from "../rules/scan-rules.ts";
import type { Finding } from "../types.ts";
import { accountAlert } from "./account-alert.ts";
import { approvedWording } from "./approved-wording.ts";
import { clauseScoreAt, combinedConfidence } from "./candidate-confidence.ts";
import { candidateFeatures, splitAcrossWords } from "./candidate-features.ts";
import { candidatePolicy } from "./candidate-policy.ts";
import { claimArticle, claimName, claimSuggestion } from "./claim-articles.ts";
import { type ClaimText, readText } from "./claim-text.ts";
import { clauseAt } from "./clauses.ts";
import { colloquialHealing } from "./colloquial-healing.ts";
import { onlyConferredTitles } from "./conferred-title.ts";
import { onlyCaps } from "./figure-cap.ts";
import { type ClaimHit, findClaims, type ScoredWindow, scoreWindows } from "./find-claims.ts";
import { honoursRefusal } from "./honours-refusal.ts";
import { statesLoanRate } from "./loan-rate.ts";
import { probability } from "./logistic.ts";
import type { ClaimLabel, ClaimModel } from "./model.ts";
import { inACreed } from "./motto.ts";
import { firstOfASequence, onlyOrdinals } from "./ordinal-sequence.ts";

export interface ClaimInput {
  text: string;
  folded: string;
  industry?: string;
  channel?: string;
  /** the allowlisted phrases the rule scan found (唯一官方网站): what the pack declares no claim, the model may not claim */
  allowed?: Coverage;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The clause holding `at`, in the folded text (the whole text when no clause holds it). */
function clauseText(text: ClaimText, folded: string, at: number): string {
  const clause = text.clauses[clauseAt(text.clauses, at)];
  return clause ? folded.slice(clause.start, clause.end) : folded;
}

export function assessClaims(
  model: ClaimModel,
  pack: CompiledPack,
  input: ClaimInput,
  ruleFindings: readonly Finding[],
): Finding[] {
  return assessClaimsCapped(model, pack, input, ruleFindings).findings;
}

/** The findings, and how many model findings were counted but not built. */
export interface ClaimAssessment {
  findings: Finding[];
  unlisted: number;
}

/** Blocks first, then by position: the order capFindings lists one rule's findings in. */
function byWeight(a: ClaimHit & { blocks: boolean }, b: ClaimHit & { blocks: boolean }): number {
  return Number(b.blocks) - Number(a.blocks) || a.start - b.start || a.end - b.end;
}

/**
 * assessClaims building at most `perLabel` model findings of each label, the ones a capped list would show
 * (blocks first, then by position); the rest are only counted. A long adversarial text holds tens of thousands
 * of model hits: building a finding (excerpt, reasons) for each, only to drop it from the list, was most of
 * the work. The verdict is unchanged: a label keeps a block whenever it has one.
 */
export function assessClaimsCapped(
  model: ClaimModel,
  pack: CompiledPack,
  input: ClaimInput,
  ruleFindings: readonly Finding[],
  perLabel = Number.POSITIVE_INFINITY,
): ClaimAssessment {
  const policy = candidatePolicy(pack);
  const marks = ruleFindings
    .filter((finding) => finding.source === "rule")
    .map((finding) => ({
      start: finding.start,
      end: finding.end,
      ruleId: finding.rule_id,
      label: finding.label,
      candidate: policy.isCandidate(finding.rule_id, finding.excerpt),
    }));
  const text = readText(input.text, input.folded, input.industry, marks);
  const scored = scoreWindows(model, text);
  const singles: ScoredWindow[] = [];
  for (const window of scored) if (window.size === 1) singles[window.first] = window;
  const kept: Finding[] = [];
  for (const finding of ruleFindings) {
    if (finding.source !== "rule") {
      kept.push(finding);
      continue;
    }
    if (!policy.isCandidate(finding.rule_id, finding.excerpt)) {
      kept.push({
        ...finding,
        confidence: model.ruleConfidence[finding.rule_id] ?? model.defaultRuleConfidence,
      });
      continue;
    }
    // a creed (诚信为本，顾客至上) or the first of a numbered list (第一级…第二级) ranks nothing
    if (
      finding.label === "absolute" &&
      (inACreed(input.folded, finding.start, finding.end) ||
        firstOfASequence(input.folded, finding.start, finding.end))
    )
      continue;
    const hit = { start: finding.start, end: finding.end, ruleId: finding.rule_id, label: finding.label };
    // only a listed ambiguous term: a pattern's hit may begin anywhere in a word (降脂药可以停了)
    if (!policy.rule(finding.rule_id)?.ambiguous && splitAcrossWords(hit, text)) continue;
    // 治愈 as praise in the clause around it ("拉面的治愈之处") is no cure, whatever the candidate head learned
    if (finding.label === "medical_claim" && colloquialHealing(clauseText(text, input.folded, finding.start)))
      continue;
    // a health food's registered function (辅助降血脂) or a medicine's indication is what its approval lets it say
    if (
      finding.label === "medical_claim" &&
      approvedWording(input.folded, finding.start, finding.end, input.industry)
    )
      continue;
    const features = candidateFeatures(hit, text);
    const clause = model.heads.has(finding.label as ClaimLabel)
      ? clauseScoreAt(singles, clauseAt(text.clauses, finding.start), finding.label as ClaimLabel)
      : 0.5;
    const sense = probability(model.candidate.head, features);
    // The clause head learned approved library copy as compliant, and drafts are made of that copy: "稳盈30天是
    // 最好的理财产品" reads as library text to it (0.001) while the words around 最好 are a claim (0.99). It may
    // raise a hit's confidence, never overrule words that are confidently a claim on their own.
    const combined = combinedConfidence(sense, clause);
    const confidence = round(sense >= model.candidate.confirm ? Math.max(combined, sense) : combined);
    if (confidence < model.candidate.dismiss) continue;
    if (confidence >= model.candidate.confirm) {
      kept.push({ ...finding, confidence, reason: "语境确认为宣称" });
    } else {
      kept.push({
        ...finding,
        severity: "warn",
        confidence,
        reason: `“${finding.excerpt}”在此语境下是否构成宣称不确定，请人工确认`,
      });
    }
  }
  // a model finding adds nothing where a rule already blocks the same label (model findings of one label never
  // overlap each other, so only the rule findings are compared)
  const blocking = kept.filter((finding) => finding.severity === "block");
  // asked only once the model has something to say: most texts (approved library copy) give it nothing
  let warnedAgainst: Set<string> | undefined;
  const byLabel = new Map<ClaimLabel, Array<ClaimHit & { blocks: boolean }>>();
  for (const hit of findClaims(model, scored)) {
    warnedAgainst ??= warningFramedLabels(pack, input.folded, input.industry, input.channel);
    if (warnedAgainst.has(hit.label)) continue;
    if (covered({ begin: hit.start, end: hit.end }, input.allowed)) continue;
    const excerpt = input.text.slice(hit.start, hit.end);
    if (hit.label === "harassment" && honoursRefusal(excerpt)) continue;
    if (hit.label === "medical_claim" && colloquialHealing(excerpt)) continue;
    if (hit.label === "medical_claim" && approvedWording(input.folded, hit.start, hit.end, input.industry))
      continue;
    if (hit.label === "absolute" && inACreed(input.folded, hit.start, hit.end)) continue;
    if (
      hit.label === "absolute" &&
      onlyOrdinals(input.folded, hit.start, hit.end, exceptionAfterWords(pack, "abs.first"))
    )
      continue;
    if (hit.label === "absolute" && onlyConferredTitles(pack, excerpt)) continue;
    if (hit.label === "absolute" && onlyCaps(input.folded, hit.start, hit.end)) continue;
    if (hit.label === "finance_promise" && accountAlert(input.folded)) continue;
    if (hit.label === "finance_promise" && statesLoanRate(excerpt)) continue;
    // a regulator's list the sentence then files under 夸大宣传 is not the brand's claim (threats keep theirs)
    if (hit.label !== "harassment" && condemnedAfter(input.folded, hit.end)) continue;
    // ... nor is a list of quoted promises in a sentence that warns against them
    if (hit.label !== "harassment" && quotedMention(input.folded, hit.start, hit.end)) continue;
    // ... nor a question the next words answer no (收益稳是不是就保本？不是的)
    if (hit.label !== "harassment" && answeredNo(input.folded, hit.start, hit.end)) continue;
    // ... nor a clause that denies the implication it names (不意味着…稳定获得收益)
    if (hit.label !== "harassment" && opensWithDenial(input.folded, hit.start, hit.end)) continue;
    const alreadyBlocked = blocking.some(
      (finding) =>
        finding.label === hit.label &&
        finding.severity === "block" &&
        finding.start < hit.end &&
        hit.start < finding.end,
    );
    if (alreadyBlocked) continue;
    const head = model.heads.get(hit.label);
    const list = byLabel.get(hit.label) ?? [];
    list.push({ ...hit, blocks: head !== undefined && hit.probability >= head.block });
    byLabel.set(hit.label, list);
  }
  let unlisted = 0;
  for (const hits of byLabel.values()) {
    const listed = hits.length > perLabel ? hits.sort(byWeight).slice(0, perLabel) : hits;
    unlisted += hits.length - listed.length;
    for (const hit of listed) {
      const confidence = round(hit.probability);
      const judged = `模型判断此句含${claimName(hit.label)}（置信度 ${confidence.toFixed(2)}）`;
      kept.push({
        source: "model",
        rule_id: `model.${hit.label}`,
        category: hit.label,
        label: hit.label,
        article: claimArticle(hit.label, input.industry),
        severity: hit.blocks ? "block" : "warn",
        start: hit.start,
        end: hit.end,
        excerpt: input.text.slice(hit.start, hit.end),
        suggestion: claimSuggestion(hit.label),
        confidence,
        // a block is only as sure as the model was precise at this score in cross-validation
        reason: hit.blocks ? `${judged}，此分数段在交叉验证中几乎全为违规，已拦截` : `${judged}，请人工确认`,
      });
    }
  }
  return { findings: kept, unlisted };
}
