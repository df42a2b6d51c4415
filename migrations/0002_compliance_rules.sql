-- Compliance rule terms an admin adds without a deploy. They join the YAML pack (compliance-rules/) at
-- engine start; every change is a numbered revision, and the revision is part of the pack version printed
-- on every verdict (e.g. 1.0.0+3f2a9c1d0b7e.r12), so a verdict always names the rules it ran.
CREATE TABLE compliance_rule_revisions (
  revision serial PRIMARY KEY,
  actor_id text NOT NULL REFERENCES actors (id),
  action text NOT NULL CHECK (action IN ('add', 'retire')),
  term_id text NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE compliance_rule_terms (
  id text PRIMARY KEY,
  category text NOT NULL,
  article text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('block', 'warn')),
  industries text[] NOT NULL DEFAULT '{}',
  channels text[] NOT NULL DEFAULT '{}',
  term text NOT NULL CHECK (length(term) BETWEEN 1 AND 100),
  suggestion text NOT NULL DEFAULT '',
  added_revision int NOT NULL REFERENCES compliance_rule_revisions (revision),
  retired_revision int REFERENCES compliance_rule_revisions (revision),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX compliance_rule_terms_active ON compliance_rule_terms (retired_revision) WHERE retired_revision IS NULL;
