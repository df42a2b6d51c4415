// The evidence pack: everything a compliance officer or regulator needs to see why a text was allowed out
// (or stopped), in one document: request, sources, prompt and rule versions, findings, reviewer and decision.
import { createHash } from "node:crypto";
import { type Actor, can } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";
import { DomainError } from "../domain/errors.ts";
import type { SourceSnapshot } from "../drafts/draft.ts";
import { AI_LABEL, COMPOSER_LABEL } from "../generators/ai-label.ts";
import { type AuditRow, listAudit } from "./audit.ts";
import { allDismissalsOf } from "./dismissals.ts";
import { lineageOf } from "./four-eyes.ts";
import { isoTime } from "./iso-time.ts";
import type { ReviewFinding } from "./review-findings.ts";
import { loadVisibleDraft } from "./visibility.ts";

export interface EvidenceSource extends SourceSnapshot {
  cited: boolean;
  /** The claims of the draft this item backs, each marked by whether it is still in the decided text. */
  claims: Array<{ claim: string; in_final_text: boolean }>;
  /** "generation": as retrieved when the draft was made; "library": read back because no snapshot was kept. */
  snapshot: "generation" | "library" | "missing";
}

export interface EvidencePack {
  format: "liangyan-evidence/1";
  draft_id: string;
  status: string;
  channel: string;
  industry: string;
  stage: string;
  tier: string;
  scenario: string | null;
  message_type: string | null;
  product: string | null;
  plan: { id: string; day: number | null; slot: string | null } | null;
  version: number;
  text: string;
  content: unknown;
  request: unknown;
  author: { id: string; name: string };
  created_at: string;
  generation: {
    generator: unknown;
    prompt_version: string | null;
    prompt: string | null;
    usage: unknown;
    timings: unknown;
    steps: unknown;
  };
  rule_pack_version: string;
  judge: unknown;
  verdict: string;
  verdict_reasons: string[];
  /** The engine's verdict for this version, with grounding and dismissals taken into account. */
  review_verdict: string;
  /** Every finding of the decided version (compliance and grounding), with its id and any dismissal. */
  findings: Array<ReviewFinding & { overridden: boolean }>;
  /** Every dismissal written on the draft, on any version, with the reviewer's reason. */
  dismissals: Array<{
    version: number;
    finding_id: string;
    rule_id: string;
    severity: string;
    excerpt: string;
    reason: string;
    by: { id: string; name: string };
    at: string;
  }>;
  /** The generator's check that every number and benefit is backed by a cited item or the request. */
  grounding: { grounded: boolean | null; checked: number; findings: unknown[] };
  sources: EvidenceSource[];
  decision: {
    status: string;
    reviewer: { id: string; name: string } | null;
    /** Who minted the reviewer's key, and theirs: four eyes is between people (four-eyes.ts). */
    reviewer_minted_by: Array<{ id: string; name: string }>;
    decided_at: string | null;
    reason_code: string | null;
    note: string | null;
    override_reason: string | null;
  };
  ai_generated: {
    ai_generated: boolean;
    generator_kind: string | null;
    label_requested: boolean;
    label_present: boolean;
  };
  versions: Array<{
    version: number;
    status: string;
    body: string;
    verdict: string;
    made_by: string;
    created_at: string;
  }>;
  audit: AuditRow[];
  exported_at: string;
  /** SHA-256 of this pack without the digest, so a copy can be checked against the service later. */
  digest: string;
}

const DECIDED = new Set(["approved", "rejected"]);
// The visible labels PRC rules ask for on AI-generated text, as the generators write them, or an editor's own.
const LABEL_PATTERN = /(?:AI|人工智能)[^，。,.!！]{0,6}生成|AI\s*辅助/i;
function hasVisibleLabel(body: string): boolean {
  return body.includes(AI_LABEL) || body.includes(COMPOSER_LABEL) || LABEL_PATTERN.test(body);
}

