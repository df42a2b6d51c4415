// The learning report's proposals as a list a screen pages through: rule terms proposed from repeated
// rejections, or exceptions proposed from repeated dismissals, in id order with a keyset cursor.
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import { decodeCursor, pageOf } from "../shared/keyset-cursor.ts";
import { type ExceptionProposal, learningReport, type RuleProposal } from "./learning-report.ts";

export interface ListProposalsInput {
  kind: "rule" | "exception";
  threshold?: number | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function listProposals(
  context: AppContext,
  actor: Actor,
  input: ListProposalsInput,
): Promise<{ proposals: Array<RuleProposal | ExceptionProposal>; next_cursor: string | null }> {
  if (!can(actor.role, "drafts:read_all")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:read_all'`);
  }
  const after = input.cursor ? String(decodeCursor(input.cursor, ["id"])[0]) : null;
  const report = await learningReport(context, { threshold: input.threshold });
  const all: Array<RuleProposal | ExceptionProposal> =
    input.kind === "rule" ? report.proposals : report.exception_proposals;
  const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rest = after === null ? sorted : sorted.filter((proposal) => proposal.id > after);
  const page = pageOf(rest.slice(0, input.limit + 1), input.limit, (proposal) => [proposal.id]);
  return { proposals: page.rows, next_cursor: page.next_cursor };
}
