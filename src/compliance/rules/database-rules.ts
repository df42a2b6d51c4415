// Rule terms stored in the database (migrations/0002_compliance_rules.sql): read at engine start,
// added and retired by an admin as numbered revisions.
import { randomUUID } from "node:crypto";
import type { Queryable } from "../../db/database.ts";
import { noExceptions, type RuleSource } from "./rule-pack.ts";

export interface DatabaseRules {
  rules: RuleSource[];
  /** the latest revision, 0 when none */
  revision: number;
}

interface TermRow {
  id: string;
  category: string;
  article: string;
  severity: "block" | "warn";
  industries: string[];
  channels: string[];
  term: string;
  suggestion: string;
}

export interface NewRuleTerm {
  term: string;
  category: string;
  article: string;
  severity: "block" | "warn";
  industries?: string[];
  channels?: string[];
  suggestion?: string;
  reason: string;
}

export async function loadDatabaseRules(db: Queryable): Promise<DatabaseRules> {
  const { rows } = await db.query<TermRow>(
    `SELECT id, category, article, severity, industries, channels, term, suggestion
       FROM compliance_rule_terms WHERE retired_revision IS NULL ORDER BY id`,
  );
  const latest = await db.query<{ revision: number | null }>(
    "SELECT max(revision) AS revision FROM compliance_rule_revisions",
  );
  const rules: RuleSource[] = rows.map((row) => ({
    id: `db.${row.id}`,
    category: row.category,
    article: row.article,
    severity: row.severity,
    industries: row.industries,
    not_industries: [],
    channels: row.channels,
    terms: [row.term],
    patterns: [],
    suggestion: row.suggestion,
    exceptions: noExceptions(),
  }));
  return { rules, revision: Number(latest.rows[0]?.revision ?? 0) };
}

/** Adds a term as a new revision; run it inside the caller's transaction with its audit row. */
export async function addRuleTerm(
  tx: Queryable,
  actorId: string,
  input: NewRuleTerm,
): Promise<{ id: string; revision: number }> {
  const id = randomUUID();
  const { rows } = await tx.query<{ revision: number }>(
    "INSERT INTO compliance_rule_revisions (actor_id, action, term_id, reason) VALUES ($1, 'add', $2, $3) RETURNING revision",
    [actorId, id, input.reason],
  );
  const revision = Number(rows[0]?.revision);
  await tx.query(
    `INSERT INTO compliance_rule_terms (id, category, article, severity, industries, channels, term, suggestion, added_revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      input.category,
      input.article,
      input.severity,
      input.industries ?? [],
      input.channels ?? [],
      input.term,
      input.suggestion ?? "",
      revision,
    ],
  );
  return { id, revision };
}

export async function retireRuleTerm(
  tx: Queryable,
  actorId: string,
  termId: string,
  reason: string,
): Promise<number | null> {
  const { rows } = await tx.query<{ revision: number }>(
    "INSERT INTO compliance_rule_revisions (actor_id, action, term_id, reason) VALUES ($1, 'retire', $2, $3) RETURNING revision",
    [actorId, termId, reason],
  );
  const revision = Number(rows[0]?.revision);
  const updated = await tx.query<{ id: string }>(
    "UPDATE compliance_rule_terms SET retired_revision = $1 WHERE id = $2 AND retired_revision IS NULL RETURNING id",
    [revision, termId],
  );
  if (updated.rows.length === 0) throw new Error(`no active rule term ${termId}`);
  return revision;
}