export async function buildEvidencePack(
  context: AppContext,
  actor: Actor,
  id: string,
): Promise<EvidencePack> {
  if (!can(actor.role, "drafts:read_own")) {
    throw new DomainError("forbidden", `role '${actor.role}' lacks the permission 'drafts:read_own'`);
  }
  const { db } = context;
  const draft = await loadVisibleDraft(db, actor, id);
  if (!DECIDED.has(draft.status)) {
    throw new DomainError("conflict", `the draft is ${draft.status}: evidence is issued for decided drafts`);
  }
  const citations = Array.isArray(draft.citations) ? draft.citations : [];
  const snapshots = Array.isArray(draft.sources) ? draft.sources : [];
  const sources: EvidenceSource[] = snapshots.map((source) => ({
    ...source,
    cited: false,
    claims: [],
    snapshot: "generation",
  }));
  const key = (itemId: string, version: number) => `${itemId}@${version}`;
  const byKey = new Map(sources.map((source) => [key(source.id, source.version), source]));
  for (const citation of citations) {
    let source = byKey.get(key(citation.item_id, citation.item_version));
    if (!source) {
      // A cited item with no snapshot is still named: read back from the library's version history.
      const { rows } = await db.query<{ data: Record<string, string> }>(
        "SELECT data FROM library_item_versions WHERE item_id = $1 AND version = $2",
        [citation.item_id, citation.item_version],
      );
      const data = rows[0]?.data;
      source = {
        id: citation.item_id,
        version: citation.item_version,
        kind: data?.kind ?? "",
        title: data?.title ?? "",
        text: data?.text ?? "",
        source: data?.source ?? "",
        approved_by: data?.approved_by ?? "",
        cited: true,
        claims: [],
        snapshot: data ? "library" : "missing",
      };
      sources.push(source);
      byKey.set(key(source.id, source.version), source);
    }
    source.cited = true;
    source.claims.push({ claim: citation.claim, in_final_text: draft.body.includes(citation.claim) });
  }
  const overridden = draft.status === "approved" && Boolean(draft.override_reason);
  const [audit, versions, dismissals, reviewerLineage] = await Promise.all([
    listAudit(db, draft.id),
    db.query<{
      version: number;
      status: string;
      body: string;
      verdict: { verdict: string };
      made_by: string;
      created_at: Date;
    }>(
      "SELECT version, status, body, verdict, made_by, created_at FROM draft_versions WHERE draft_id = $1 ORDER BY version",
      [draft.id],
    ),
    allDismissalsOf(db, draft.id),
    draft.decided_by ? lineageOf(db, draft.decided_by) : Promise.resolve([]),
  ]);
  const grounding = (draft.grounding ?? {}) as Partial<{
    grounded: boolean;
    checked: number;
    findings: unknown[];
  }>;
  const generator = draft.generator as Partial<{
    kind: string;
    prompt_version: string;
    ai_generated: boolean;
    ai_label: boolean;
  }>;
  const pack: Omit<EvidencePack, "digest"> = {
    format: "liangyan-evidence/1",
    draft_id: draft.id,
    status: draft.status,
    channel: draft.channel,
    industry: draft.industry,
    stage: draft.stage,
    tier: draft.tier,
    scenario: draft.scenario,
    message_type: draft.message_type,
    product: draft.product,
    plan: draft.plan_id ? { id: draft.plan_id, day: draft.plan_day, slot: draft.plan_slot } : null,
    version: draft.version,
    text: draft.body,
    content: draft.content,
    request: draft.request,
    author: { id: draft.author_id, name: draft.author_name },
    created_at: draft.created_at,
    generation: {
      generator: draft.generator,
      prompt_version: generator.prompt_version ?? null,
      prompt: draft.prompt,
      usage: draft.usage,
      timings: draft.timings,
      steps: draft.steps,
    },
    rule_pack_version: draft.verdict.rule_pack_version,
    judge: draft.verdict.judge ?? null,
    verdict: draft.verdict.verdict,
    verdict_reasons: draft.verdict.reasons ?? [],
    review_verdict: draft.review.verdict,
    findings: draft.review.findings.map((finding) => ({
      ...finding,
      overridden: overridden && finding.dismissal === null,
    })),
    dismissals: dismissals.map((row) => ({
      version: row.draft_version,
      finding_id: row.finding_id,
      rule_id: String(row.finding.rule_id ?? ""),
      severity: String(row.finding.severity ?? ""),
      excerpt: String(row.finding.excerpt ?? ""),
      reason: row.reason,
      by: { id: row.by, name: row.by_name },
      at: row.at,
    })),
    grounding: {
      grounded: grounding.grounded ?? null,
      checked: grounding.checked ?? 0,
      findings: Array.isArray(grounding.findings) ? grounding.findings : [],
    },
    sources,
    decision: {
      status: draft.status,
      reviewer: draft.decided_by ? { id: draft.decided_by, name: draft.decided_by_name ?? "" } : null,
      reviewer_minted_by: reviewerLineage
        .filter((link) => link.depth > 0)
        .map((link) => ({ id: link.id, name: link.name })),
      decided_at: draft.decided_at,
      reason_code: draft.decision_reason_code,
      note: draft.decision_note,
      override_reason: draft.override_reason,
    },
    ai_generated: {
      ai_generated: generator.ai_generated !== false,
      generator_kind: generator.kind ?? null,
      label_requested: generator.ai_label === true,
      label_present: hasVisibleLabel(draft.body),
    },
    versions: versions.rows.map((row) => ({
      version: row.version,
      status: row.status,
      body: row.body,
      verdict: row.verdict.verdict,
      made_by: row.made_by,
      created_at: isoTime(row.created_at) ?? "",
    })),
    audit,
    exported_at: context.now().toISOString(),
  };
  return { ...pack, digest: createHash("sha256").update(JSON.stringify(pack)).digest("hex") };
}
