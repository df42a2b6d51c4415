// One call for an admin: a proposal from the learning report becomes a rule term of the pack, through the
// compliance engine's own database rules (a numbered revision), audited in the same transaction.
import { type Actor, can } from "../auth/permissions.ts";
import { createEngineWithDatabase } from "../compliance/default-engine.ts";
import { addRuleTerm } from "../compliance/rules/database-rules.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { writeAudit } from "./audit.ts";
import { learningReport, type RuleProposal } from "./learning-report.ts";

export interface AcceptInput {
  id: string;
  /** The threshold the admin saw the proposal under (default 3). */
  threshold?: number | undefined;
  severity?: "block" | "warn" | undefined;
  suggestion?: string | undefined;
}

export interface AcceptResult {
  proposal: RuleProposal;
  term_id: string;
  revision: number;
  rule_pack_version: string;
}

const SUGGESTIONS: Record<string, string> = {
  absolute: "删去绝对化表述，改为可验证的具体描述",
  pressure: "去掉催促、施压的说法，改为邀请式表达",
};

export async function acceptRuleProposal(
  context: AppContext,
  actor: Actor,
  input: AcceptInput,
): Promise<AcceptResult> {
  if (!can(actor.role, "rules:write")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'rules:write'`);
  }
  const report = await learningReport(context, { threshold: input.threshold });
  const proposal = report.proposals.find((candidate) => candidate.id === input.id);
  if (!proposal)
    throw new DomainError(
      "not_found",
      `no open proposal '${input.id}' (accepted already, or below the threshold)`,
    );
  // The article a reviewer reads on the finding: the one the pack already cites for this category.
  const article =
    context.compliance.rulePack.pack.rules.find((rule) => rule.category === proposal.category)?.article ??
    "《广告法》";
  const severity = input.severity ?? proposal.severity;
  const added = await context.db.transaction(async (tx) => {
    const stored = await addRuleTerm(tx, actor.id, {
      term: proposal.term,
      category: proposal.category,
      article,
      severity,
      industries: proposal.industries,
      suggestion:
        input.suggestion ?? SUGGESTIONS[proposal.category] ?? "删去或改写该说法，并补充可查证的依据",
      reason: `learned: rejected on ${proposal.rejections} drafts as ${proposal.reason_code} (proposal ${proposal.id})`,
    });
    await writeAudit(tx, {
      draft_id: null,
      actor_id: actor.id,
      action: "rule_accepted",
      reason_code: proposal.reason_code,
      note: proposal.term,
      detail: {
        proposal_id: proposal.id,
        ...proposal,
        severity,
        term_id: stored.id,
        revision: stored.revision,
      },
    });
    return stored;
  });
  // The running engine learns the term now, not at the next restart: only the compiled pack is swapped, the
  // judge (and any model connection it holds) stays as it is.
  const engine = await createEngineWithDatabase(context.db);
  context.compliance.rulePack = engine.rulePack;
  return {
    proposal,
    term_id: added.id,
    revision: added.revision,
    rule_pack_version: engine.rulePack.pack.version,
  };
}
